import type { QuoteSpan } from './quote-spans';
import { LETTER, classOf } from '../text/scan';
import type { VerbStartsOwner } from './attribution/verb-starts';

/**
 * The sentence around a quotation: where the quotes of a paragraph stand (one layout per paragraph), where a quote's
 * sentence starts and ends, and which full stops end an abbreviation rather than a sentence. Used by the speaker
 * finder (`speakers.ts`) to read the words beside a quote.
 * @module
 */

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Mt|No|vs|etc|Inc|Co|Corp|Ltd|Mme|Mlle|Hr|Fr|Nr|Dipl|Ing)$/u;

/** The longest {@link ABBREVIATION}, in UTF-16 units (`Capt`, `Dipl`). */
const LONGEST_ABBREVIATION = 4;

/** Whether the UTF-16 unit at `index` is a letter or a dot (a surrogate half is neither). */
function isLetterOrDot(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2e || (classOf(code) & LETTER) !== 0;
}

/** Whether the `.` at `index` ends an abbreviation (`Mr.`, `U.S.`, `J.`), not a sentence. */
function isAbbreviationDot(paragraph: string, index: number): boolean {
  if (paragraph.charAt(index) !== '.') return false;
  let start = index;
  while (start > 0 && index - start < 20 && isLetterOrDot(paragraph, start - 1)) start -= 1;
  const lastDot = paragraph.lastIndexOf('.', index - 1);
  const from = lastDot >= start ? lastDot + 1 : start; // the word after the last inner dot
  return index - from <= LONGEST_ABBREVIATION && ABBREVIATION.test(paragraph.slice(from, index));
}

/** How far from a quote its sentence is looked for: attribution further away is not read (and costs stay linear). */
const SENTENCE_WINDOW = 400;

/** Flags of {@link QuoteLayout}'s offsets. */
const INSIDE = 1;
/** Flag of an offset where a quotation opens. */
export const QUOTE_START = 2;
const SENTENCE_END = 4;

/**
 * Where the quotes of one paragraph stand: per offset, whether it is inside a quotation ({@link INSIDE}), where one
 * opens ({@link QUOTE_START}), and just after a quotation that ends a sentence (`…said.”`, {@link SENTENCE_END}).
 */
export type QuoteLayout = Uint8Array;

/**
 * One paragraph while its quotes are attributed, made once for it ({@link readQuotes}) and handed to each of its
 * quotes: its quotations and their layout, and how far it was scanned forward for sentence ends and the last one
 * found (quotes are read in order, so each offset is tested once, not once per quote within
 * {@link SENTENCE_WINDOW} of it).
 */
export interface QuoteReading extends VerbStartsOwner {
  /** The paragraph. */
  readonly paragraph: string;
  /** Its quotations, in order. */
  readonly spans: readonly QuoteSpan[];
  /** Where they stand. */
  readonly layout: QuoteLayout;
  /** How far the paragraph was scanned forward for sentence ends. */
  scannedTo: number;
  /** The last sentence end found so far (-1 for none). */
  lastEnd: number;
}

/**
 * The reading of a paragraph's quotations: their layout, and no sentence end scanned yet.
 *
 * @param paragraph - the paragraph
 * @param spans - its quotations, in order
 * @returns the reading its quotes share
 */
export function readQuotes(paragraph: string, spans: readonly QuoteSpan[]): QuoteReading {
  const layout = new Uint8Array(paragraph.length + 1);
  for (const span of spans) {
    for (let index = span.start; index < span.end; index++) layout[index] = (layout[index] ?? 0) | INSIDE;
    layout[span.start] = (layout[span.start] ?? 0) | QUOTE_START;
    if (isStopMark(span.text, span.text.length - 1)) layout[span.end] = (layout[span.end] ?? 0) | SENTENCE_END;
  }
  return { paragraph, spans, layout, scannedTo: 0, lastEnd: -1 };
}

/** Whether the UTF-16 unit at `index` is whitespace, a comma or a dash (`[\s,—–-]`): what separates a quote from its attribution. */
export function isSeparator(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x20 || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  return (code < 0x20 || code > 0x7e) && /\s/u.test(text.charAt(index));
}

/** Whether the character at `index` is `.`, `!` or `?`. */
function isStopMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** Whether the `.`, `!` or `?` at `index` ends a sentence: outside quotes and not an abbreviation's dot. */
function isStop(paragraph: string, layout: QuoteLayout, index: number): boolean {
  return isStopMark(paragraph, index) && ((layout[index] ?? 0) & INSIDE) === 0 && !isAbbreviationDot(paragraph, index);
}

/** The span that starts at `start`, found by binary search (spans are in order): constant work per quote stays logarithmic. */
export function spanStartingAt(spans: readonly QuoteSpan[], start: number): QuoteSpan | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return undefined;
    if (span.start === start) return span;
    if (span.start < start) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Whether a sentence ends at `index` (a stop outside quotes, or a quotation ending one), followed by a space. */
function endsSentenceAt(paragraph: string, layout: QuoteLayout, index: number): boolean {
  return (isStop(paragraph, layout, index) || ((layout[index + 1] ?? 0) & SENTENCE_END) !== 0) && /\s/u.test(paragraph.charAt(index + 1));
}

/** Where the sentence holding a span starts: after the last sentence end before it, within {@link SENTENCE_WINDOW}. */
export function sentenceStart(scan: QuoteReading, span: QuoteSpan): number {
  const { paragraph, layout } = scan;
  const floor = Math.max(0, span.start - SENTENCE_WINDOW);
  if (span.start >= scan.scannedTo) {
    // Forward from where the last quote left off: the last sentence end before this quote.
    for (let index = Math.max(scan.scannedTo, floor + 1); index < span.start; index++) if (endsSentenceAt(paragraph, layout, index)) scan.lastEnd = index;
    scan.scannedTo = span.start;
    return scan.lastEnd > floor ? scan.lastEnd + 1 : floor;
  }
  for (let index = span.start - 1; index > floor; index--) if (endsSentenceAt(paragraph, layout, index)) return index + 1;
  return floor;
}

/** Where the sentence holding a span ends: at the next sentence end or quote after it, within {@link SENTENCE_WINDOW}. */
export function sentenceEnd({ paragraph, layout }: QuoteReading, span: QuoteSpan): number {
  if (closesSentence(paragraph, span)) return span.end;
  const limit = Math.min(paragraph.length, span.end + SENTENCE_WINDOW);
  for (let index = span.end; index < limit; index++) {
    if (isStop(paragraph, layout, index) && (index + 1 === paragraph.length || /\s/u.test(paragraph.charAt(index + 1)))) return index + 1;
    if (((layout[index] ?? 0) & QUOTE_START) !== 0) return index;
  }
  return limit;
}

/** A capitalised pronoun: after a quote it opens a new sentence (`“…you.” She says …`), never an attribution. */
const CAPITALISED_PRONOUN = /^(?:He|She|They|We|It|I|Il|Elle|Ils|Er|Sie|Es|Wir|Él|Ella|Ele|Ela|Lui|Lei|Он|Она)(?!\p{L})/u;

/**
 * Whether a quotation that ends with its own full stop (`“… a liar.” However, he …`) also ends its sentence:
 * a capital follows it, and after `.` that capital is not an attribution in the other languages' style.
 * After `!` or `?` a name may still attribute it (`“Why?” Smith asked`), a capitalised pronoun not.
 */
function closesSentence(paragraph: string, span: QuoteSpan): boolean {
  const mark = span.text.charAt(span.text.length - 1);
  if (mark !== '.' && mark !== '!' && mark !== '?') return false;
  const next = /^\s+(\S+)/u.exec(paragraph.slice(span.end, span.end + 40))?.[1] ?? '';
  if (!/^\p{Lu}/u.test(next)) return false;
  return mark === '.' || CAPITALISED_PRONOUN.test(next);
}
