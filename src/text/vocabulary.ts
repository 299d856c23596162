/**
 * The words a text writes in lower case: a capitalised phrase made of them (`Special Reports`, `Officials`) is a
 * heading or a sentence opener, not a name.
 * @module
 */

/**
 * A lower-case word that starts a word (group 1), or a run that starts with any other letter or digit, skipped
 * whole: the same words as `(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]*`, found without a look-behind at every letter.
 */
const LOWER_CASE_WORD = /(\p{Ll}[\p{Ll}\p{M}'’-]*)|[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{N}][\p{L}\p{N}]*/gu;

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
  for (const text of texts) {
    LOWER_CASE_WORD.lastIndex = 0;
    for (let match = LOWER_CASE_WORD.exec(text); match !== null; match = LOWER_CASE_WORD.exec(text)) {
      if (match[1] !== undefined) words.add(match[1]);
    }
  }
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
