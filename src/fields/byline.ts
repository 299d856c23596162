import { trimTrailing } from '../text/trim';
import { fromCapitals, isCollectiveByline, isPersonName } from '../people/person-name';
import { bylineAlternation } from './byline-words';
import { ENGLISH_MONTHS } from './month-names';

/**
 * Reading people out of a byline: `By Jane Roe and John Doe`, `Jane Roe, Reuters`, `Story by …`, `Par …`, `Von …`,
 * `Por A, B y C` — without "By", roles, handles or dates.
 * @module
 */

/** Letters and digits may not stand right before or after a byline word (`Di` is no marker in `Diána`). */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** Words that open a byline, in the languages the library reads (`By`, `Par`, `Von`, `Autor:`), from `BYLINE_WORDS`. */
const BY = new RegExp(`^(?:// ?)?(?:${bylineAlternation('by')})${WORD_END} ?:? ?`, 'iu');

/** Words that join several people (`and`, `und`, `et`, `y`), from `BYLINE_WORDS`. */
const AND_WORDS = bylineAlternation('and');
/** Separators between several people. */
const AND = new RegExp(` ?[,;&] ?| (?:${AND_WORDS}) `, 'iu');
/** A joining word left at the start of a name (`A, B, and C`). */
const LEADING_AND = new RegExp(`^(?:${AND_WORDS}) `, 'iu');

/** Letters of a month's usual abbreviation (`Jul`, `Oct`). */
const MONTH_ABBREVIATION = 3;
/** English month names and their abbreviations (`Jul`, `Sept`), which start a date after the names. */
const MONTHS = [...new Set([...ENGLISH_MONTHS, ...ENGLISH_MONTHS.map((month) => month.slice(0, MONTH_ABBREVIATION)), 'sept'])].join('|');

/** Where the names of a byline end: a date, a time, a handle, a separator, a date word (`on`, `updated`, `vor`). */
const TAIL = new RegExp(`[|•·—–@(\\d]| - |${WORD_START}(?:${bylineAlternation('dateLead')})${WORD_END}|${WORD_START}(?:${MONTHS})\\.? \\d`, 'iu');

/**
 * Extracts the people a byline credits.
 *
 * @param line - the byline, with or without its "By" word
 * @param commonWords - words the page writes in lower case; a "name" made mostly of them is a phrase
 * @param marked - whether a byline word introduced the names (then only a phrase made wholly of such words is one:
 *   `By Duncan Bell` names a person even when the page writes "bell"); by default, whether the line opens with one
 * @returns the names, in order, each once
 * @example
 * ```ts
 * parseByline('By Stella Kim and Jennifer Jett'); //=> ['Stella Kim', 'Jennifer Jett']
 * parseByline('Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017'); //=> ['Alexandre Hervaud', 'Jérémy Piette']
 * parseByline('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU'); //=> ['Daniel Kahn Gillmor']
 * ```
 */
export function parseByline(line: string, commonWords: ReadonlySet<string> = new Set(), marked: boolean = BY.test(line.trim())): string[] {
  let text = line.trim().replace(BY, '');
  text = text.replace(/\([^)]{0,40}\)/gu, ' ').replace(/\s+/gu, ' ');
  const tail = TAIL.exec(text);
  if (tail !== null) text = text.slice(0, tail.index);
  text = text.trim();
  const names: string[] = [];
  for (const part of text.split(AND)) {
    const written = trimTrailing(part.replace(LEADING_AND, ''), '.,;: ').trim();
    if (written.length === 0) continue;
    // A byline in capitals (`By JANE ROE`) names people as they are written: `Jane Roe`. Without a byline word, a
    // line in capitals is a heading or a menu item far more often than a name.
    const name = marked ? fromCapitals(written) : written;
    // A name has lower-case letters or a long word: `PM ET`, `AM UTC` are abbreviations.
    if ((isPersonName(name) && /\p{Ll}|\p{Lu}{4}/u.test(written) && !isCommonPhrase(name, commonWords, marked)) || (names.length === 0 && isCollectiveByline(name))) {
      if (!names.includes(name)) names.push(name);
    } else if (names.length > 0) break; // a role or an organisation after the names ends the list
  }
  return names;
}

/**
 * Whether a capitalised phrase is made mostly of words the page also writes in lower case (`Special Reports`,
 * `All Topics`): a heading or a menu item, not a person.
 *
 * @param name - a capitalised phrase
 * @param commonWords - lower-case words of the page
 * @param whole - whether every word must be such a word (else half of them)
 * @returns `true` for a common phrase
 */
export function isCommonPhrase(name: string, commonWords: ReadonlySet<string>, whole = false): boolean {
  const tokens = name.split(/\s+/u).filter((token) => token.length > 2);
  const common = tokens.filter((token) => commonWords.has(token.toLowerCase())).length;
  return tokens.length > 0 && (whole ? common === tokens.length : common * 2 >= tokens.length);
}
