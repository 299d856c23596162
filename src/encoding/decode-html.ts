import { charsetFromContent, prescanCharset } from './prescan';
import { fixWindows1252 } from './windows-1252';

/**
 * Turning the bytes of a fetched page into text the way browsers do (the WHATWG encoding sniffing rules), with the
 * platform's `TextDecoder`: no encoding tables ship in the bundle.
 * @module
 */

/** Options for {@link decodeHtmlBytes} and {@link sniffHtmlEncoding}. */
export interface DecodeHtmlOptions {
  /** The HTTP `Content-Type` header the bytes came with (`text/html; charset=Shift_JIS`), when known. */
  readonly contentType?: string | null | undefined;
}

/** The WHATWG name of the encoding a label names, or `undefined` for a label the platform's `TextDecoder` lacks. */
function encodingNamed(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // An unknown label, one of the "replacement" labels (iso-2022-kr…), or x-user-defined (a trick for reading binary
    // data that browsers read as Windows-1252 in a <meta>): no TextDecoder accepts them.
    return undefined;
  }
}

const known = (label: string): boolean => encodingNamed(label) !== undefined;

/** The encoding a byte-order mark announces. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * Picks the encoding of an HTML document's bytes by the WHATWG rules: a byte-order mark first, then the charset of
 * the HTTP `Content-Type`, then a `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">` within
 * the first 1,024 bytes (where `utf-16` means UTF-8, as in browsers), else UTF-8. Labels the platform's `TextDecoder`
 * does not accept are passed over: unknown ones, the "replacement" labels (`iso-2022-kr`…) and `x-user-defined`.
 *
 * @param bytes - the document's bytes
 * @param options - the HTTP `Content-Type`, when known
 * @returns the encoding's WHATWG name, as `TextDecoder#encoding` gives it (`utf-8`, `windows-1251`, `shift_jis`)
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>…');
 * sniffHtmlEncoding(bytes); //=> 'windows-1251'
 * sniffHtmlEncoding(bytes, { contentType: 'text/html; charset=koi8-r' }); //=> 'koi8-r'
 * ```
 */
export function sniffHtmlEncoding(bytes: Uint8Array, options: DecodeHtmlOptions = {}): string {
  const transport = charsetFromContent((options.contentType ?? '').toLowerCase());
  const declared = bomEncoding(bytes) ?? (transport === undefined ? undefined : encodingNamed(transport));
  if (declared !== undefined) return declared;
  const label = prescanCharset(bytes, known);
  const fromMeta = label === undefined ? undefined : encodingNamed(label);
  return fromMeta === undefined || fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta;
}

/**
 * Decodes the bytes of an HTML document (or of plain text) into a string by the encoding browsers would pick
 * ({@link sniffHtmlEncoding}), with the platform's `TextDecoder`; a byte-order mark is dropped. For pages fetched as
 * bytes — `fetch` responses, files, WARC records — before `parseArticle`.
 *
 * @param bytes - the document's bytes (a `Uint8Array` or a Node `Buffer`)
 * @param options - the HTTP `Content-Type` the bytes came with, when known
 * @returns the document's text
 * @example
 * ```ts
 * const response = await fetch(url);
 * const html = decodeHtmlBytes(new Uint8Array(await response.arrayBuffer()), { contentType: response.headers.get('content-type') });
 * const article = parseArticle(html, { url });
 * ```
 */
export function decodeHtmlBytes(bytes: Uint8Array, options: DecodeHtmlOptions = {}): string {
  const encoding = sniffHtmlEncoding(bytes, options);
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}
