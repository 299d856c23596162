/**
 * Character classes for hand-written scanners: the Unicode categories the word patterns of this library use,
 * looked up per UTF-16 code unit in a table that fills itself as characters are met. A scanner over a page costs a
 * few nanoseconds a character, where a regular expression with Unicode property classes costs tens.
 * @module
 */

/** A letter (`\p{L}`). */
export const LETTER = 1;
/** A lower-case letter (`\p{Ll}`). */
export const LOWER = 2;
/** A digit or other number (`\p{N}`). */
export const NUMBER = 4;
/** A combining mark (`\p{M}`). */
export const MARK = 8;
/** A Han, Hiragana or Katakana character: a word on its own. */
export const CJK = 16;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 32;
/** Set once a code unit has been classified. */
const KNOWN = 128;

const PATTERNS: readonly (readonly [RegExp, number])[] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{M}$/u, MARK],
  [/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u, CJK],
  [/^\p{Lu}$/u, UPPER],
];

/** Classes of the ASCII characters, read without a function call on the hottest path. */
const ASCII_CLASSES: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return LETTER | LOWER;
  if (code >= 0x41 && code <= 0x5a) return LETTER | UPPER;
  return code >= 0x30 && code <= 0x39 ? NUMBER : 0;
});

let table: Uint8Array | undefined;
/** Classes of astral code points met so far; at most {@link ASTRAL_CACHE} are kept, so memory stays bounded. */
const astral = new Map<number, number>();
const ASTRAL_CACHE = 4096;

function classify(char: string): number {
  let bits = KNOWN;
  for (const [pattern, bit] of PATTERNS) if (pattern.test(char)) bits |= bit;
  return bits;
}

/**
 * The classes of one code point (an OR of {@link LETTER}, {@link LOWER}, {@link UPPER}, {@link NUMBER}, {@link MARK},
 * {@link CJK}).
 *
 * @param codePoint - a Unicode code point
 * @returns its class bits; 0 for none of them
 */
export function classOf(codePoint: number): number {
  if (codePoint < 0x80) return ASCII_CLASSES[codePoint] ?? 0;
  if (codePoint > 0xffff) {
    let bits = astral.get(codePoint);
    if (bits === undefined) {
      bits = classify(String.fromCodePoint(codePoint));
      if (astral.size < ASTRAL_CACHE) astral.set(codePoint, bits);
    }
    return bits & ~KNOWN;
  }
  if (!(codePoint >= 0x80)) return 0; // NaN: an offset past the end of a string
  table ??= new Uint8Array(0x10000);
  let bits = table[codePoint] ?? 0;
  if (bits === 0) {
    // A lone surrogate is no character: it has no class.
    bits = codePoint >= 0xd800 && codePoint <= 0xdfff ? KNOWN : classify(String.fromCharCode(codePoint));
    table[codePoint] = bits;
  }
  return bits & ~KNOWN;
}

/**
 * Whether a UTF-16 unit is whitespace as `\s` reads it (the ASCII spaces and line ends, no-break and other Unicode
 * spaces, line and paragraph separators, the byte-order mark).
 *
 * @param code - a UTF-16 unit
 * @returns `true` for whitespace
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The classes of the code point at `index` (a surrogate pair is read as one code point).
 *
 * @param text - any text
 * @param index - a UTF-16 offset inside it
 * @returns the classes of the code point there
 */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_CLASSES[code] ?? 0;
  if (code < 0xd800 || code > 0xdbff) return classOf(code);
  return classOf(text.codePointAt(index) ?? code);
}

/**
 * The classes of the code point that ends at `index` (what a lookbehind reads there; a surrogate pair is one code
 * point).
 *
 * @param text - any text
 * @param index - a UTF-16 offset inside it, or its length
 * @returns the classes of the code point before `index`; 0 at the start
 */
export function classBefore(text: string, index: number): number {
  return index <= 0 ? 0 : classAt(text, index - widthBefore(text, index));
}

/**
 * How many UTF-16 units the code point that ends at `index` takes (2 for a surrogate pair, else 1).
 *
 * @param text - any text
 * @param index - a UTF-16 offset inside it, or its length
 * @returns 1 or 2
 */
export function widthBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  if (code < 0xdc00 || code > 0xdfff || index < 2) return 1;
  const high = text.charCodeAt(index - 2);
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

/**
 * How many UTF-16 units the code point at `index` takes (2 for a surrogate pair, else 1).
 *
 * @param text - any text
 * @param index - a UTF-16 offset inside it
 * @returns 1 or 2
 */
export function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The end of a word that opens at `start` (its first character taken as it is, a name's capital): the letters,
 * marks and given joiner characters after it (`[\p{L}\p{M}'’-]*` for the joiners `'’-`).
 *
 * @param text - any text
 * @param start - where the word opens
 * @param joiners - characters besides letters and marks the word may hold (`'’-` in names)
 * @returns the offset after the word
 * @example
 * ```ts
 * wordRunEnd("O'Neil said", 0, "'’-"); //=> 6
 * ```
 */
export function wordRunEnd(text: string, start: number, joiners: string): number {
  let index = start + widthAt(text, start);
  while (index < text.length && ((classAt(text, index) & (LETTER | MARK)) !== 0 || joiners.includes(text.charAt(index)))) index += widthAt(text, index);
  return index;
}

/**
 * Visits every maximal run of letters (the matches of `/\p{L}+/gu`), in order.
 *
 * @param text - any text
 * @param visit - called with the start and end offsets of each run
 */
export function forEachLetterRun(text: string, visit: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    if ((classAt(text, index) & LETTER) === 0) {
      index += widthAt(text, index);
      continue;
    }
    const start = index;
    while (index < text.length && (classAt(text, index) & LETTER) !== 0) index += widthAt(text, index);
    visit(start, index);
  }
}
