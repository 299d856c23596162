/**
 * A global regex replace over a long text, done in pieces so that its time stays linear.
 * @module
 */

/**
 * The most text one replace call works on, in UTF-16 units (give or take the distance to the next cut). V8's
 * `String.prototype.replace` with a replacement function costs more per match once one call holds a few hundred
 * thousand matches (5 MB of entity references: about 1.3–2.4× per MB what 1 MB costs); pieces of this size keep
 * every call far below that.
 */
const PIECE_LENGTH = 65_536;

/**
 * Replaces every match of a global pattern, as `text.replace(pattern, replace)` does, a piece of about
 * {@link PIECE_LENGTH} at a time. Each piece ends right before an occurrence of `cutBefore`, which must be a
 * character every match starts with and no match holds elsewhere (`&` for character references), so no match spans
 * two pieces and the result is the same. The replacement is a function: V8's replace with a replacement string
 * slows per match on many matches, in pieces or not (where it is one character for another, `split` and `join` are
 * linear and faster).
 *
 * @param text - the text
 * @param pattern - a global pattern
 * @param replace - what each match becomes
 * @param cutBefore - the character each match starts with
 * @returns the text with every match replaced
 */
export function replaceInPieces(text: string, pattern: RegExp, replace: (match: string) => string, cutBefore: string): string {
  let out = '';
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = text.indexOf(cutBefore, start + PIECE_LENGTH);
    if (end < 0) end = text.length;
    out += text.slice(start, end).replace(pattern, replace);
  }
  return out;
}
