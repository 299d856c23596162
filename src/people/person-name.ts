import { LETTER, MARK, UPPER, classAt, widthAt } from '../text/scan';

/**
 * What a person's name looks like, on its own (a byline, a label block, a meta author): recognition and the key
 * names are compared by. Names inside running text are found by `people/mentions`.
 * @module
 */

/** Words that make a capitalised phrase an organisation, a desk or a role rather than a person. */
const NON_PERSON_WORDS = new Set(
  (
    'news media press times post journal magazine daily group inc ltd llc corp company network tv radio agency ' +
    'international foundation university institute association union staff team editors editorial desk blog online ' +
    'herald tribune gazette review report weekly monthly channel broadcasting corporation service services club fc ' +
    'society contributors contributor wire reporters reporter correspondent writers newsroom projects project world ' +
    'the and of for in on at by with to from our your their this that update updates read min minutes hours ago ' +
    'league cup city united street county state national party council ministry department government committee ' +
    'senior chief deputy technologist editor writer producer analyst director manager associate assistant columnist ' +
    'photographer photography reporting contributing executive managing publisher publishers books edition ' +
    'all rights reserved copyright previous next ' +
    // Institutions, and the words a headline in title case holds and a name does not: linking words and the verbs
    // of headlines (`Senate Passes Budget After Debate`, `Mayor Warns Of Cuts`).
    'senate parliament congress police after amid over into against about before as is are was not how why what ' +
    'says passes wins faces plans calls gets takes warns vows seeks urges'
  ).split(' '),
);

/** Lower-case particles that may stand inside a name (`Ludwig van Beethoven`, `Luiz Inácio Lula da Silva`). */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'zu']);

/** Characters inside a name word besides letters and marks: apostrophes and hyphens (`O'Brien`, `Jong-un`). */
export const NAME_WORD_JOINERS = "'’-";
/** Initials of a name word written as one (`T.C.`, `J.R.R.`). */
const MIN_INITIALS = 2;
const MAX_INITIALS = 3;

/** Whether a text, from `start` to `end`, is initials: 2–3 capitals each with a dot (`T.C.`). */
function isInitials(text: string, start: number, end: number): boolean {
  let index = start;
  let count = 0;
  while (index < end && count < MAX_INITIALS && (classAt(text, index) & UPPER) !== 0) {
    index += widthAt(text, index);
    if (text.charAt(index) !== '.') return false;
    index += 1;
    count += 1;
  }
  return index === end && count >= MIN_INITIALS;
}

/**
 * Whether a word is a capitalised name word: `Tsukanov`, `O'Brien`, `Jong-un`, `McDonald`, `KJ`, an initial `C.` or
 * `T.C.`, `(Henrique`. A scan of what `^\(?(?:\p{Lu}(?:[\p{L}\p{M}'’-]*\p{L})?\.?|(?:\p{Lu}\.){2,3})\)?$` (flag
 * `u`) matches, which costs a fresh process milliseconds to compile.
 *
 * @param word - one word, without spaces
 * @returns `true` for a name word
 * @example
 * ```ts
 * isNameWord("O'Brien"); //=> true
 * isNameWord('T.C.'); //=> true
 * isNameWord('mayor'); //=> false
 * ```
 */
export function isNameWord(word: string): boolean {
  const start = word.startsWith('(') ? 1 : 0;
  const end = word.length > start && word.endsWith(')') ? word.length - 1 : word.length;
  if (start >= end || (classAt(word, start) & UPPER) === 0) return false;
  if (isInitials(word, start, end)) return true;
  // A capital, then letters, marks, apostrophes and hyphens ending with a letter, then an optional dot.
  const last = word.charAt(end - 1) === '.' ? end - 1 : end;
  let index = start + widthAt(word, start);
  let endsWithLetter = true;
  while (index < last) {
    const classes = classAt(word, index);
    if ((classes & (LETTER | MARK)) === 0 && !NAME_WORD_JOINERS.includes(word.charAt(index))) return false;
    endsWithLetter = (classes & LETTER) !== 0;
    index += widthAt(word, index);
  }
  return endsWithLetter;
}

/**
 * Tells whether a text is a link rather than a name: it opens with a URL scheme (`https:`, `javascript:`,
 * `mailto:`, `data:`), `//` or `www.`.
 *
 * @param text - an author value
 * @returns `true` when it reads as a link
 * @example
 * ```ts
 * isLinkLike('https://example.com/staff/jane'); //=> true
 * isLinkLike('Jane Roe'); //=> false
 * ```
 */
export function isLinkLike(text: string): boolean {
  return /^\s*(?:[a-z][a-z\d+.-]{0,30}:\S|\/\/|www\.)/iu.test(text);
}

/**
 * Tells whether a short text looks like a person's name: 2–5 capitalised words (initials and particles allowed),
 * no digits, no organisation words.
 *
 * @param text - a short text
 * @returns `true` when it reads as a person's name
 * @example
 * ```ts
 * isPersonName('Ilya Tsukanov'); //=> true
 * isPersonName('BBC News'); //=> false
 * ```
 */
export function isPersonName(text: string): boolean {
  const value = text.trim();
  if (value.length < 4 || value.length > 60 || /[\d@:;!?,"“”]/u.test(value)) return false;
  const words = value.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const [index, word] of words.entries()) {
    const bare = word.replace(/[().]/gu, '').replace(/['’]s$/u, '').toLowerCase();
    if (NON_PERSON_WORDS.has(bare)) return false;
    if (NAME_PARTICLES.has(word) && index > 0 && index < words.length - 1) continue;
    if (!isNameWord(word)) return false;
    // A run of three or more capitals is an acronym (BBC, NASA), not a name.
    if (/\p{Lu}{3,}/u.test(word) && word.length > 2) return false;
    capitalised += 1;
  }
  const last = words[words.length - 1] ?? '';
  return capitalised >= 2 && !/\.$/u.test(last);
}

/**
 * Normalises a name for comparison: NFKC, lower case, no punctuation, single spaces.
 * @param name - a name
 * @returns the comparison key
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Words that make a short label a collective byline (`Contributors to Wikimedia projects`, `Our Foreign Staff`). */
const COLLECTIVE = /\b(?:contributors|staff|editors|editorial board|newsroom|news desk|desk|reporters|correspondents|team)\b/iu;

/**
 * Tells whether a short label credits a group rather than a person: `Contributors to Wikimedia projects`,
 * `Our Foreign Staff`, `The Editorial Board`, `News Desk`.
 *
 * @param text - a short text
 * @returns `true` for a collective byline
 * @example
 * ```ts
 * isCollectiveByline('Our Foreign Staff'); //=> true
 * isCollectiveByline('Foreign policy'); //=> false
 * ```
 */
export function isCollectiveByline(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 6 && /^\p{Lu}/u.test(text) && COLLECTIVE.test(text) && !/[.!?,:;]/u.test(text);
}

/**
 * A name written in capitals (`JANE ROE`, `MARÍA LÓPEZ-GARCÍA`), in the case a name is written in (`Jane Roe`,
 * `María López-García`); any other text as it is. Short capital words stay (`AP`, `KJ`: initials, acronyms).
 *
 * @param text - a name, possibly in capitals
 * @returns the name in name case
 * @example
 * ```ts
 * fromCapitals('STEVEN DAVIDOFF SOLOMON'); //=> 'Steven Davidoff Solomon'
 * fromCapitals('Jane Roe'); //=> 'Jane Roe'
 * ```
 */
export function fromCapitals(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text)) return text;
  return text.replace(/\p{Lu}{3,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}
