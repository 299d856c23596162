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
  const lines = nonEmptyLines(text);
  const candidates = new Candidates();
  let start = 0;
  const first = lines[0];
  if (first !== undefined && lines.length > 1 && !isProse(first) && countWords(first, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS) {
    candidates.scalar('title', first, { source: 'plain:first line' }, TRUST.visibleText);
    start = 1;
  }
  const chunks: RawChunk[] = [];
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] ?? '';
    chunks.push(looksLikeHeading(line) ? { text: line, type: 'heading' } : { text: line });
  }
  const scalars = candidates.scalars;
  return { format: 'text', layout: 'plain', kind, scalars, lists: [], body: { chunks }, leftovers: [], context: scalars.map((c) => String(c.value)) };
}

/** The trimmed non-empty lines of a text, without an array of every raw line between (millions on a hostile input). */
function nonEmptyLines(text: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line.length > 0) lines.push(line);
    start = end + 1;
  }
  return lines;
}
