import { Parser } from 'htmlparser2';

/**
 * The `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` a page declares within its first
 * 1,024 bytes (the WHATWG "prescan"), read with htmlparser2's tokenizer — already in the bundle for HTML — over the
 * bytes as a Latin-1 string: comments and other tags' attributes are skipped as browsers skip them, the first
 * usable declaration wins, and a repeated attribute counts once.
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

/** The label one `<meta>`'s attributes declare, when the declaration is complete (`content` needs `http-equiv`). */
function declaredBy(attributes: Readonly<Record<string, string>>, known: (label: string) => boolean): string | false | undefined {
  const charset = attributes['charset'];
  if (charset !== undefined) return known(charset) && charset;
  const named = charsetFromContent(attributes['content'] ?? '');
  return attributes['http-equiv'] === 'content-type' && named !== undefined && known(named) ? named : undefined;
}

/**
 * The charset label the first 1,024 bytes of an HTML document declare in a `<meta>`, or `undefined`.
 *
 * @param bytes - the document's bytes
 * @param known - whether a label names an encoding the platform can decode (declarations it cannot are passed over)
 * @returns the label, lower-cased (`windows-1251`, `shift_jis`)
 */
export function prescanCharset(bytes: Uint8Array, known: (label: string) => boolean): string | undefined {
  let label: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const declared = name === 'meta' && label === undefined ? declaredBy(attributes, known) : undefined;
        if (typeof declared === 'string') label = declared;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase());
  return label;
}
