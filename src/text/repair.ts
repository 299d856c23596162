import { decodeHTMLStrict } from 'entities';
import { repairMojibake } from './mojibake';

/** Characters that carry no text: zero-width space, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;
/** Space characters other than the plain space and newline. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Control characters (C0 except tab/newline, DEL, C1). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Decodes leftover HTML entity references in scraped text: only complete references with their semicolon
 * (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute;`). Text that merely holds an ampersand stays as it is — a query string
 * `?id=1&region=us&copyright=no` or `&notes` is not read as `®ion`, `©right` or `¬es` (HTML's legacy rule
 * for references without a semicolon is for markup, not for text).
 *
 * @param text - text that may hold entity residue
 * @returns the decoded text
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * Repairs and normalises raw scraped text. Apart from mojibake and complete entity references, these are the only
 * changes it makes, so any other text comes out byte-identical:
 *
 * - line endings: `\r\n`, `\r`, U+2028, U+2029 and U+0085 become `\n`; line structure (blank lines too) is kept;
 * - invisible characters (soft hyphen, zero-width space, word joiner, byte-order mark) and control characters
 *   (C0 other than tab and newline, DEL, C1) are removed;
 * - tab, vertical tab, form feed and the Unicode spaces (no-break, en/em, thin, ideographic…) become a plain space;
 *   runs of spaces become one, and each line is trimmed;
 * - Unicode NFC.
 *
 * @param text - the raw input
 * @returns the normalised text
 */
export function normalizeText(text: string): string {
  let out = text.replace(/\r\n?/gu, '\n').replace(/[\u2028\u2029\u0085]/gu, '\n');
  out = repairMojibake(out);
  out = decodeEntities(out);
  out = out.replace(INVISIBLE, '').replace(CONTROLS, '').replace(ODD_SPACES, ' ');
  out = out.normalize('NFC');
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .join('\n');
}

/** Whitespace that is not already a single space: runs of two or more, and any other whitespace character. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/gu;

/**
 * Collapses all whitespace runs to one space and trims.
 * @param text - any text
 * @returns the text on one line
 */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}
