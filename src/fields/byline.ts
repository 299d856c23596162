import { trimTrailing } from '../text/trim';
import { fromCapitals, isCollectiveByline, isPersonName } from '../people/person-name';
import { bylineAlternation } from './byline-words';
import { bylineMarkerEnd, bylineTailIndex, hasNewsroomWord } from './byline-scan';
import { ENGLISH_MONTHS } from './month-names';

/**
 * Reading people out of a byline: `By Jane Roe and John Doe`, `Jane Roe, Reuters`, `Story by …`, `Par …`, `Von …`,
 * `Por A, B y C` — without "By", roles, handles or dates.
 * @module
 */

/** Letters and digits may not stand right after a byline word (`Di` is no marker in `Diána`). */
const WORD_END = '(?![\\p{L}\\p{N}])';

/** Whether a byline word opens the line (`By`, `Par`, `Von`, `Autor:`; see byline-scan). */
const opensWithMarker = (line: string): boolean => bylineMarkerEnd(line) !== undefined;

/** Words that join several people (`and`, `und`, `et`, `y`), from `BYLINE_WORDS`. */
const AND_WORDS = bylineAlternation('and');
/** Separators between several people. */
const AND = new RegExp(` ?[,;&] ?| (?:${AND_WORDS}) `, 'iu');
/** A joining word left at the start of a name (`A, B, and C`). */
const LEADING_AND = new RegExp(`^(?:${AND_WORDS}) `, 'iu');

/** A month's name glued to the word before it (`Yahoo FinanceOctober 13`): the date starts there. */
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=(?:${ENGLISH_MONTHS.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})${WORD_END})`, 'gu');

/** Words that open co-authors in brackets after a name (`NAME (avec NAME et NAME)`), from `BYLINE_WORDS`. */
const WITH = new RegExp(`^ ?(?:${bylineAlternation('with')})${WORD_END} ?`, 'iu');
/** A bracket saying the person before it made the pictures, not the text (`NAME (photography)`). */
const CREDIT_NOTE = new RegExp(`^ ?(?:${bylineAlternation('credit')})`, 'iu');
/** Stands in for such a bracket until the names are split: the name before it is no author. */
const NOT_AUTHOR = '\u0001';
/** Most words of a newsroom credited after a byline word (`The Wall Street Journal Staff`). */
const MAX_NEWSROOM_WORDS = 6;
/** Longest lower-case word inside a newsroom's name (`of`, `de`, `la`). */
const MAX_JOINING_WORD = 3;

/**
 * Extracts the people a byline credits.
 *
 * @param line - the byline, with or without its "By" word
 * @param commonWords - words the page writes in lower case; a "name" made mostly of them is a phrase
 * @param marked - whether a byline word introduced the names (then only a phrase made wholly of such words is one:
 *   `By Duncan Bell` names a person even when the page writes "bell"); by default, whether the line opens with one
 * @param newsrooms - whether a newsroom may stand for the names (`By The New York Times`): only when a byline word
 *   opens the line or the part after a separator, never after a `by` inside a sentence (`sponsored by CBS News`);
 *   by default, whether the line opens with one
 * @returns the names, in order, each once
 * @example
 * ```ts
 * parseByline('By Stella Kim and Jennifer Jett'); //=> ['Stella Kim', 'Jennifer Jett']
 * parseByline('Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017'); //=> ['Alexandre Hervaud', 'Jérémy Piette']
 * parseByline('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU'); //=> ['Daniel Kahn Gillmor']
 * ```
 */
export function parseByline(
  line: string,
  commonWords: ReadonlySet<string> = new Set(),
  marked: boolean = opensWithMarker(line.trim()),
  newsrooms: boolean = opensWithMarker(line.trim()),
): string[] {
  const trimmed = line.trim();
  let text = trimmed.slice(bylineMarkerEnd(trimmed) ?? 0);
  // A bracket names co-authors (`(avec NAME et NAME)`), marks a photographer (`NAME (photography)`) or is dropped.
  text = text.replace(/\(([^)]{0,40})\)/gu, (_, inner: string) => (WITH.test(inner) ? `, ${inner.replace(WITH, '')}` : CREDIT_NOTE.test(inner) ? ` ${NOT_AUTHOR}` : ' '));
  text = text.replace(/\s+/gu, ' ').replace(GLUED_MONTH, ' ');
  // Where the names end: a date, a time, a handle, a separator, a date word (`on`, `updated`, `vor`).
  const tail = bylineTailIndex(text);
  if (tail !== undefined) text = text.slice(0, tail);
  text = text.trim();
  const names: string[] = [];
  for (const part of text.split(AND)) {
    const written = undoubled(trimTrailing(part.replace(LEADING_AND, ''), '.,;: ').trim());
    if (written.length === 0 || written.includes(NOT_AUTHOR)) continue;
    // A byline in capitals (`By JANE ROE`) names people as they are written: `Jane Roe`. Without a byline word, a
    // line in capitals is a heading or a menu item far more often than a name.
    const name = marked ? fromCapitals(written) : written;
    // A name has lower-case letters or a long word: `PM ET`, `AM UTC` are abbreviations.
    const person = isPersonName(name) && /\p{Ll}|\p{Lu}{4}/u.test(written) && !isCommonPhrase(name, commonWords, marked);
    // A newsroom stands alone after a byline word (`By The New York Times`, `By Staff`); names never follow it.
    if (person || (names.length === 0 && (isCollectiveByline(name) || (newsrooms && isNewsroom(name))))) {
      if (!names.includes(name)) names.push(name);
    } else if (names.length > 0) break; // a role or an organisation after the names ends the list
  }
  return names;
}

/** A name written twice in a row (`Jane Roe Jane Roe`: a picture's text, then the name) is that name once. */
function undoubled(text: string): string {
  const words = text.split(' ');
  const half = words.length / 2;
  return Number.isInteger(half) && half > 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : text;
}

/**
 * Whether a capitalised phrase after a byline word names a newsroom, an agency or a desk (`The New York Times`,
 * `Staff`, `La Rédaction`): capitalised words (short joining words allowed) with a newsroom word among them.
 *
 * @param text - the phrase after the byline word
 * @returns `true` for a newsroom
 * @example
 * ```ts
 * isNewsroom('The New York Times'); //=> true
 * isNewsroom('Tuesday Evening'); //=> false
 * ```
 */
export function isNewsroom(text: string): boolean {
  const words = text.split(' ');
  // `Jane Roe WebMD Health News`: a person and the outlet, not a newsroom.
  const personFirst = words.length > 2 && isPersonName(words.slice(0, 2).join(' '));
  return (
    !personFirst &&
    words.length <= MAX_NEWSROOM_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[\d@]/u.test(text) &&
    words.every((word) => /^\p{Lu}/u.test(word) || word.length <= MAX_JOINING_WORD) &&
    hasNewsroomWord(text)
  );
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
