import type { RawChunk } from '../model/draft';
import type { Block } from '../model/article';
import { collapseWhitespace } from '../text/repair';
import { looksLikeHeading } from '../text/prose';
import { splitLeadingHeading } from './headings';
import { findGlueSplits, splitGluedParagraphs } from './split-paragraphs';

/**
 * Turning raw body chunks into ordered body blocks: glued paragraphs split apart, glued and stand-alone
 * subheadings recovered.
 * @module
 */

/**
 * Builds the body blocks from the chunks a front end found.
 *
 * @param chunks - raw body text in reading order
 * @returns the body blocks
 * @example
 * ```ts
 * buildBlocks([{ text: 'It began.Next StepsThe team met on Monday and agreed on a plan.' }]);
 * //=> [{ type: 'paragraph', text: 'It began.' }, { type: 'heading', text: 'Next Steps' },
 * //    { type: 'paragraph', text: 'The team met on Monday and agreed on a plan.' }]
 * ```
 */
export function buildBlocks(chunks: readonly RawChunk[]): Block[] {
  // Made at the chunks' number (most chunks are one block), grown past it when need be and cut to the blocks made:
  // on many thousands of chunks a list grown from empty one `push` at a time costs more than the blocks' own work.
  // Both loops go by index: this runs once a parse, and a `for…of` not yet optimised makes an iterator result per step.
  const blocks = new Array<Block>(chunks.length);
  let count = 0;
  const add = (type: Block['type'], text: string): void => {
    blocks[count++] = { type, text };
  };
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index] as RawChunk;
    const text = collapseWhitespace(chunk.text);
    if (text.length === 0) continue;
    if (chunk.type !== undefined && chunk.type !== 'paragraph') {
      add(chunk.type, text);
      continue;
    }
    // Most chunks are one paragraph: then the collapsed text is the part, and no parts are sliced, trimmed or filtered.
    const splits = findGlueSplits(text);
    const parts = splits.length === 0 ? [text] : splitGluedParagraphs(text, splits);
    for (let at = 0; at < parts.length; at++) {
      const part = parts[at] as string;
      const glued = splitLeadingHeading(part);
      if (glued === undefined) add(chunk.type === undefined && parts.length > 1 && looksLikeHeading(part) ? 'heading' : 'paragraph', part);
      else {
        add('heading', glued[0]);
        add('paragraph', glued[1]);
      }
    }
  }
  blocks.length = count;
  return blocks;
}
