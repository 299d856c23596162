import { type ShapeKind, metadataKindOf } from './block-shape';
import { splitBlocks } from './blocks';

/**
 * Telling a structured dump from other text, on the shapes of its blocks.
 * @module
 */

/**
 * The markup page-text renderers write and a dump's values never have: a link as `text [url]` or `[/path]`
 * (html-to-text), a list item's `* ` or `• `, a quotation's `> `. A block carrying it is page text, whatever its
 * shape (`Tech [http://…/tech]` is a link, not a publisher with its URL).
 */
const RENDERED_MARKUP = /\[(?:https?:\/\/|\/)[^\]\s]*\]|^[ \t]*[*•>][ \t]/mu;

/** Metadata values every dump carries: its URL or its dates. A page's table of number pairs is no dump. */
const ANCHOR_KINDS: ReadonlySet<ShapeKind> = new Set(['url', 'url-list', 'date']);

/**
 * Whether a text input is a structured dump (blank-line-separated values, several of them metadata shapes such as
 * URLs and ISO dates) rather than the text of a page or an article.
 *
 * @param text - normalised text
 * @returns `true` for a structured dump
 * @example
 * ```ts
 * isStructuredDump('https://example.com/a\n\nA Title Here\n\n2024-01-01\n\nBody text goes here.'); //=> true
 * ```
 */
export function isStructuredDump(text: string): boolean {
  const blocks = splitBlocks(text).slice(0, 400);
  if (blocks.length < 3) return false;
  const multiLine = blocks.filter((block) => block.includes('\n')).length;
  if (multiLine / blocks.length >= 0.3) return false;
  // Structured when at least two blocks, and a tenth of them, have metadata shapes, one of them a URL or a date:
  // stop as soon as that is decided.
  let needed = 2;
  while (needed / blocks.length < 0.1) needed += 1;
  let metadata = 0;
  let anchored = false;
  for (const [index, block] of blocks.entries()) {
    const kind = RENDERED_MARKUP.test(block) ? undefined : metadataKindOf(block);
    if (kind !== undefined) metadata += 1;
    if (kind !== undefined && ANCHOR_KINDS.has(kind)) anchored = true;
    if (metadata >= needed && anchored) return true;
    if (metadata + (blocks.length - index - 1) < needed) return false;
  }
  return false;
}
