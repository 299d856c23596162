
/**
 * Windows-1252 characters for bytes 0x80–0x9F: when UTF-8 bytes were read as Windows-1252, these stand where a
 * continuation byte was.
 */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017D': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b, '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};

/** The byte a character stood for when UTF-8 was decoded as Windows-1252 or Latin-1, or -1. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[char] ?? -1;
}

/** How many continuation bytes a UTF-8 lead byte announces (0 when it is no lead byte of a multi-byte sequence). */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A character that stands for a UTF-8 lead byte (`Ã`, `â`): where mojibake can start. */
const LEAD_BYTE = /[\u00C2-\u00F4]/gu;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 (`â€™` → `’`, `Ã©` → `é`).
 * Only sequences that form valid UTF-8 are changed, so correct text passes through unchanged. Linear time.
 *
 * @param text - text that may hold mojibake
 * @returns the repaired text
 */
export function repairMojibake(text: string): string {
  let out = '';
  let copied = 0;
  for (const { index } of text.matchAll(LEAD_BYTE)) {
    if (index < copied) continue; // inside a sequence already repaired
    const count = continuationCount(text.charCodeAt(index));
    if (index + count >= text.length) continue;
    const bytes = [text.charCodeAt(index)];
    for (let k = 1; k <= count; k++) {
      const byte = byteOf(text.charAt(index + k));
      if (byte < 0x80 || byte > 0xbf) break;
      bytes.push(byte);
    }
    if (bytes.length !== count + 1) continue;
    try {
      const decoded = utf8.decode(new Uint8Array(bytes));
      out += text.slice(copied, index) + decoded;
      copied = index + count + 1;
    } catch {
      // not UTF-8: keep the characters as they are
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Characters that carry no text: zero-width space, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;
/** Space characters other than the plain space and newline. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Control characters (C0 except tab/newline, DEL, C1). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
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
  return text.replace(ENTITY, (reference) => decode(reference));
}

/**
 * Repairs and normalises raw scraped text: line endings, mojibake, entity residue, invisible and control
 * characters, odd spaces, Unicode NFC. Line structure (blank lines included) is kept.
 *
 * @param text - the raw input
 * @param decode - the reference decoder
 * @returns the normalised text
 */
export function normalizeText(text: string, decode: ReferenceDecoder): string {
  let out = text.replace(/\r\n?/gu, '\n').replace(/[\u2028\u2029\u0085]/gu, '\n');
  out = repairMojibake(out);
  out = decodeEntities(out, decode);
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
