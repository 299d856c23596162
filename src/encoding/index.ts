/**
 * scraped-article/encoding: the bytes of a fetched page to text, as browsers decode them — byte-order mark, HTTP
 * `Content-Type` charset, `<meta>` prescan of the first 1,024 bytes (the WHATWG rules), then the platform's
 * `TextDecoder`. No HTML parser and no encoding tables ship with it (about 1.5 kB min+gzip). Use it before
 * `parseArticle` when you have bytes instead of a string: `fetch` responses, files, WARC records.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article';
 * import { decodeHtmlBytes } from 'scraped-article/encoding';
 *
 * const response = await fetch(url);
 * const bytes = new Uint8Array(await response.arrayBuffer());
 * const html = decodeHtmlBytes(bytes, { contentType: response.headers.get('content-type') });
 * const article = parseArticle(html, { url: response.url });
 * ```
 * @packageDocumentation
 */

export { decodeHtmlBytes, sniffHtmlEncoding } from './decode-html';
export type { DecodeHtmlOptions } from './decode-html';
