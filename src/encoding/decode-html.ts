import { charsetFromContent, prescanCharset } from './prescan';
import { fixWindows1252 } from './windows-1252';

/**
 * Turning the bytes of a fetched page into text the way browsers do (the WHATWG encoding sniffing rules), with the
 * platform's `TextDecoder`: no encoding tables ship in the bundle.
 * @module
 */

/** Where the encoding of a document came from. */
export type EncodingSource = 'bom' | 'content-type' | 'meta' | 'default';

/** The encoding chosen for a document's bytes. */
export interface SniffedEncoding {
  /** The encoding's WHATWG name, as `TextDecoder#encoding` gives it (`utf-8`, `windows-1251`, `shift_jis`). */
  readonly encoding: string;
  /** What decided it: a byte-order mark, the HTTP `Content-Type` charset, a `<meta>` declaration, or the default. */
  readonly source: EncodingSource;
}

/** Options for {@link decodeHtmlBytes} and {@link sniffHtmlEncoding}. */
export interface DecodeHtmlOptions {
  /** The HTTP `Content-Type` header the bytes came with (`text/html; charset=Shift_JIS`), when known. */
  readonly contentType?: string | null | undefined;
}

/** The WHATWG name of the encoding a label names, or `undefined` for a label the platform's `TextDecoder` lacks. */
function encodingNamed(label: string): string | undefined {
  // x-user-defined (a legacy trick for reading binary data) is read as Windows-1252, as browsers read it in <meta>.
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined; // an unknown label, or one of the "replacement" labels (iso-2022-kr…) no decoder accepts
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
 * The encoding of undeclared bytes: UTF-8, unless no byte sequence in them is UTF-8 beyond ASCII while some bytes
 * are not — then Windows-1252, the usual default of undeclared legacy pages. A UTF-8 file with a few broken bytes
 * stays UTF-8.
 */
function undeclaredEncoding(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return !text.includes('\uFFFD') || BEYOND_ASCII.test(text) ? 'utf-8' : 'windows-1252';
}

/** A character beyond ASCII other than the replacement character. */
const BEYOND_ASCII = /[\u0080-\uFFFC\uFFFE-\u{10FFFF}]/u;

/**
 * Picks the encoding of an HTML document's bytes by the WHATWG rules: a byte-order mark first, then the charset of
 * the HTTP `Content-Type`, then a `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">` within
 * the first 1,024 bytes (where `utf-16` means UTF-8 and `x-user-defined` Windows-1252, as in browsers), else UTF-8 —
 * or Windows-1252 when no byte sequence is UTF-8 beyond ASCII but some bytes are not ASCII (the usual default of
 * undeclared legacy pages). Labels the platform's `TextDecoder` does not know are passed over.
 *
 * @param bytes - the document's bytes
 * @param options - the HTTP `Content-Type`, when known
 * @returns the encoding and what decided it
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>…');
 * sniffHtmlEncoding(bytes); //=> { encoding: 'windows-1251', source: 'meta' }
 * sniffHtmlEncoding(bytes, { contentType: 'text/html; charset=koi8-r' }); //=> { encoding: 'koi8-r', source: 'content-type' }
 * ```
 */
export function sniffHtmlEncoding(bytes: Uint8Array, options: DecodeHtmlOptions = {}): SniffedEncoding {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return { encoding: bom, source: 'bom' };
  const transport = charsetFromContent((options.contentType ?? '').toLowerCase());
  const fromHeader = transport === undefined ? undefined : encodingNamed(transport);
  if (fromHeader !== undefined) return { encoding: fromHeader, source: 'content-type' };
  const declared = prescanCharset(bytes, known);
  const fromMeta = declared === undefined ? undefined : encodingNamed(declared);
  if (fromMeta !== undefined) return { encoding: fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta, source: 'meta' };
  return { encoding: undeclaredEncoding(bytes), source: 'default' };
}

/**
 * Decodes the bytes of an HTML document (or of plain text) into a string by the encoding browsers would pick
 * ({@link sniffHtmlEncoding}), with the platform's `TextDecoder`; a byte-order mark is dropped. For pages fetched as
 * bytes — `fetch` responses, files, WARC records — before `parseArticle`.
 *
 * @param bytes - the document's bytes (a `Uint8Array`, a Node `Buffer`, or an `ArrayBuffer`)
 * @param options - the HTTP `Content-Type` the bytes came with, when known
 * @returns the document's text
 * @example
 * ```ts
 * const response = await fetch(url);
 * const html = decodeHtmlBytes(await response.arrayBuffer(), { contentType: response.headers.get('content-type') });
 * const article = parseArticle(html, { url });
 * ```
 */
export function decodeHtmlBytes(bytes: Uint8Array | ArrayBuffer, options: DecodeHtmlOptions = {}): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { encoding } = sniffHtmlEncoding(view, options);
  const text = new TextDecoder(encoding).decode(view);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}
