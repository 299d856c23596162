import { LETTER, NUMBER, classAt, classBefore, widthAt } from './scan';

/**
 * Word lists matched by scanning instead of by one regular expression with a long alternation: the words of a text
 * are looked up in a `Map` by their first word. A fresh process pays nothing to compile (an alternation of a few
 * hundred words with `iu` flags costs tens of milliseconds on its first use), and a lookup costs the same for a list
 * of ten words or a thousand. The matches are those of `(?<![\p{L}\p{N}])(?:a|b c|…)(?![\p{L}\p{N}])`, the
 * longest phrase first, with or without `i`.
 * @module
 */

/** A set of phrases, each one word or several joined by single spaces, indexed by their first word. */
export interface PhraseTable {
  /** First word (case-folded when {@link PhraseTable.caseless}) → each phrase's words after it, the longest phrase first. */
  readonly byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Whether letters match in any case, as the `i` flag reads them. */
  readonly caseless: boolean;
}

/**
 * Characters whose case folding (what the `iu` flags compare) is another character than `toLowerCase` gives (the
 * long s, the Greek final and symbol forms and the iota subscript, the old Cyrillic letter forms), and what each folds
 * to, position by position.
 */
const FOLDS_FROM = '\u0345ſẛςϐϑϕϖϰϱϵιᲀᲁᲂᲃᲄᲅᲆᲇᲈ';
const FOLDS_TO = 'ιsṡσβθφπκρειвдосттъѣꙋ';
const FOLDED_LOWER_CHARACTER = new RegExp(`[${FOLDS_FROM}]`, 'gu');
/** The one capital whose lower case is two characters (`İ` → `i̇`); case folding keeps it. */
const DOTTED_CAPITAL_I = 'İ';
/** A text below {@link DOTTED_CAPITAL_I} (U+0130), the lowest character whose case folding is not its `toLowerCase` (every {@link FOLDS_FROM} is above it). */
const BELOW_SPECIAL_FOLDS = /^[\0-\u012f]*$/u;

/**
 * A text as a case-insensitive regular expression compares it (Unicode simple case folding), character for
 * character: lower case, with the few characters whose case folding differs from their lower case replaced. Each
 * code point keeps its length, so offsets into the folded text are offsets into the text; and a pattern with the `u`
 * flag alone, its words in lower case, matches the folded text where the same pattern with `iu` matches the text
 * (checked for every code point for `\p{L}`, `\p{L}\p{N}`, `\p{L}\p{M}`, `\s`, `[^s\s]` and letters): the `i`
 * flag makes V8 compile each Unicode class with its case closure, several times slower in a fresh process.
 *
 * @param text - any text
 * @returns the folded text, as long as `text`
 * @example
 * ```ts
 * foldCase('ſaid İzmir'); //=> 'said İzmir'
 * ```
 */
export function foldCase(text: string): string {
  // Below U+0130 (`İ`, the first character either case rule below touches) folding is lower-casing.
  if (BELOW_SPECIAL_FOLDS.test(text)) return text.toLowerCase();
  const lower = text.includes(DOTTED_CAPITAL_I) ? text.split(DOTTED_CAPITAL_I).map((part) => part.toLowerCase()).join(DOTTED_CAPITAL_I) : text.toLowerCase();
  return lower.replace(FOLDED_LOWER_CHARACTER, (character) => FOLDS_TO.charAt(FOLDS_FROM.indexOf(character)));
}

/**
 * Indexes phrases for {@link phraseEndsAt}.
 *
 * @param phrases - words of letters, or several joined by single spaces (`said`, `according to`)
 * @param caseless - match letters in any case (the `i` flag)
 * @returns the table
 * @example
 * ```ts
 * const table = phraseTable(['said', 'according to'], true);
 * phraseEndsAt(table, 'According to him', 0); //=> [12]
 * ```
 */
export function phraseTable(phrases: Iterable<string>, caseless: boolean): PhraseTable {
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const [first = '', ...rest] = (caseless ? foldCase(phrase) : phrase).split(' ');
    const entries = byFirstWord.get(first) ?? [];
    entries.push(rest); // a phrase listed twice is found twice at the same place: no harm
    byFirstWord.set(first, entries);
  }
  for (const entries of byFirstWord.values()) entries.sort((a, b) => b.join(' ').length - a.join(' ').length);
  return { byFirstWord, caseless };
}

/**
 * The end of the run of letters and digits (`[\p{L}\p{N}]+`) that starts at `start`.
 *
 * @param text - any text
 * @param start - a UTF-16 offset inside it
 * @returns the offset after the run (`start` when no letter or digit is there)
 */
export function wordEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && (classAt(text, index) & (LETTER | NUMBER)) !== 0) index += widthAt(text, index);
  return index;
}

/**
 * The first start of a word (a letter or digit that no letter or digit precedes) at or after `from`.
 *
 * @param text - any text
 * @param from - a UTF-16 offset
 * @returns the word's offset, or `undefined` when no word starts there or later
 */
export function nextWordStart(text: string, from: number): number | undefined {
  let index = from;
  if (index > 0 && index < text.length && (classBefore(text, index) & (LETTER | NUMBER)) !== 0) index = wordEnd(text, index);
  while (index < text.length) {
    if ((classAt(text, index) & (LETTER | NUMBER)) !== 0) return index;
    index += widthAt(text, index);
  }
  return undefined;
}

/**
 * The ends of the table's phrases that the text holds at a word start, each ending at the end of a word: the
 * longest first.
 *
 * @param table - the phrases
 * @param text - any text
 * @param start - a word start (see {@link nextWordStart})
 * @returns UTF-16 offsets after each phrase found there, longest first; empty when none
 */
export function phraseEndsAt(table: PhraseTable, text: string, start: number): readonly number[] {
  const firstEnd = wordEnd(text, start);
  const entries = table.byFirstWord.get(spelled(table, text.slice(start, firstEnd)));
  // (most words open no phrase: they share one empty answer, no array made per word)
  if (entries === undefined) return NO_ENDS;
  let ends: number[] | undefined;
  for (const rest of entries) {
    const end = wordsEnd(table, text, firstEnd, rest);
    // (a literal of one end is made to its size: most words open one phrase)
    if (end !== undefined) {
      if (ends === undefined) ends = [end];
      else ends.push(end);
    }
  }
  return ends ?? NO_ENDS;
}

/** The answer of {@link phraseEndsAt} where no phrase ends. */
const NO_ENDS: readonly number[] = [];

/** A word as the table stores it. */
function spelled(table: PhraseTable, word: string): string {
  return table.caseless ? foldCase(word) : word;
}

/** The end of ` word` for each of `words` written from `from` on, or `undefined` when the text differs. */
function wordsEnd(table: PhraseTable, text: string, from: number, words: readonly string[]): number | undefined {
  let end = from;
  for (const word of words) {
    if (text.charCodeAt(end) !== 0x20) return undefined;
    const next = wordEnd(text, end + 1);
    if (next === end + 1 || spelled(table, text.slice(end + 1, next)) !== word) return undefined;
    end = next;
  }
  return end;
}
