import { type PhraseTable, foldCase, nextWordStart, phraseEndsAt, phraseTable, wordEnd } from '../text/phrases';
import { PICTURE_AGENCIES, bylineWords } from './byline-words';
import { ENGLISH_MONTHS } from './month-names';

/**
 * The byline words of `BYLINE_WORDS` found in a line by looking its words up (see text/phrases) rather than with
 * regular expressions of every word: the marker that opens a byline (`By`, `Par`, `Autor:`), the words where its
 * names end (a date word, a month), a newsroom's word and a picture credit inside a line. Each function matches
 * what the `iu` pattern in its comment matches, read on the case-folded text (`foldCase`); a fresh process then
 * compiles none of those patterns (each cost several milliseconds on the first byline of a process).
 * @module
 */

/** A month's usual abbreviation: its first three letters (`Jul`, `Oct`). */
const MONTH_ABBREVIATION = 3;

/**
 * A table of case-folded words, looked up in case-folded text: word edges are then read as the `iu` flags read them
 * (with `i`, a character that folds to a letter counts as one: the iota subscript `ͅ` folds to `ι`).
 */
const foldedTable = (words: readonly string[]): PhraseTable => phraseTable(words.map(foldCase), false);

/** The phrase tables, built on first use. */
interface BylineTables {
  readonly markers: PhraseTable;
  readonly dateLeads: PhraseTable;
  readonly months: PhraseTable;
  readonly newsrooms: PhraseTable;
}
let tables: BylineTables | undefined;
const bylineTables = (): BylineTables =>
  (tables ??= {
    markers: foldedTable(bylineWords('by')),
    dateLeads: foldedTable(bylineWords('dateLead')),
    months: foldedTable([...ENGLISH_MONTHS, ...ENGLISH_MONTHS.map((month) => month.slice(0, MONTH_ABBREVIATION)), 'sept']),
    newsrooms: foldedTable(bylineWords('newsroom')),
  });

/** Words of the credit patterns, case-folded, built on first use. */
interface CreditWords {
  readonly photo: readonly string[];
  readonly byInside: readonly string[];
  readonly credit: readonly string[];
  readonly agencies: readonly string[];
}
let creditWords: CreditWords | undefined;
const creditTables = (): CreditWords =>
  (creditWords ??= {
    photo: bylineWords('photo').map(foldCase),
    byInside: bylineWords('byInside').map(foldCase),
    credit: bylineWords('credit').map(foldCase),
    agencies: PICTURE_AGENCIES.split('|').map(foldCase),
  });

/** The word starts of a text, in order (a letter or digit that no letter or digit precedes). */
function* wordStarts(text: string): Generator<number> {
  for (let start = nextWordStart(text, 0); start !== undefined; start = nextWordStart(text, wordEnd(text, start))) yield start;
}

/**
 * Where the byline marker that opens a line ends, with the space, colon and space after it: what
 * `^(?:// ?)?(?:by|written by|…|автор)(?![\p{L}\p{N}]) ?:? ?` (flags `iu`) matches.
 *
 * @param text - a line, trimmed
 * @returns the offset after the marker, or `undefined` when no marker opens the line
 * @example
 * ```ts
 * bylineMarkerEnd('By: Jane Roe'); //=> 4
 * bylineMarkerEnd('Bystander'); //=> undefined
 * ```
 */
export function bylineMarkerEnd(text: string): number | undefined {
  const start = text.startsWith('// ') ? 3 : text.startsWith('//') ? 2 : 0;
  let end = phraseEndsAt(bylineTables().markers, foldCase(text), start)[0];
  if (end === undefined) return undefined;
  if (text.charAt(end) === ' ') end += 1;
  if (text.charAt(end) === ':') end += 1;
  if (text.charAt(end) === ' ') end += 1;
  return end;
}

/** Characters where a byline's names end: a separator, a handle, a bracket or a digit. */
const TAIL_CHARACTERS = /[|•·—–@(\d]/u;

/** Whether a month word ends at `end`, then an optional dot, a space and a digit (`Oct. 5`, `March 10`). */
function monthDateAt(text: string, end: number): boolean {
  const space = text.charAt(end) === '.' ? end + 1 : end;
  return text.charAt(space) === ' ' && /\d/u.test(text.charAt(space + 1));
}

/**
 * Where the names of a byline end: the first separator, handle, bracket or digit, ` - `, date word (`on`,
 * `updated`, `il y a`, `vor`) or English month before a day (`Oct. 5`). What
 * `[|•·—–@(\d]| - |(?<![\p{L}\p{N}])(?:on|updated|…)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:january|…|sept)\.? \d`
 * (flags `iu`) finds first.
 *
 * @param text - the byline after its marker
 * @returns the offset where the names end, or `undefined` when they run to the end
 * @example
 * ```ts
 * bylineTailIndex('Jane Roe on March 10'); //=> 9
 * ```
 */
export function bylineTailIndex(text: string): number | undefined {
  const character = TAIL_CHARACTERS.exec(text)?.index;
  const dash = text.indexOf(' - ');
  let first = Math.min(character ?? text.length, dash < 0 ? text.length : dash);
  const { dateLeads, months } = bylineTables();
  const folded = foldCase(text);
  for (const start of wordStarts(folded)) {
    if (start >= first) break;
    if (phraseEndsAt(dateLeads, folded, start).length > 0 || phraseEndsAt(months, folded, start).some((end) => monthDateAt(text, end))) {
      first = start;
      break;
    }
  }
  return first < text.length ? first : undefined;
}

/**
 * Whether a text holds a newsroom's word as a word of its own (`Times`, `Press`, `Staff`, `Rédaction`): what
 * `(?<![\p{L}\p{N}])(?:news|press|…)(?![\p{L}\p{N}])` (flags `iu`) finds.
 *
 * @param text - a phrase
 * @returns `true` when one is there, in any case
 */
export function hasNewsroomWord(text: string): boolean {
  const { newsrooms } = bylineTables();
  const folded = foldCase(text);
  for (const start of wordStarts(folded)) if (phraseEndsAt(newsrooms, folded, start).length > 0) return true;
  return false;
}

/** Whether a picture credit starts at a word start of the folded text (`photos by`, `Foto:`, `Getty Images`). */
function creditAtWord(folded: string, start: number, words: CreditWords): boolean {
  for (const photo of words.photo) {
    if (!folded.startsWith(photo, start)) continue;
    const end = start + photo.length;
    // `photos by NAME`, `photo by NAME`: the marker word may run on (no end is checked after it).
    const space = folded.charAt(end) === 's' ? end + 1 : end;
    if (folded.charAt(space) === ' ' && words.byInside.some((by) => folded.startsWith(by, space + 1))) return true;
    if (folded.charAt(end) === ':' || folded.startsWith(' :', end)) return true;
  }
  return words.agencies.some((agency) => folded.startsWith(agency, start));
}

/** Separators before a credit word inside a line (`… | Source: Agency`). */
const CREDIT_SEPARATORS = '|•·';

/**
 * Whether a line holds a picture credit: a caption's `photo by NAME`, `Foto: NAME`, an agency's credit, or a credit
 * word after a separator (`By Outlet | Source: Agency`). What
 * `(?<![\p{L}\p{N}])(?:(?:photo|…)s? (?:by|…)|(?:photo|…) ?:|getty images|…)|[|•·] ?(?:photo|…|source) ?:` (flags
 * `iu`) finds.
 *
 * @param text - one line
 * @returns `true` for a line with a credit
 * @example
 * ```ts
 * hasCreditInside('A view of the bay | Photo by Jane Roe'); //=> true
 * ```
 */
export function hasCreditInside(text: string): boolean {
  const folded = foldCase(text);
  const words = creditTables();
  for (const start of wordStarts(folded)) if (creditAtWord(folded, start, words)) return true;
  for (let index = 0; index < folded.length; index++) {
    if (!CREDIT_SEPARATORS.includes(folded.charAt(index))) continue;
    const start = folded.charAt(index + 1) === ' ' ? index + 2 : index + 1;
    for (const credit of words.credit) {
      if (!folded.startsWith(credit, start)) continue;
      const end = start + credit.length;
      if (folded.charAt(end) === ':' || folded.startsWith(' :', end)) return true;
    }
  }
  return false;
}
