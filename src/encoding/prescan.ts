/**
 * The `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` a page declares within its first
 * 1,024 bytes: the WHATWG "prescan a byte stream to determine its encoding" algorithm, step by step, over the bytes
 * as a lower-cased Latin-1 string. Comments, `<!…>`/`<?…>` and other tags' attributes are skipped as browsers skip
 * them, the first usable declaration wins, and a repeated attribute counts once. No HTML parser is needed, so
 * `scraped-article/encoding` stays small.
 * @module
 */

/** How far into a document browsers look for a declaration. */
export const PRESCAN_BYTES = 1024;

/**
 * The charset a `content` value names (`text/html; charset=windows-1251`), by the spec's "extracting a character
 * encoding from a meta element"; also the `charset` parameter of an HTTP `Content-Type`.
 *
 * @param content - the value, lower case
 * @returns the label, or `undefined`
 */
export function charsetFromContent(content: string): string | undefined {
  const match = CHARSET.exec(content);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/** `charset=` and its value, quoted or up to a space or `;` (the first `charset` followed by one). */
const CHARSET = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/u;

/** The prescan's whitespace: tab, line feed, form feed, carriage return, space. */
const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';

/** A tag name's first character. */
const isAsciiLetter = (char: string): boolean => char >= 'a' && char <= 'z';

/** One attribute and where the scan goes on; `undefined` at the tag's end or when the bytes run out. */
interface Attribute {
  readonly name: string;
  readonly value: string;
  readonly end: number;
}

/** The spec's "get an attribute" from `at`; `ended` when the bytes run out (the prescan then gives up). */
function attributeAt(text: string, at: number): Attribute | 'tag-end' | 'ended' {
  let index = at;
  while (isSpace(text.charAt(index)) || text.charAt(index) === '/') index += 1;
  if (index >= text.length) return 'ended';
  if (text.charAt(index) === '>') return 'tag-end';
  let name = '';
  for (;; index++) {
    if (index >= text.length) return 'ended';
    const char = text.charAt(index);
    if (char === '=' && name !== '') break;
    if (isSpace(char)) {
      while (isSpace(text.charAt(index))) index += 1;
      if (index >= text.length) return 'ended';
      if (text.charAt(index) !== '=') return { name, value: '', end: index };
      break;
    }
    if (char === '/' || char === '>') return { name, value: '', end: index };
    name += char;
  }
  index += 1; // past `=`
  while (isSpace(text.charAt(index))) index += 1;
  if (index >= text.length) return 'ended';
  const quote = text.charAt(index);
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, index + 1);
    return close === -1 ? 'ended' : { name, value: text.slice(index + 1, close), end: close + 1 };
  }
  if (quote === '>') return { name, value: '', end: index };
  const start = index;
  while (index < text.length && !isSpace(text.charAt(index)) && text.charAt(index) !== '>') index += 1;
  return index >= text.length ? 'ended' : { name, value: text.slice(start, index), end: index };
}

/** What one `<meta>` declares: its label (or `undefined`), and where the scan goes on (-1: the bytes ran out). */
function metaAt(text: string, at: number, known: (label: string) => boolean): { readonly label: string | undefined; readonly end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let charset: string | false | undefined;
  let index = at;
  for (;;) {
    const attribute = attributeAt(text, index);
    if (attribute === 'ended') return { label: undefined, end: -1 };
    if (attribute === 'tag-end') break;
    index = attribute.end;
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    if (attribute.name === 'http-equiv') gotPragma ||= attribute.value === 'content-type';
    else if (attribute.name === 'content' && charset === undefined) {
      const named = charsetFromContent(attribute.value);
      if (named !== undefined) [charset, needPragma] = [known(named) && named, true];
    } else if (attribute.name === 'charset') [charset, needPragma] = [known(attribute.value) && attribute.value, false];
  }
  const declared = needPragma !== undefined && (gotPragma || !needPragma);
  return { label: declared && typeof charset === 'string' ? charset : undefined, end: index };
}

/** Where a run of characters other than the tag's end (whitespace or `>`) ends. */
function tagNameEnd(text: string, at: number): number {
  let index = at;
  while (index < text.length && !isSpace(text.charAt(index)) && text.charAt(index) !== '>') index += 1;
  return index;
}

/** Where another tag's attributes end (the scan skips them, so `title="<meta …>"` declares nothing); -1: ran out. */
function skipAttributes(text: string, at: number): number {
  let index = at;
  for (;;) {
    const attribute = attributeAt(text, index);
    if (attribute === 'ended') return -1;
    if (attribute === 'tag-end') return index;
    index = attribute.end;
  }
}

/**
 * The charset label the first 1,024 bytes of an HTML document declare in a `<meta>`, or `undefined`.
 *
 * @param bytes - the document's bytes
 * @param known - whether a label names an encoding the platform can decode (declarations it cannot are passed over)
 * @returns the label, lower-cased (`windows-1251`, `shift_jis`)
 */
export function prescanCharset(bytes: Uint8Array, known: (label: string) => boolean): string | undefined {
  const text = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  let index = text.indexOf('<');
  while (index !== -1 && index < text.length) {
    let end = index + 1;
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 2);
      if (close === -1) return undefined;
      end = close + 3;
    } else if (text.startsWith('<meta', index) && (isSpace(text.charAt(index + 5)) || text.charAt(index + 5) === '/')) {
      const meta = metaAt(text, index + 5, known);
      if (meta.label !== undefined) return meta.label;
      end = meta.end;
    } else if (isAsciiLetter(text.charAt(index + 1)) || (text.charAt(index + 1) === '/' && isAsciiLetter(text.charAt(index + 2)))) {
      end = skipAttributes(text, tagNameEnd(text, index + 1));
    } else if ('!/?'.includes(text.charAt(index + 1)) && index + 1 < text.length) {
      const close = text.indexOf('>', index + 2);
      if (close === -1) return undefined;
      end = close + 1;
    }
    if (end === -1) return undefined;
    index = text.indexOf('<', end);
  }
  return undefined;
}
