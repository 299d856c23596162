import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERB_ALTERNATION } from './attribution/language-tables';

/**
 * A cheap, exact pre-check before the speech-verb search in a quote's sentence: where in a paragraph any speech
 * verb could start, found by one scan of the paragraph (cached per paragraph's spans), so a quote whose sentence
 * holds none skips the search. Without it every quote re-scans up to a sentence window of text with the whole
 * verb alternation, which dominates on paragraphs dense with quotation marks.
 * @module
 */

/** Any speech verb, without the word-boundary checks of the real search (so it finds a superset of its matches). */
const ANY_VERB = new RegExp(`(?:${SPEECH_VERB_ALTERNATION})`, 'giu');

/** The non-overlapping matches of {@link ANY_VERB} in a paragraph, in order: starts and ends. */
interface VerbRuns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

const runsOf = new WeakMap<readonly QuoteSpan[], VerbRuns>();

/** Scans a paragraph once for {@link ANY_VERB}. */
function scan(paragraph: string): VerbRuns {
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);
  let count = 0;
  ANY_VERB.lastIndex = 0;
  for (let match = ANY_VERB.exec(paragraph); match !== null; match = ANY_VERB.exec(paragraph)) {
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      const grownEnds = new Int32Array(count * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    starts[count] = match.index;
    ends[count] = match.index + match[0].length;
    count += 1;
  }
  return { starts, ends, count };
}

/**
 * Whether the text `paragraph.slice(from, to)` may hold a speech verb. Exact as a filter: a verb found in that slice
 * starts at an offset where the paragraph-wide scan either found a match or was inside one, so `false` means the
 * slice holds none.
 *
 * @param paragraph - the paragraph
 * @param spans - its quote spans (the cache key: one scan per paragraph)
 * @param from - the slice's start
 * @param to - the slice's end
 * @returns false when no speech verb can be in the slice
 */
export function mayHoldSpeechVerb(paragraph: string, spans: readonly QuoteSpan[], from: number, to: number): boolean {
  let runs = runsOf.get(spans);
  if (runs === undefined) {
    runs = scan(paragraph);
    runsOf.set(spans, runs);
  }
  // The first run ending after `from` (ends are in order, as the runs do not overlap).
  let low = 0;
  let high = runs.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs.ends[middle] ?? 0) > from) high = middle;
    else low = middle + 1;
  }
  return low < runs.count && (runs.starts[low] ?? to) < to;
}
