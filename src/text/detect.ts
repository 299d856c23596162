import type { InputFormat } from '../model/article';

/**
 * Telling HTML from text, on shape alone (a text input's layout is told by `structured/layout`).
 * @module
 */

/** An opening tag at the very start. */
const FRAGMENT_OPEN = /^<[a-z][a-z\d]{0,9}[\s/>]/u;
/** A closing tag at the very end. */
const FRAGMENT_CLOSE = /<\/[a-z][a-z\d]{0,9}\s*>$/iu;

/** Whether most non-blank lines hold a tag opening (page text that quotes markup has few). */
function mostLinesHoldMarkup(sample: string): boolean {
  const lines = sample.split('\n').filter((line) => line.trim().length > 0);
  return lines.filter((line) => line.includes('<')).length * 2 > lines.length;
}

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
  // A snippet of markup with no document around it (`<div>Hi <img src=x> there</div>`): it opens with an element
  // and ends by closing one, so its tags must not reach the body text.
  if (FRAGMENT_OPEN.test(head) && FRAGMENT_CLOSE.test(input.slice(-200).trimEnd()) && mostLinesHoldMarkup(sample)) return 'html';
  if (tags.length < 5) return 'text';
  // A fragment opens with markup and is dense in it; page text that merely quotes some markup (an ad slot, a
  // code sample, a tracking pixel) is not.
  const markupChars = tags.reduce((sum, tag) => sum + tag.length, 0);
  if (/^<(?:!--|[a-z])/u.test(head) && markupChars > sample.length * 0.05) return 'html';
  return markupChars > sample.length * 0.2 ? 'html' : 'text';
}
