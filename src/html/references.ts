import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

/**
 * Decoding HTML character references with the `entities` decoder that htmlparser2's tokenizer already carries, so a
 * bundle holds one decoder: `entities`' own `decodeHTMLStrict` is a second, hand-inlined walk of the same table
 * (about 2 kB minified) that gives the same strings.
 * @module
 */

/** The decoded text of the string being read; the decoder's callback appends to it. */
let decoded = '';
/** The decoder, made on first use so that a bundle without HTML (the text entry) can drop it and its table. */
let decoder: EntityDecoder | undefined;

/**
 * Decodes every HTML5 character reference that ends with its semicolon (`&amp;`, `&#8217;`, `&eacute;`), as
 * `decodeHTMLStrict` of `entities` does; a reference without one (`&amp`, `&copy2024`) stays as written.
 *
 * @param text - text with character references
 * @returns the decoded text
 * @example
 * ```ts
 * decodeHtmlReferences('Fish &amp; chips &copy2024'); //=> 'Fish & chips &copy2024'
 * ```
 */
export function decodeHtmlReferences(text: string): string {
  let done = 0;
  let offset = text.indexOf('&');
  if (offset < 0) return text;
  decoder ??= new EntityDecoder(htmlDecodeTree, (codePoint) => {
    decoded += String.fromCodePoint(codePoint);
  });
  decoded = '';
  while (offset >= 0) {
    decoded += text.slice(done, offset);
    decoder.startEntity(DecodingMode.Strict);
    const length = decoder.write(text, offset + 1);
    if (length < 0) {
      // The text ends inside a reference: the decoder settles it.
      done = offset + decoder.end();
      break;
    }
    done = offset + length;
    offset = text.indexOf('&', length === 0 ? done + 1 : done);
  }
  const result = decoded + text.slice(done);
  decoded = '';
  return result;
}
