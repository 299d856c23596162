/**
 * The words a text writes in lower case: a capitalised phrase made of them (`Special Reports`, `Officials`) is a
 * heading or a sentence opener, not a name.
 * @module
 */

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]*/gu;

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
  for (const text of texts) for (const match of text.matchAll(LOWER_CASE_WORD)) words.add(match[0]);
  return words;
}
