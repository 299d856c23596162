import { repairMojibake } from './mojibake';
import { replaceInPieces } from './pieces';
import { trimLeading, trimTrailing } from './trim';

/** Characters that carry no text: zero-width space, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;
/** Space characters other than the plain space and newline. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** A surrogate code unit that is not half of a pair (with the `u` flag, only lone ones match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
/** A control character or a lone surrogate: the cheap test before any scan. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_LONE_SURROGATE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

/**
 * Removes control characters (C0 but whitespace, DEL, C1) and replaces lone surrogates with U+FFFD, so that no
 * output string carries them. Strings without any come back as they are, after one scan.
 *
 * @param text - text from markup, attributes or JSON
 * @returns the text without control characters or lone surrogates
 */
export function removeControls(text: string): string {
  if (!CONTROL_OR_LONE_SURROGATE.test(text)) return text;
  // One scan, each stretch between control characters copied as it is (cheaper than a replace on a short text);
  // lone surrogates are replaced after (a control between a high and a low surrogate leaves a pair), when the test
  // finds one in what is left.
  let out = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x09 || (code > 0x0d && code < 0x20) || (code > 0x7e && code < 0xa0)) {
      out += text.slice(start, index);
      start = index + 1;
    }
  }
  out += text.slice(start);
  return CONTROL_OR_LONE_SURROGATE.test(out) ? out.replace(LONE_SURROGATE, '\uFFFD') : out;
}

/** HTML entity residue: named, decimal or hex. */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});?/giu;

/**
 * Decodes one complete character reference (`&amp;`, `&#8217;`) and returns anything else unchanged. The entry point
 * chooses it: the full entry decodes every HTML5 name with `entities` (which its HTML parser ships anyway), the text
 * entry the HTML 4 names from its own table (`./entity-names`).
 */
export type ReferenceDecoder = (reference: string) => string;

/**
 * Decodes leftover HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) in scraped text.
 * @param text - text that may hold entity residue
 * @param decode - the reference decoder
 * @returns the decoded text
 */
export function decodeEntities(text: string, decode: ReferenceDecoder): string {
  if (!text.includes('&')) return text;
  return removeControls(replaceInPieces(text, ENTITY, (reference) => decode(reference), '&'));
}

/**
 * Repairs and normalises raw scraped text. Apart from mojibake and complete character references, these are the
 * only changes it makes, so any other text comes out byte-identical:
 *
 * - line endings: `\r\n`, `\r`, U+2028, U+2029 and U+0085 become `\n`; line structure (blank lines too) is kept;
 * - invisible characters (soft hyphen, zero-width space, word joiner, byte-order mark) and control characters
 *   (C0 other than tab and newline, DEL, C1) are removed;
 * - tab, vertical tab, form feed and the Unicode spaces (no-break, en/em, thin, ideographic…) become a plain space;
 *   runs of spaces become one, and each line is trimmed;
 * - Unicode NFC.
 *
 * @param text - the raw input
 * @param decode - the reference decoder
 * @returns the normalised text
 */
export function normalizeText(text: string, decode: ReferenceDecoder): string {
  // A replace in pieces (a CR always starts a piece, so no CRLF is cut): one global replace slows per match on many
  // matches, and one `split` of a whole text of short lines holds every line at once (5 MB of CR-only lines: a
  // quarter of a million slices, each run's collections longer per MB than at 1 MB).
  let out = replaceInPieces(text, /\r\n?/gu, () => '\n', '\r').replace(/[\u2028\u2029\u0085]/gu, '\n');
  out = repairMojibake(out);
  out = decodeEntities(out, decode);
  out = removeControls(out.replace(INVISIBLE, '')).replace(ODD_SPACES, ' ');
  out = out.normalize('NFC');
  // Each line trimmed and its runs of spaces collapsed, unless one scan finds nothing that would change (every
  // whole-input copy of a multi-megabyte text costs a large object and its collection). Spaces at the text's own
  // start and end (a last line cut after a space) are taken off first, by slicing, and need no whole pass.
  out = trimTrailing(trimLeading(out, ' '), ' ');
  return UNTRIMMED.test(out) ? out.split('\n').map((line) => line.replace(/ {2,}/gu, ' ').trim()).join('\n') : out;
}

/**
 * What the per-line trim of {@link normalizeText} changes in a text that neither starts nor ends with a space: two
 * spaces, a space beside a line break, or a character that `trim` removes and no earlier pass turned into a space
 * or a newline (a CR, U+2028 or U+2029 decoded from a character reference). The only other whitespace its earlier
 * passes leave is the space and the newline. Without the `u` flag, for a faster scan.
 */
export const UNTRIMMED: RegExp = / {2}| \n|\n |[\r\u2028\u2029]/;

/** Whitespace that is not already a single space: runs of two or more, and any other whitespace character. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/gu;

/**
 * Where {@link collapseWhitespace} may change a text not ended by a space: a space at its start, two spaces, any
 * whitespace but the space, a control character, or any surrogate. Without the `u` flag (its scan is several times
 * faster on a paragraph), so a well-paired surrogate (an emoji) also sends the text the long way, which keeps it. A
 * `$` alternative slowed the scan by a third; the last character is read on its own.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what is changed
const MAY_CHANGE = /^ | {2}|[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\u2028\u2029\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/**
 * Collapses all whitespace runs to one space and trims; control characters go and lone surrogates become U+FFFD
 * (the HTML parser decodes `&#1;` into one).
 * @param text - any text
 * @returns the text on one line
 */
export function collapseWhitespace(text: string): string {
  // Most texts come already collapsed (a block's text is collapsed again downstream): one scan finds them, and they
  // come back as they are, with no replace and no trim.
  if (text.charCodeAt(text.length - 1) !== 0x20 && !MAY_CHANGE.test(text)) return text;
  return removeControls(text).replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}
