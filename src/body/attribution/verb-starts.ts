import { LETTER, NUMBER, classAt, classBefore, widthAt, widthBefore } from '../../text/scan';
import { nextWordStart, wordEnd } from '../../text/phrases';
import { type VerbMatch, LONGEST_OPENING_WORD, cueVerbsIn, opensSpeechVerb } from './speech-verbs';

/**
 * A pre-check before {@link cueVerbsIn} on the words before each quote of a paragraph: the paragraph is read once, in
 * order, for the words that can start a speech verb, and a quote's window whose words hold none of them is answered
 * without reading its words again. Without it, a paragraph dense with quotation marks costs a word lookup per word of
 * a window of up to 400 characters for every quote. The answer is exactly that of {@link cueVerbsIn}.
 * @module
 */

const WORD = LETTER | NUMBER;

/** How far a paragraph was read, and where in that part a speech verb may start. */
export interface VerbStarts {
  readonly paragraph: string;
  /** The read part: word starts from `from` on were read, up to `to`. */
  readonly from: number;
  to: number;
  /** The word starts read whose word opens a speech verb, in order. */
  readonly starts: number[];
}

/** An object that stands for a paragraph as long as its quotes are read, and holds what was read of it. */
export interface VerbStartsOwner {
  /** What was read of the paragraph (set by {@link mayHoldVerb}). */
  verbStarts?: VerbStarts;
}

/** Reads the paragraph on to `to`, noting each word that opens a speech verb. */
function readOn(part: VerbStarts, to: number): void {
  const { paragraph } = part;
  for (let start = nextWordStart(paragraph, part.to); start !== undefined && start < to; ) {
    const end = wordEnd(paragraph, start);
    if (end - start <= LONGEST_OPENING_WORD && opensSpeechVerb(paragraph.slice(start, end))) part.starts.push(start);
    start = nextWordStart(paragraph, end);
  }
  part.to = Math.max(part.to, to);
}

/** The first index of `starts` (in order) whose value is `at` or later; its length when none. */
function firstAtOrAfter(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the word of `text` from `start` on opens a speech verb (a word longer than any such word is not read to its end). */
function wordOpensVerb(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start <= LONGEST_OPENING_WORD && (classAt(text, end) & WORD) !== 0) end += widthAt(text, end);
  return opensSpeechVerb(text.slice(start, end));
}

/**
 * Whether a word near an edge of `window` opens a speech verb: its first word when it starts within two UTF-16
 * units of the start, its last word when it ends within one unit of the end. Read in the window itself, where a
 * word cut by an edge (or a surrogate pair split by one) is read differently than in its paragraph.
 */
function edgeWordOpensVerb(window: string): boolean {
  let first = 0;
  while (first < 2 && first < window.length && (classAt(window, first) & WORD) === 0) first += widthAt(window, first);
  if (first < 2 && first < window.length && wordOpensVerb(window, first)) return true;
  let end = window.length;
  if ((classBefore(window, end) & WORD) === 0) end -= 1;
  if (end < 1 || (classBefore(window, end) & WORD) === 0 || (classAt(window, end) & WORD) !== 0) return false;
  let start = end;
  while (start > 0 && end - start <= LONGEST_OPENING_WORD && (classBefore(window, start) & WORD) !== 0) start -= widthBefore(window, start);
  return end - start <= LONGEST_OPENING_WORD && opensSpeechVerb(window.slice(start, end));
}

/**
 * The pre-check: whether a word of a window before a quote can start a speech verb. `false` only when
 * {@link cueVerbsIn} finds none there; the paragraph is read once when its quotes are asked for in order (a window
 * that starts before the part read is answered `true`, to be read itself).
 *
 * @param paragraph - the paragraph
 * @param from - where the window starts in it
 * @param window - the words before the quote, `paragraph.slice(from, …)`
 * @param owner - an object that stands for the paragraph as long as its quotes are read (their reading)
 * @returns `false` when no speech verb can start in the window
 */
export function mayHoldVerb(paragraph: string, from: number, window: string, owner: VerbStartsOwner): boolean {
  let part = owner.verbStarts;
  if (part?.paragraph !== paragraph || from > part.to) {
    // A new paragraph, or a window past the part read: reading starts at the window.
    part = { paragraph, from, to: from, starts: [] };
    owner.verbStarts = part;
  }
  if (from < part.from) return true;
  const to = from + window.length;
  readOn(part, to);
  // A word noted whole inside the window is a candidate. (A word two units or more inside both edges reads in the
  // window as in the paragraph, so one that opens a verb is noted; only words at the edges are read in the window.)
  const first = part.starts[firstAtOrAfter(part.starts, from)];
  if (first !== undefined && first < to && wordEnd(paragraph, first) <= to) return true;
  return edgeWordOpensVerb(window);
}

/**
 * The cue verbs of the words before a quote, exactly as {@link cueVerbsIn} finds them in `window`, read only when
 * {@link mayHoldVerb} lets a verb start there.
 *
 * @param paragraph - the paragraph
 * @param from - where the window starts in it
 * @param window - the words before the quote, `paragraph.slice(from, …)`
 * @param owner - an object that stands for the paragraph as long as its quotes are read (their reading)
 * @returns each verb, in any case, that is no part of a hyphenated word
 */
export function cueVerbsInWindow(paragraph: string, from: number, window: string, owner: VerbStartsOwner): VerbMatch[] {
  return mayHoldVerb(paragraph, from, window, owner) ? cueVerbsIn(window) : [];
}
