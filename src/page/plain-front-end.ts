import { Candidates } from '../model/candidates';
import { TRUST } from '../model/trust';
import type { Draft, KindResult, RawChunk } from '../model/draft';
import { countWords, isProse, looksLikeHeading } from '../text/prose';

/**
 * The plain-text front end: the text of an article alone, paragraphs on their own lines.
 * @module
 */

/** Most words of a first line read as the title. */
const MAX_TITLE_WORDS = 30;

/**
 * Reads plain article text: a short first line that is not a sentence is the title; the other lines are the body.
 *
 * @param text - normalised input text
 * @returns the draft
 */
export function readPlainText(text: string, kind: KindResult): Draft {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const candidates = new Candidates();
  let start = 0;
  const first = lines[0];
  if (first !== undefined && lines.length > 1 && !isProse(first) && countWords(first, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS) {
    candidates.scalar('title', first, { source: 'plain:first line' }, TRUST.visibleText);
    start = 1;
  }
  const chunks: RawChunk[] = lines.slice(start).map((line) => (looksLikeHeading(line) ? { text: line, type: 'heading' } : { text: line }));
  const scalars = candidates.scalars;
  return { format: 'text', layout: 'plain', kind, scalars, lists: [], body: { chunks }, leftovers: [], context: scalars.map((c) => String(c.value)) };
}
