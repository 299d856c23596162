/**
 * The WHATWG HTML "prescan a byte stream to determine its encoding": the `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` a page declares within its first 1,024 bytes, found the
 * way browsers find it (comments, other tags and their attributes skipped; the first usable declaration wins).
 * The bytes are read as a lower-cased Latin-1 string: every byte one character, ASCII letters in one case.
 * @module
 */

/** How far into a document browsers look for a declaration. */
export const PRESCAN_BYTES = 1024;

const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
const isLetter = (char: string): boolean => char >= 'a' && char <= 'z';

/** One attribute read by the prescan: name, value, and the position after it. */
type Attribute = readonly [name: string, value: string, next: number];

/** The spec's "get an attribute" from `at`: `undefined` at the end of the tag or of the bytes. */
function readAttribute(head: string, start: number): Attribute | undefined {
  let at = start;
  while (isSpace(head.charAt(at)) || head.charAt(at) === '/') at++;
  if (at >= head.length || head.charAt(at) === '>') return undefined;
  let name = '';
  for (;; at++) {
    const char = head.charAt(at);
    if (at >= head.length) return undefined;
    if (char === '=' && name.length > 0) break;
    if (isSpace(char)) {
      while (isSpace(head.charAt(at))) at++;
      if (head.charAt(at) !== '=') return at < head.length ? [name, '', at] : undefined;
      break;
    }
    if (char === '/' || char === '>') return [name, '', at];
    name += char;
  }
  at++; // past `=`
  while (isSpace(head.charAt(at))) at++;
  const quote = head.charAt(at);
  if (quote === '"' || quote === "'") {
    const close = head.indexOf(quote, at + 1);
    return close < 0 ? undefined : [name, head.slice(at + 1, close), close + 1];
  }
  if (quote === '>') return [name, '', at];
  let end = at;
  while (end < head.length && !isSpace(head.charAt(end)) && head.charAt(end) !== '>') end++;
  return end < head.length ? [name, head.slice(at, end), end] : undefined;
}

/**
 * The charset a `content` value names (`text/html; charset=windows-1251`), by the spec's "extracting a character
 * encoding from a meta element".
 */
function charsetFromContent(content: string): string | undefined {
  let from = 0;
  for (;;) {
    const found = content.indexOf('charset', from);
    if (found < 0) return undefined;
    let at = found + 7;
    while (isSpace(content.charAt(at))) at++;
    if (content.charAt(at) !== '=') {
      from = at;
      continue;
    }
    at++;
    while (isSpace(content.charAt(at))) at++;
    const first = content.charAt(at);
    if (first === '"' || first === "'") {
      const close = content.indexOf(first, at + 1);
      return close < 0 ? undefined : content.slice(at + 1, close);
    }
    let stop = at;
    while (stop < content.length && !isSpace(content.charAt(stop)) && content.charAt(stop) !== ';') stop++;
    return stop === at ? undefined : content.slice(at, stop);
  }
}

/** The charset label one `<meta>` declares (its attributes start at `start`), and where its attributes end. */
function metaDeclaration(head: string, start: number, known: (label: string) => boolean): [label: string | undefined, next: number] {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let charset: string | false | undefined; // false: a declaration the platform cannot decode
  let at = start;
  for (let attribute = readAttribute(head, at); attribute !== undefined; attribute = readAttribute(head, at)) {
    const [name, value, next] = attribute;
    at = next;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv') gotPragma ||= value === 'content-type';
    else if (name === 'content' && charset === undefined) {
      const named = charsetFromContent(value);
      if (named !== undefined && known(named)) {
        charset = named;
        needPragma = true;
      }
    } else if (name === 'charset') {
      charset = known(value) ? value : false;
      needPragma = false;
    }
  }
  const declared = needPragma === false || (needPragma === true && gotPragma);
  return [declared && typeof charset === 'string' ? charset : undefined, at];
}

/**
 * The charset label the first 1,024 bytes of an HTML document declare in a `<meta>`, or `undefined`.
 *
 * @param bytes - the document's bytes
 * @param known - whether a label names an encoding the platform can decode (declarations it cannot are passed over)
 * @returns the label, lower-cased (`windows-1251`, `shift_jis`)
 */
export function prescanCharset(bytes: Uint8Array, known: (label: string) => boolean): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  let at = 0;
  while (at < head.length) {
    const next = head.charAt(at + 1);
    if (head.charAt(at) !== '<') {
      at++;
    } else if (head.startsWith('<!--', at)) {
      // The `>` of the first `-->` after `<!` (`<!-->` closes itself).
      const close = head.indexOf('-->', at + 2);
      if (close < 0) return undefined;
      at = close + 3;
    } else if (head.startsWith('<meta', at) && (isSpace(head.charAt(at + 5)) || head.charAt(at + 5) === '/')) {
      const [label, end] = metaDeclaration(head, at + 6, known);
      if (label !== undefined) return label;
      at = end + 1;
    } else if (isLetter(next) || (next === '/' && isLetter(head.charAt(at + 2)))) {
      at += 2;
      while (at < head.length && !isSpace(head.charAt(at)) && head.charAt(at) !== '>') at++;
      for (let attribute = readAttribute(head, at); attribute !== undefined; attribute = readAttribute(head, at)) at = attribute[2];
      at++;
    } else if (next === '!' || next === '/' || next === '?') {
      at = head.indexOf('>', at + 1);
      if (at < 0) return undefined;
      at++;
    } else {
      at++;
    }
  }
  return undefined;
}
