import { LETTER, LOWER, NUMBER, UPPER, classAt, classBefore, isWhitespaceCode, widthBefore, wordRunEnd } from '../../text/scan';
import { nextWordStart, wordEnd } from '../../text/phrases';

/**
 * Scanners for the capitalised words a body writes inside its sentences and the names it writes after an article,
 * in place of two regular expressions with lookbehinds and bounded repeats of Unicode classes, which cost a fresh
 * process milliseconds to compile on its first quotes. Each finds what its pattern (quoted below) finds with the
 * `gu` flags, match after match.
 * @module
 */

/** Characters a name word holds besides letters and marks, in the two scans. */
const CAPITAL_WORD_JOINERS = "'’-";
const THING_WORD_JOINERS = '-';

/** Quotation marks a comma closes before a capitalised word (`“…,” Sarandon told`). */
const CLOSING_QUOTES = '”"»\'';
/** Most lower-case letters of a title before its dot (`Mr.`, `Mrs.`, `Prof.`). */
const MAX_TITLE_LOWER = 3;

/** Whether a short title with its dot ends at `dot` (`Mr.`, `Dr.`): a capital and up to three lower-case letters. */
function titleDotBefore(text: string, dot: number): boolean {
  let index = dot;
  let lower = 0;
  while (lower < MAX_TITLE_LOWER && index > 0 && (classBefore(text, index) & LOWER) !== 0) {
    index -= widthBefore(text, index);
    lower += 1;
  }
  if (index <= 0 || (classBefore(text, index) & UPPER) === 0) return false;
  index -= widthBefore(text, index);
  return (classBefore(text, index) & LETTER) === 0 && text.charAt(index - 1) !== '.';
}

/** Whether what stands before `start` puts a capital there inside a sentence (see {@link midSentenceCapitals}). */
function insideSentence(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== ' ') return false;
  const before = text.charAt(start - 2);
  if ((classBefore(text, start - 1) & (LETTER | NUMBER)) !== 0 || before === ',' || before === ';') return true;
  if ((start >= 4 && text.startsWith(",''", start - 4)) || (before !== '' && CLOSING_QUOTES.includes(before) && text.charAt(start - 3) === ',')) return true;
  return before === '.' && titleDotBefore(text, start - 2);
}

/**
 * The capitalised words a text writes inside a sentence: after a word, a digit or a comma, after a quote that a
 * comma closes (`“…,” Sarandon told`, `,'' Xinhua wrote`), or after a title's dot (`Mr. Warner`). What
 * `(?<=[\p{L}\p{N},;] |,(?:[”"»']|'') |(?<![\p{L}.])\p{Lu}\p{Ll}{0,3}\. )\p{Lu}[\p{L}\p{M}'’-]*` finds.
 *
 * @param text - a paragraph
 * @returns the words, as written, in order
 * @example
 * ```ts
 * midSentenceCapitals('Then she met Lavrov and Mr. Warner.'); //=> ['Lavrov', 'Warner']
 * ```
 */
export function midSentenceCapitals(text: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    if ((classAt(text, index) & UPPER) !== 0 && insideSentence(text, index)) {
      const end = wordRunEnd(text, index, CAPITAL_WORD_JOINERS);
      words.push(text.slice(index, end));
      index = end;
    } else index += 1;
  }
  return words;
}

/** Articles and the locative `in` before a name of a thing or a place, as the pattern below lists them. */
const ARTICLES: readonly string[] = ['the', 'in', 'les', 'le', 'la', 'dem', 'den', 'der', 'die', 'das', 'el', 'los', 'las', 'il', 'lo', 'gli', 'в'].flatMap(
  (article) => [article, article.charAt(0).toUpperCase() + article.slice(1)],
);
/** The first letters of those articles: a word opening with another letter is passed over at once. */
const ARTICLE_INITIALS: ReadonlySet<string> = new Set(ARTICLES.map((article) => article.charAt(0)));
/** Most capitalised words of such a name after its first. */
const MAX_MORE_THING_WORDS = 4;

/** The name of a thing or a place after an article that starts at `start`, and its end, or `undefined`. */
function thingNameAt(text: string, start: number): { name: string; end: number } | undefined {
  if (!ARTICLE_INITIALS.has(text.charAt(start))) return undefined;
  const article = ARTICLES.find((word) => text.startsWith(word, start) && isWhitespaceCode(text.charCodeAt(start + word.length)));
  if (article === undefined) return undefined;
  const nameStart = start + article.length + 1;
  if ((classAt(text, nameStart) & UPPER) === 0) return undefined;
  const ends = [wordRunEnd(text, nameStart, THING_WORD_JOINERS)];
  for (let more = 0; more < MAX_MORE_THING_WORDS; more++) {
    const last = ends[ends.length - 1] ?? nameStart;
    if (text.charAt(last) !== ' ' || (classAt(text, last + 1) & UPPER) === 0) break;
    ends.push(wordRunEnd(text, last + 1, THING_WORD_JOINERS));
  }
  // A possessive ends the name after its word (`the Eric Trump Foundation’s` names `Eric Trump Foundation`).
  const end = ends[ends.length - 1] ?? nameStart;
  return { name: text.slice(nameStart, end), end };
}

/**
 * The names a text writes after a definite article or a locative `in` (`the United States`, `in New Hampshire`,
 * `la Maison Blanche`, `der Bundestag`): things and places, not people. A possessive ends a name after its word.
 * What `(?<![\p{L}\p{N}])(?:[Tt]he|[Ii]n|[Ll]es?|[Ll]a|[Dd]e[mnr]|[Dd]ie|[Dd]as|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Gg]li|[Вв])\s`
 * `(\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,4})` finds (its group).
 *
 * @param text - a paragraph
 * @returns the names, in order
 * @example
 * ```ts
 * thingNamesIn('She flew to the United States.'); //=> ['United States']
 * ```
 */
export function thingNamesIn(text: string): string[] {
  const names: string[] = [];
  for (let start = nextWordStart(text, 0); start !== undefined; ) {
    const found = thingNameAt(text, start);
    if (found !== undefined) names.push(found.name);
    start = nextWordStart(text, found === undefined ? wordEnd(text, start) : found.end);
  }
  return names;
}
