import { countWords, endsLikeSentence } from '../text/prose';

/**
 * The signals that tell an article from a listing, a feed or another kind of page, measured on the page's text
 * units (the lines of page text, the text blocks of an HTML document) in the same way for every input format.
 * @module
 */

/** One unit of a page's text: a line of page text or the text of one HTML block. */
export interface TextUnit {
  /** The text, whitespace collapsed. */
  readonly text: string;
  /** How many of its characters are link anchor text. */
  readonly linkChars: number;
}

/** What the page declares itself to be (JSON-LD `@type`, `og:type`, a feed's root element), when it says. */
export type DeclaredKind = 'article' | 'listing' | 'feed' | 'other';

/** The measurements {@link classifyKind} reads. */
export interface KindSignals {
  /** What the page's structured data declares, if anything. */
  readonly declared: DeclaredKind | undefined;
  /** Words of all text units. */
  readonly words: number;
  /** Words of the best contiguous run of prose units (the article, when there is one). */
  readonly runWords: number;
  /** Prose units of the page. */
  readonly prose: number;
  /** Prose units of 60 words or more: paragraphs rather than teasers. */
  readonly longProse: number;
  /** Prose units that directly follow another prose unit: paragraphs run on in an article, teasers stand apart. */
  readonly paired: number;
  /** Machine timestamps (ISO 8601 date-times, RFC 822 dates) and bare URLs in the text: a feed read as text. */
  readonly stamps: number;
}

/** A machine timestamp or a bare URL. */
const STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}|https?:\/\//gu;

/** Whether a unit is running prose: a sentence of some length, not mostly link text. */
function isProseUnit(words: number, text: string, linkChars: number): boolean {
  if (linkChars * 2 >= text.length) return false;
  return words >= 40 || (words >= 10 && endsLikeSentence(text));
}

/** Whether a unit continues the previous one's sentence (hard-wrapped text): it opens in lower case. */
const CONTINUES = /^\p{Ll}/u;

/** The kind signals measured one text unit at a time, as a reader meets them: no list of units is kept. */
export interface KindSignalMeter {
  /** Adds the next unit, in reading order: its text (whitespace collapsed) and its characters of link text. */
  add(text: string, linkChars: number): void;
  /** The signals of the units added; called once, after the last. */
  signals(declared?: DeclaredKind): KindSignals;
}

/**
 * A meter of the kind signals, fed unit by unit (see {@link measureKindSignals}). No object per unit: a page of
 * many tiny blocks has hundreds of thousands.
 *
 * Hard-wrapped lines are joined first: a line that ends mid-sentence after six words or more and a line that goes on
 * in lower case. Only the unit before is read, never the text joined so far: that text ends as its last line does
 * (which opens with a letter, so no sentence end spans the joint), and a joined text already holds six words. Reading
 * the joined text re-read it at each line, quadratic in the lines of one long wrapped paragraph. A unit left alone is
 * measured with the words counted when it was read, so each unit's words are counted once.
 *
 * @returns the meter
 */
export function kindSignalMeter(): KindSignalMeter {
  let words = 0;
  let prose = 0;
  let longProse = 0;
  let paired = 0;
  let stamps = 0;
  let previousProse = false;
  // The best run: the maximum-sum segment where prose counts its words and anything else costs a little.
  let runWords = 0;
  let runSum = 0;
  let bestRun = 0;
  const measure = (text: string, linkChars: number, count: number): void => {
    words += count;
    const isProse = isProseUnit(count, text, linkChars);
    if (text.includes(':')) stamps += text.match(STAMP)?.length ?? 0;
    if (isProse) {
      prose += 1;
      if (previousProse) paired += 1;
      if (count >= 60) longProse += 1;
    }
    previousProse = isProse;
    const weight = isProse ? count : -Math.min(2 + count, 12);
    runSum += weight;
    if (runSum <= 0) runSum = runWords = 0;
    else if (isProse && (runWords += count) > bestRun) bestRun = runWords;
  };
  // The unit being built (a unit, or lines joined: its text and link characters), its words when it is one unit,
  // whether it is joined, and the text of the unit added last.
  let pending: string | undefined;
  let pendingLinks = 0;
  let pendingWords = 0;
  let joined = false;
  let last = '';
  const flush = (): void => {
    if (pending !== undefined) measure(pending, pendingLinks, joined ? countWords(pending) : pendingWords);
  };
  return {
    add(text, linkChars) {
      const before = last;
      last = text;
      if (pending !== undefined && (joined || pendingWords >= 6) && CONTINUES.test(text) && !endsLikeSentence(before)) {
        pending = `${pending} ${text}`;
        pendingLinks += linkChars;
        joined = true;
        return;
      }
      flush();
      pending = text;
      pendingLinks = linkChars;
      pendingWords = countWords(text);
      joined = false;
    },
    signals(declared) {
      flush();
      return { declared, words, runWords: bestRun, prose, longProse, paired, stamps };
    },
  };
}

/**
 * Measures the kind signals of a page's text units ({@link kindSignalMeter} fed each of them).
 *
 * @param units - the page's text units in reading order
 * @param declared - what the page's structured data declares, if anything
 * @returns the signals
 */
export function measureKindSignals(units: readonly TextUnit[], declared?: DeclaredKind): KindSignals {
  const meter = kindSignalMeter();
  for (const unit of units) meter.add(unit.text, unit.linkChars);
  return meter.signals(declared);
}
