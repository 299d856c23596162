/**
 * Trimming sets of characters from the ends of a string in linear time (a regex such as `/[,.]+$/` is quadratic
 * on long runs of those characters that are not at the end).
 * @module
 */

/**
 * Removes every trailing character that is in `chars`.
 *
 * @param text - any text
 * @param chars - the characters to remove, as a string
 * @returns the text without them at its end
 * @example
 * ```ts
 * trimTrailing('Lavrov,”', ',”'); //=> 'Lavrov'
 * ```
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/**
 * Removes every leading character that is in `chars`.
 *
 * @param text - any text
 * @param chars - the characters to remove, as a string
 * @returns the text without them at its start
 */
export function trimLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}
