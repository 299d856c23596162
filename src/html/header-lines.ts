import type { RawChunk } from '../model/draft';
import { isCreditLine } from '../fields/byline-forms';
import { bylineAlternation } from '../fields/byline-words';
import { endsLikeSentence } from '../text/prose';

/**
 * Header lines the content container holds before the lede: credits lines (`Produced by NAME, Photographs by NAME`).
 * They belong to the article's header, not its body: they go to the leftovers. (A date line and a key-points box
 * above the lede were tried too; Readability-made truths keep them, so they stay in the body.)
 * @module
 */

/** Limits of the header-line search, one scale per measure (chunks, characters, words). */
const enum HEADER_LINE_WEIGHTS {
  /** Header lines are looked for among this many chunks at the start of the body. */
  leadingChunks = 3,
  /** A credits line is at most this long (characters): longer, it is a paragraph that opens with a credit. */
  maxCreditLength = 300,
}

/** A role and a byline word before a capitalised name open a credits line (`Produced by NAME`, `Fotos von NAME`). */
const ROLE_BY_NAME = new RegExp(`^\\p{L}+(?: \\p{L}+)? (?:${bylineAlternation('byInside')}) \\p{Lu}`, 'u');

/**
 * Whether a chunk is a credits line: it opens with a role credited to a name, holds a credit, and is no sentence
 * (a caption ending with its picture credit opens with its own words).
 */
function isCreditsLine(text: string): boolean {
  return text.length <= HEADER_LINE_WEIGHTS.maxCreditLength && !endsLikeSentence(text) && ROLE_BY_NAME.test(text) && isCreditLine(text);
}

/**
 * Which of the body's first chunks are credits lines, one after another from the first. At least one chunk after
 * them always stays in the body.
 *
 * @param chunks - the body chunks, in order
 * @returns the indexes of the header chunks, ascending
 * @example
 * ```ts
 * headerChunkIndexes([{ text: 'Produced by Ann Lee, Photographs by Cy Dunn' }, { text: 'The museum opens.' }]); //=> [0]
 * ```
 */
export function headerChunkIndexes(chunks: readonly RawChunk[]): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < Math.min(HEADER_LINE_WEIGHTS.leadingChunks, chunks.length - 1); index++) {
    const chunk = chunks[index];
    if (chunk === undefined || !isCreditsLine(chunk.text)) break;
    indexes.push(index);
  }
  return indexes;
}
