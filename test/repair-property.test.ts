import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../src/text/mojibake';
import { decodeHTMLStrict } from 'entities';
import { normalizeText as normalizeWith } from '../src/text/repair';

const normalizeText = (text: string): string => normalizeWith(text, decodeHTMLStrict);
import { propertyRuns, propertyTimeout } from './support/property-runs';

const LINE_BREAK = /\r\n|[\r\u2028\u2029\u0085]/gu;

/**
 * The whitespace and invisible-character rules `normalizeText` documents, written out independently: line endings
 * to `\n`, invisible and control characters removed, odd spaces to a space, NFC, space runs collapsed, lines trimmed.
 */
function documentedRules(text: string): string {
  const lines = text
    .replace(LINE_BREAK, '\n')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/gu, '')
    // eslint-disable-next-line no-control-regex -- control characters are what the rule removes
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu, '')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    .normalize('NFC')
    .split('\n');
  return lines.map((line) => line.replace(/ {2,}/gu, ' ').trim()).join('\n');
}

/** A complete character reference (`&amp;`, `&#8217;`, `&#x2019;`): the only thing entity decoding may change. */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iu;

/** Characters that stress the rules: ampersands and query strings, spaces of every kind, invisible and control
 * characters, line separators, accented and non-Latin letters, closing marks, symbols, a combining accent, emoji. */
const UNITS = [
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789&;#=?/.,:-_ ',
  ' ', '\n', '\r', '\t', '\u00A0', '\u2003', '\u3000', '\u202F',
  '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u0007', '\u007F', '\u0085', '\u2028',
  'é', 'à', 'ñ', 'ü', 'ß', 'ø', 'Ú', 'ž', 'ł', 'Ă', 'ı', 'Ğ', 'Ж', 'я', 'ё', 'Ω', 'ש', 'ع', 'ก', '日', '本', '한',
  '«', '»', '’', '“', '”', '…', '—', '€', '™', '©', '°', '\u0301', '😀',
];

/** Words of real text in many languages and scripts, to be joined by spaces, no-break spaces and punctuation. */
const WORDS = [
  'café', 'été', 'déjà', 'naïve', 'Último', 'Úžasný', 'stół', 'Győr', 'Ärger', 'São', 'ÇA', 'ÉTÉ', 'İstanbul',
  'Её', 'ТАСС', 'В', 'КАМАЗ®', 'Привет', 'Καλημέρα', 'Ώρα', 'שלום', 'مرحبا', 'สวัสดี', '東京', 'ソウル', '서울',
  'AT&T', 'R&D', '?id=1&region=us&copyright=no', '&notes', '&c', 'Ăn', 'Țară',
];
const SEPARATORS = [' ', '\u00A0', '\u00A0» ', ' «\u00A0', '’', '’ ', '” ', '“', '… ', ' — ', ', ', '.\n', '\n\n'];

describe('repairMojibake on whole texts', () => {
  it('repairs whole texts of Windows-1252 mojibake, one-letter words too', () => {
    const original = 'в Москве, о том и у нас — “日本” café';
    const mojibake = new TextDecoder('windows-1252').decode(new TextEncoder().encode(original));
    expect(mojibake).toContain('Ð² ');
    expect(repairMojibake(mojibake)).toBe(original);
  });

  // Each word on its own line, as mojibake of one code page. Left alone are the words whose reading is not
  // unambiguous: a byte the code page lacks, no telltale symbol (`мир!` is `РјРёСЂ!` in Windows-1251, letters only),
  // or another code page that reads the line differently (`CafĆ©` is also Windows-1250 for `CafƩ`).
  it.each([
    ['windows-1250', ['東京']],
    ['windows-1251', ['мир!', 'สวัสดี.', '東京']],
    ['windows-1253', ['สวัสดี.']],
    ['windows-1257', ['Café', 'déjà', 'สวัสดี.']],
    ['windows-874', ['Café', 'déjà', 'สวัสดี.']],
  ])('reads back a page of %s mojibake word by word, except %j', (codePage, left) => {
    const words = 'He said: “It’s done — at last.” Café déjà vu. Привет, мир! Καλημέρα. สวัสดี. 東京 2024.'.split(' ');
    const lines = words.map((word) => new TextDecoder(codePage).decode(new TextEncoder().encode(word)));
    const expected = words.map((word, index) => (left.includes(word) ? lines[index] : word));
    expect(repairMojibake(lines.join('\n')).split('\n')).toEqual(expected);
  });
});

describe('normalizeText on text without character references', () => {
  const runs = propertyRuns(2000);

  it('changes nothing but mojibake and the documented whitespace and invisible-character rules', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 80 }), (text) => {
        fc.pre(!REFERENCE.test(text));
        // Line endings are normalised before mojibake is repaired (U+0085 is also a Windows-1252 byte).
        expect(normalizeText(text)).toBe(documentedRules(repairMojibake(text.replace(LINE_BREAK, '\n'))));
      }),
      { numRuns: runs },
    );
  }, propertyTimeout(runs));

  it('passes real words of many languages through byte-identical apart from those rules', () => {
    const word = fc.constantFrom(...WORDS);
    const separator = fc.constantFrom(...SEPARATORS);
    const text = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 }).map((pairs) => pairs.flat().join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(normalizeText(sample)).toBe(documentedRules(sample));
      }),
      { numRuns: runs },
    );
  }, propertyTimeout(runs));

  it('keeps a query string and a lone ampersand word', () => {
    expect(normalizeText('…?id=1&region=us&copyright=no … &notes')).toBe('…?id=1&region=us&copyright=no … &notes');
  });
});
