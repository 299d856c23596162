/**
 * Measures of how much a piece of text reads like running prose.
 * @module
 */

import { CJK, LETTER, MARK, NUMBER, classAt, widthAt } from './scan';

/** What a word is made of: letters, digits and marks. */
const WORD_PART = LETTER | NUMBER | MARK;

/** Whether the UTF-16 unit is `'`, `’`, `.` or `-`: joins two parts of one word (`didn’t`, `U.S.`, `well-known`). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/**
 * Counts words: runs of letters/digits (with inner apostrophes, dots or hyphens); each CJK character counts as one.
 *
 * @param text - any text
 * @param limit - stop counting here (for a comparison with a threshold, so a long text is not read to its end)
 * @returns the number of words, at most `limit`
 * @example
 * ```ts
 * countWords('U.S. officials didn’t say'); //=> 4
 * countWords('one two three four five', 3); //=> 3
 * ```
 */
export function countWords(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  // The words of `/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu`,
  // scanned by hand (see text/scan).
  let count = 0;
  let index = 0;
  while (index < text.length && count < limit) {
    const classes = classAt(text, index);
    if ((classes & (WORD_PART | CJK)) === 0) {
      index += widthAt(text, index);
      continue;
    }
    count += 1;
    index += widthAt(text, index);
    if ((classes & CJK) !== 0) continue; // a CJK character (even a radical or a mark of it) is a word on its own
    for (;;) {
      while (index < text.length && (classAt(text, index) & WORD_PART) !== 0) index += widthAt(text, index);
      if (index + 1 < text.length && isJoiner(text.charCodeAt(index)) && (classAt(text, index + 1) & WORD_PART) !== 0) {
        index += 1;
        continue;
      }
      break;
    }
  }
  return count;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»」』)\]]{0,3}$/u;

/**
 * Whether a text ends like a sentence (`.`, `!`, `?`, `…`, CJK full stops, possibly followed by closing quotes).
 * @param text - any text
 * @returns `true` when it ends with sentence punctuation
 */
export function endsLikeSentence(text: string): boolean {
  // The pattern spans at most four characters at the end: only those are read, however long the text.
  return SENTENCE_END.test(text.trimEnd().slice(-4));
}

/**
 * Whether a text block reads as prose (a sentence or more) rather than a label, a title or a value.
 *
 * @param text - one block of text
 * @returns `true` for prose
 * @example
 * ```ts
 * isProse('It was an extraordinary year for movies.'); //=> true
 * isProse('North Korea'); //=> false
 * ```
 */
export function isProse(text: string): boolean {
  const words = countWords(text, 30);
  if (words >= 30) return true;
  return words >= 4 && endsLikeSentence(text);
}

/**
 * Whether a stand-alone line of body text is a subheading: short, no sentence-final punctuation, starting with a
 * capital or a digit.
 *
 * @param text - one paragraph-sized text
 * @returns `true` for a heading
 */
export function looksLikeHeading(text: string): boolean {
  const words = countWords(text, 15);
  if (words === 0 || words > 14 || text.length > 120) return false;
  if (endsLikeSentence(text) || /[,;:]$/u.test(text)) return false;
  return /^[\p{Lu}\p{N}\p{Lo}]/u.test(text);
}
