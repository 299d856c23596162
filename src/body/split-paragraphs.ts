import { LETTER, classOf } from '../text/scan';

/**
 * Splitting paragraphs that a scraper glued together (`…World War II.“The Russian…`, `…said.At a reception…`).
 * @module
 */

/** Whether a UTF-16 unit ends a sentence: `.`, `!`, `?` or `…`. */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}
const CLOSERS = new Set(['”', '"', '’', '»', ')', ']']);
const OPENERS = new Set(['“', '«', '„', '‘']);

function isUpper(char: string): boolean {
  return char.length > 0 && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether the UTF-16 unit at `index` is a letter (a surrogate half or a position outside the text is not). */
function isLetterAt(text: string, index: number): boolean {
  return (classOf(text.charCodeAt(index)) & LETTER) !== 0;
}

/**
 * Whether the `.` at `dot` ends an initial or an abbreviation such as `U.S.` or `J.K.` (a single letter before it).
 */
function endsInitial(text: string, dot: number): boolean {
  return isLetterAt(text, dot - 1) && (dot < 2 || !isLetterAt(text, dot - 2));
}

/**
 * Finds where glued paragraphs meet: after sentence punctuation (and closing quotes) directly followed, with no
 * space, by a capital letter or an opening quote. `U.S.`, `3.5`, `example.com`, `McDonald` and `iPhone` stay whole.
 *
 * @param text - one chunk of body text
 * @returns the offsets at which a new paragraph starts (none for most texts: then the text is its one paragraph)
 * @example
 * ```ts
 * findGlueSplits('It ended.At noon the U.S. team left.'); //=> [9]
 * ```
 */
export function findGlueSplits(text: string): number[] {
  const splits: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (!isTerminal(text.charCodeAt(index))) continue;
    if (text.charAt(index) === '.' && endsInitial(text, index)) continue;
    let end = index + 1;
    while (end < text.length && isTerminal(text.charCodeAt(end))) end += 1;
    while (end < text.length && CLOSERS.has(text.charAt(end)) && end - index <= 4) end += 1;
    const next = text.charAt(end);
    if (end < text.length && (isUpper(next) || OPENERS.has(next)) && index > 0) splits.push(end);
    index = end - 1;
  }
  return splits;
}

/**
 * Splits a chunk of body text at glued paragraph boundaries.
 *
 * @param text - one chunk of body text
 * @param splits - where to split it: where {@link findGlueSplits} finds glued boundaries unless given
 * @returns the paragraphs, trimmed, in order
 * @example
 * ```ts
 * splitGluedParagraphs('It ended.“Next,” he said.At noon the U.S. team left.');
 * //=> ['It ended.', '“Next,” he said.', 'At noon the U.S. team left.']
 * ```
 */
export function splitGluedParagraphs(text: string, splits: readonly number[] = findGlueSplits(text)): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const split of splits) {
    parts.push(text.slice(start, split));
    start = split;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
