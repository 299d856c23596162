/**
 * The WHATWG HTML "prescan a byte stream to determine its encoding": the `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` a page declares within its first 1,024 bytes, found the
 * way browsers find it (comments, other tags and their attributes skipped; the first usable declaration wins).
 * @module
 */

/** How far into a document browsers look for a declaration. */
export const PRESCAN_BYTES = 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const isSpace = (byte: number | undefined): boolean => byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
const isLetter = (byte: number | undefined): boolean => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
/** A byte as the character it appends to a name or value: ASCII capitals lower-cased. */
const charOf = (byte: number): string => String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);

/** Whether the bytes at `at` spell `word` (ASCII, case-insensitive). */
function startsWith(bytes: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const byte = bytes[at + k];
    if (byte === undefined || charOf(byte) !== word.charAt(k)) return false;
  }
  return true;
}

/** One attribute read by the prescan, and the position after it. */
interface Attribute {
  readonly name: string;
  readonly value: string;
  readonly next: number;
}

/** The spec's "get an attribute": `undefined` at the end of the tag or of the bytes. */
function readAttribute(bytes: Uint8Array, start: number, end: number): Attribute | undefined {
  let at = start;
  while (at < end && (isSpace(bytes[at]) || bytes[at] === SLASH)) at++;
  if (at >= end || bytes[at] === GT) return undefined;
  let name = '';
  for (;; at++) {
    const byte = bytes[at];
    if (at >= end || byte === undefined) return undefined;
    if (byte === EQUALS && name.length > 0) break;
    if (isSpace(byte)) {
      while (at < end && isSpace(bytes[at])) at++;
      if (bytes[at] !== EQUALS) return at < end ? { name, value: '', next: at } : undefined;
      break;
    }
    if (byte === SLASH || byte === GT) return { name, value: '', next: at };
    name += charOf(byte);
  }
  at++; // past `=`
  while (at < end && isSpace(bytes[at])) at++;
  const quote = bytes[at];
  let value = '';
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    for (at++; at < end; at++) {
      const byte: number = bytes[at] ?? quote;
      if (byte === quote) return { name, value, next: at + 1 };
      value += charOf(byte);
    }
    return undefined;
  }
  if (quote === GT) return { name, value: '', next: at };
  for (; at < end; at++) {
    const byte = bytes[at] ?? GT;
    if (isSpace(byte) || byte === GT) return { name, value, next: at };
    value += charOf(byte);
  }
  return undefined;
}

/**
 * The charset a `content` value names (`text/html; charset=windows-1251`), by the spec's "extracting a character
 * encoding from a meta element".
 */
function charsetFromContent(content: string): string | undefined {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const found = lower.indexOf('charset', from);
    if (found < 0) return undefined;
    let at = found + 7;
    while (isSpace(lower.charCodeAt(at))) at++;
    if (lower.charAt(at) !== '=') {
      from = at;
      continue;
    }
    at++;
    while (isSpace(lower.charCodeAt(at))) at++;
    const first = content.charAt(at);
    if (first === '"' || first === "'") {
      const close = content.indexOf(first, at + 1);
      return close < 0 ? undefined : content.slice(at + 1, close);
    }
    let stop = at;
    while (stop < content.length && !isSpace(content.charCodeAt(stop)) && content.charAt(stop) !== ';') stop++;
    return stop === at ? undefined : content.slice(at, stop);
  }
}

/** The charset label one `<meta>` declares (its attributes start at `start`), and where its attributes end. */
function metaDeclaration(bytes: Uint8Array, start: number, end: number, known: (label: string) => boolean): { label?: string; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let charset: string | false | undefined; // false: a declaration the platform cannot decode
  let at = start;
  for (let attribute = readAttribute(bytes, at, end); attribute !== undefined; attribute = readAttribute(bytes, at, end)) {
    at = attribute.next;
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    if (attribute.name === 'http-equiv') gotPragma ||= attribute.value === 'content-type';
    else if (attribute.name === 'content' && charset === undefined) {
      const named = charsetFromContent(attribute.value);
      if (named !== undefined && known(named)) {
        charset = named;
        needPragma = true;
      }
    } else if (attribute.name === 'charset') {
      charset = known(attribute.value) ? attribute.value : false;
      needPragma = false;
    }
  }
  if (needPragma === undefined || (needPragma && !gotPragma) || typeof charset !== 'string') return { next: at };
  return { label: charset, next: at };
}

/**
 * The charset label the first 1,024 bytes of an HTML document declare in a `<meta>`, or `undefined`.
 *
 * @param bytes - the document's bytes
 * @param known - whether a label names an encoding the platform can decode (declarations it cannot are passed over)
 * @returns the label as written (`Windows-1251`, `shift_jis`)
 */
export function prescanCharset(bytes: Uint8Array, known: (label: string) => boolean): string | undefined {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  let at = 0;
  while (at < end) {
    if (bytes[at] !== LT) {
      at++;
    } else if (startsWith(bytes, at, '<!--')) {
      const close = indexOfCommentEnd(bytes, at + 2, end);
      if (close < 0) return undefined;
      at = close + 1;
    } else if (startsWith(bytes, at, '<meta') && (isSpace(bytes[at + 5]) || bytes[at + 5] === SLASH)) {
      const declaration = metaDeclaration(bytes, at + 6, end, known);
      if (declaration.label !== undefined) return declaration.label;
      at = declaration.next + 1;
    } else if (isLetter(bytes[at + 1]) || (bytes[at + 1] === SLASH && isLetter(bytes[at + 2]))) {
      at += 2;
      while (at < end && !isSpace(bytes[at]) && bytes[at] !== GT) at++;
      for (let attribute = readAttribute(bytes, at, end); attribute !== undefined; attribute = readAttribute(bytes, at, end)) at = attribute.next;
      at++;
    } else if (bytes[at + 1] === BANG || bytes[at + 1] === SLASH || bytes[at + 1] === QUESTION) {
      at = bytes.indexOf(GT, at + 1);
      if (at < 0 || at >= end) return undefined;
      at++;
    } else {
      at++;
    }
  }
  return undefined;
}

/** The position of the `>` of the first `-->` whose dashes start at or after `from` (`<!-->` closes itself). */
function indexOfCommentEnd(bytes: Uint8Array, from: number, end: number): number {
  for (let at = from + 2; at < end; at++) {
    if (bytes[at] === GT && bytes[at - 1] === 0x2d && bytes[at - 2] === 0x2d) return at;
  }
  return -1;
}
