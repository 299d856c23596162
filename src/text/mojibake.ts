import { WINDOWS_1252_HIGH } from '../encoding/windows-1252';
import { LETTER, MARK, NUMBER, UPPER, classAt } from './scan';

/**
 * Mojibake repair: UTF-8 text that was decoded with a single-byte code page and saved again (`â€™` for `’`).
 * Windows-1252 and Latin-1, by far the most common case, are repaired sequence by sequence; the other common code
 * pages ({@link OTHER_CODE_PAGES}) a line at a time, and only where the reading is unambiguous.
 * @module
 */

/**
 * The bytes 0x80–0x9F Windows-1252 gives characters of its own: when UTF-8 bytes were read as Windows-1252, these
 * stand where a continuation byte was.
 */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  [...WINDOWS_1252_HIGH].map((char, offset): [string, number] => [char, 0x80 + offset]).filter(([char]) => char.charCodeAt(0) > 0xff),
);

/**
 * The other single-byte code pages whose reading of UTF-8 is common mojibake: Central European (`Ă©` for `é`),
 * Cyrillic (`вЂ™` for `’`), Greek, Turkish, Baltic and Thai (`โ€™` or `โ€\u0099` for `’`). Their tables come from the
 * platform's `TextDecoder` on first use; a platform without one of them skips it.
 */
const OTHER_CODE_PAGES = ['windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257', 'windows-874'];

/** The byte a character stood for when UTF-8 was decoded as Windows-1252 or Latin-1, or -1. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH.get(char) ?? -1;
}

/** How many continuation bytes a UTF-8 lead byte announces (0 when it is no lead byte of a multi-byte sequence). */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const isContinuation = (byte: number): boolean => byte >= 0x80 && byte <= 0xbf;

let utf8: TextDecoder | undefined;
/** The UTF-8 text the bytes spell, or `undefined` when they are not UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
  utf8 ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether the character at an index is a letter, mark or digit: after a lead byte's letter it can be real text. */
const isWordCharacter = (text: string, index: number): boolean => (classAt(text, index) & (LETTER | MARK | NUMBER)) !== 0;

/** A character that stands for a UTF-8 lead byte (`Ã`, `â`): where Windows-1252 mojibake can start. */
const LEAD_BYTE = /[\u00C2-\u00F4]/gu;

/** What follows a word in real text and can stand for a continuation byte: no-break space, closing marks, dashes. */
const AFTER_WORD = /[\u00A0\u00AB\u00BB\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/u;

/**
 * Whether a candidate sequence may as well be real text: a letter followed by a no-break space, a closing mark or a
 * dash where it ends a word — a lower-case letter (French `café\u00A0»`), `ß` (`Straße“`), a capital ending a
 * capital word (`CAFÉ’S`) — or a capital whose UTF-8 reading lies beyond the Latin scripts (lead byte 0xCA and up:
 * Greek, Cyrillic, Arabic…) followed by a letter (`Úžasný`).
 */
function mayBeRealText(text: string, index: number, count: number): boolean {
  const lead = text.charCodeAt(index);
  const second = text.charAt(index + 1);
  if (AFTER_WORD.test(second)) return count > 1 || lead >= 0xca || (index > 0 && (classAt(text, index - 1) & UPPER) !== 0);
  return count === 1 && lead >= 0xca && isWordCharacter(text, index + 1);
}

/** A run of characters that spells one UTF-8 character read back as Windows-1252: start, end, decoded, doubtful. */
type Candidate = readonly [index: number, end: number, decoded: string, doubtful: boolean];

/** Every candidate sequence of Windows-1252 / Latin-1 mojibake, in text order, none overlapping. */
function* candidates(text: string): Generator<Candidate> {
  let end = 0;
  for (const { index } of text.matchAll(LEAD_BYTE)) {
    if (index < end) continue; // inside a sequence already taken
    const count = continuationCount(text.charCodeAt(index));
    if (index + count >= text.length) continue;
    const bytes = [text.charCodeAt(index)];
    for (let k = 1; k <= count; k++) {
      const byte = byteOf(text.charAt(index + k));
      if (!isContinuation(byte)) break;
      bytes.push(byte);
    }
    if (bytes.length !== count + 1) continue;
    const decoded = utf8Text(new Uint8Array(bytes));
    if (decoded === undefined) continue;
    end = index + count + 1;
    yield [index, end, decoded, mayBeRealText(text, index, count)];
  }
}

/** Pieces of the repaired text joined into one string at a time: a text of many repairs holds no piece per repair. */
const JOINED_PIECES = 4096;

/**
 * Repairs Windows-1252 / Latin-1 mojibake sequence by sequence: only sequences that form valid UTF-8 change, and a
 * sequence that may as well be real text only when the text holds certain mojibake with the same lead byte (a
 * Cyrillic `Ðµ` beside `Ð°`; mojibake of one script shares its lead bytes).
 */
function repairWindows1252(text: string): string {
  // Two passes over the sequences, none kept: the first finds the lead bytes of certain mojibake.
  const certain = new Set<string>();
  for (const [index, , , doubtful] of candidates(text)) if (!doubtful) certain.add(text.charAt(index));
  let out = '';
  const pieces: string[] = [];
  let copied = 0;
  for (const [index, end, decoded, doubtful] of candidates(text)) {
    if (doubtful && !certain.has(text.charAt(index))) continue;
    pieces.push(text.slice(copied, index), decoded);
    copied = end;
    if (pieces.length > JOINED_PIECES) out += pieces.splice(0).join('');
  }
  return out + pieces.join('') + text.slice(copied);
}

/** Character → byte (0x80–0xFF) of each code page, built on first use (`undefined`: the platform lacks it). */
const codePageTables = new Map<string, ReadonlyMap<string, number> | undefined>();

/**
 * One code page's characters for bytes 0x80–0xFF, as the platform's `TextDecoder` reads them. A byte the code page
 * leaves undefined (the decoder gives the C1 control of the same number) may also stand as Windows-1252's character
 * for it, the way text shows when such bytes went through Windows-1252 on the way: Thai `โ€™` for `’` (bytes E2 80
 * 99, where Windows-874 has nothing for 0x99 and Windows-1252 has `™`) as well as `โ€\u0099`. A character the code
 * page itself has keeps its own byte.
 */
function codePageTable(label: string): ReadonlyMap<string, number> | undefined {
  if (codePageTables.has(label)) return codePageTables.get(label);
  let table: Map<string, number> | undefined;
  try {
    const chars = new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k));
    table = new Map();
    for (let k = 0; k < 128; k++) table.set(chars.charAt(k), 0x80 + k);
    for (const [char, byte] of CP1252_HIGH) {
      if (chars.charCodeAt(byte - 0x80) === byte && !table.has(char)) table.set(char, byte);
    }
    table.delete('\uFFFD');
  } catch {
    table = undefined; // the platform's TextDecoder lacks this code page
  }
  codePageTables.set(label, table);
  return table;
}

/**
 * The line a code page's mojibake spells, or `undefined` when the line is not that. Unambiguous means: every
 * character is ASCII or one of the code page's, the bytes they stand for are valid UTF-8 as a whole, and at least
 * one multi-byte sequence shows the telltale no real text has — a symbol right after the lead byte's letter
 * (`Ă©`, `โ€`, `Г©`; not a space, closing mark or dash, which follow words), or the lead of general punctuation
 * (`вЂ`, bytes E2 80). A genuine word such
 * as `Её` or `Úžasný` in its own code page never passes: letters follow letters, which UTF-8 does not allow.
 * The bytes are written into `bytes`, an array as long as the line.
 */
function repairLineAs(line: string, table: ReadonlyMap<string, number>, bytes: Uint8Array): string | undefined {
  let pending = 0;
  let telltale = false;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    const byte = code < 0x80 ? code : table.get(line.charAt(index));
    if (byte === undefined) return undefined;
    if (isContinuation(byte)) {
      if (pending === 0) return undefined;
      const lead = bytes[index - 1] ?? 0;
      const char = line.charAt(index);
      if (!isContinuation(lead) && ((!isWordCharacter(line, index) && !AFTER_WORD.test(char)) || (lead === 0xe2 && byte === 0x80))) telltale = true;
      pending -= 1;
    } else {
      if (pending > 0) return undefined;
      pending = continuationCount(byte);
      if (byte >= 0x80 && pending === 0) return undefined;
    }
    bytes[index] = byte;
  }
  return telltale && pending === 0 ? utf8Text(bytes) : undefined;
}

/** A character beyond Latin-1: only a line holding one can be another code page's mojibake. */
// eslint-disable-next-line no-control-regex -- the class is all of Latin-1, controls included
const BEYOND_LATIN_1 = /[^\u0000-\u00FF]/u;

/** Repairs, line by line, the mojibake of the other code pages: a line changes when exactly one reading fits it. */
function repairOtherCodePages(text: string): string {
  if (!BEYOND_LATIN_1.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!BEYOND_LATIN_1.test(line)) return line;
      const readings = new Set<string>();
      // The bytes each reading spells, a byte a character: a long line costs a byte a character, not a number.
      const bytes = new Uint8Array(line.length);
      for (const label of OTHER_CODE_PAGES) {
        const table = codePageTable(label);
        const reading = table === undefined ? undefined : repairLineAs(line, table, bytes);
        if (reading !== undefined) readings.add(reading);
      }
      const [only] = readings;
      return readings.size === 1 && only !== undefined ? only : line;
    })
    .join('\n');
}

/**
 * Repairs mojibake: UTF-8 text that was decoded with a single-byte code page. Windows-1252 and Latin-1
 * (`â€™` → `’`, `Ã©` → `é`) are repaired wherever a sequence forms valid UTF-8; Windows-1250, -1251, -1253,
 * -1254, -1257 and -874 (`Ă©` → `é`, `вЂ™` → `’`, `โ€™` → `’`) a line at a time, where the whole line reads
 * unambiguously as that mojibake. Correct text passes through unchanged. Linear time.
 *
 * @param text - text that may hold mojibake
 * @returns the repaired text
 * @example
 * ```ts
 * repairMojibake('Lavrovâ€™s cafÃ©'); //=> 'Lavrov’s café'
 * repairMojibake('CafĂ© Ăˇ la carte'); //=> 'Café á la carte'
 * ```
 */
export function repairMojibake(text: string): string {
  return repairWindows1252(repairOtherCodePages(text));
}
