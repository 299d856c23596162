import type { InputFormat } from '../model/article';

/**
 * Telling HTML from text, on shape alone (a text input's layout is told by `structured/layout`).
 * @module
 */

/**
 * Whether the input is an HTML document (or fragment) rather than text: it opens with a doctype or `<html>`, or
 * holds several block-level tags.
 *
 * @param input - the raw input
 * @returns `html` or `text`
 * @example
 * ```ts
 * detectFormat('<!doctype html><title>x</title>'); //=> 'html'
 * detectFormat('Just a line of text.'); //=> 'text'
 * ```
 */
export function detectFormat(input: string): InputFormat {
  const head = input.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return 'html';
  const sample = input.slice(0, 200_000);
  const tags = sample.match(/<\/?(?:html|head|body|div|p|article|section|span|a|meta|script|br|h[1-6]|ul|li|table|main)\b[^<>]{0,500}>/giu) ?? [];
  if (tags.length < 5) return 'text';
  // A fragment opens with markup and is dense in it; page text that merely quotes some markup (an ad slot, a
  // code sample, a tracking pixel) is not.
  const markupChars = tags.reduce((sum, tag) => sum + tag.length, 0);
  if (/^<(?:!--|[a-z])/u.test(head) && markupChars > sample.length * 0.05) return 'html';
  return markupChars > sample.length * 0.2 ? 'html' : 'text';
}
