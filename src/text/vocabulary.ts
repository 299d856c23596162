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
