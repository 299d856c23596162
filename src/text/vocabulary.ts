import { LETTER, LOWER, MARK, NUMBER, classAt, widthAt } from './scan';

/**
 * The words a text writes in lower case: a capitalised phrase made of them (`Special Reports`, `Officials`) is a
 * heading or a sentence opener, not a name.
 * @module
 */

/** Whether the UTF-16 unit is `'`, `’` or `-`, which a lower-case word may hold (`don’t`, `well-known`). */
function isInnerMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * Adds the words of `(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]*` to `words`, scanned by hand (see text/scan): a word
 * starts at a lower-case letter that no letter or digit precedes; a run that starts with any other letter or a digit
 * is passed over whole.
 */
function collectInto(words: Set<string>, text: string): void {
  let index = 0;
  while (index < text.length) {
    const classes = classAt(text, index);
    if ((classes & LOWER) !== 0) {
      const start = index;
      index += widthAt(text, index);
      while (index < text.length && ((classAt(text, index) & (LOWER | MARK)) !== 0 || isInnerMark(text.charCodeAt(index)))) index += widthAt(text, index);
      words.add(text.slice(start, index));
    } else if ((classes & (LETTER | NUMBER)) !== 0) {
      while (index < text.length && (classAt(text, index) & (LETTER | NUMBER)) !== 0) index += widthAt(text, index);
    } else index += widthAt(text, index);
  }
}

/**
 * Collects the lower-case words of some texts.
 *
 * @param texts - paragraphs, lines or blocks
 * @returns the words, as written
 * @example
 * ```ts
 * lowerCaseWords(['Officials said the report was late.']); //=> Set { 'said', 'the', 'report', 'was', 'late' }
 * ```
 */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) collectInto(words, text);
  return words;
}

/** Membership in a set of words: what the name checks need of a vocabulary. */
export interface WordLookup {
  /** Whether the word is in the set. */
  has(word: string): boolean;
}

/**
 * The lower-case words of some texts, collected on the first lookup: a body whose quotes need no name check never
 * pays for the vocabulary.
 *
 * @param texts - paragraphs, lines or blocks
 * @returns a lookup with the same answers as `lowerCaseWords(texts)`
 * @example
 * ```ts
 * lazyLowerCaseWords(['Officials said the report was late.']).has('report'); //=> true
 * ```
 */
export function lazyLowerCaseWords(texts: readonly string[]): WordLookup {
  let words: Set<string> | undefined;
  return {
    has(word: string): boolean {
      words ??= lowerCaseWords(texts);
      return words.has(word);
    },
  };
}
