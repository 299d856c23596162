import { isMetadataBlock } from './block-shape';
import { splitBlocks } from './blocks';

/**
 * Telling a structured dump from other text, on the shapes of its blocks.
 * @module
 */

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
  // Structured when at least two blocks, and a tenth of them, have metadata shapes: stop as soon as that is decided.
  let needed = 2;
  while (needed / blocks.length < 0.1) needed += 1;
  let metadata = 0;
  for (const [index, block] of blocks.entries()) {
    if (isMetadataBlock(block)) metadata += 1;
    if (metadata >= needed) return true;
    if (metadata + (blocks.length - index - 1) < needed) return false;
  }
  return false;
}
