/**
 * Windows-1252's characters for bytes 0x80–0x9F, by the WHATWG index (the five bytes it leaves undefined stand for
 * the C1 control of the same number). Bytes 0xA0–0xFF are Latin-1's.
 * @module
 */

/** The characters for bytes 0x80–0x9F, in byte order. */
export const WINDOWS_1252_HIGH: string =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const C1 = /[\u0080-\u009F]/gu;

/**
 * Puts Windows-1252's characters where a decoder left C1 controls for bytes 0x80–0x9F. Node's `TextDecoder` decodes
 * `windows-1252` (and `latin1`, `ascii`) as ISO-8859-1 since 20.18.3 and 22.13.0 (nodejs/node#60888), which would
 * turn a page's `’` and `“ ”` into invisible controls; browsers decode them right, and this changes nothing there.
 *
 * @param text - text decoded as Windows-1252
 * @returns the text with Windows-1252's characters for those bytes
 */
export function fixWindows1252(text: string): string {
  return text.replace(C1, (control) => WINDOWS_1252_HIGH.charAt(control.charCodeAt(0) - 0x80));
}
