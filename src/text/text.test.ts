import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { countWords, endsLikeSentence, isProse } from './prose';
import { decodeHTMLStrict } from 'entities';
import { decodeReference } from './entity-names';
import { repairMojibake } from './mojibake';
import { collapseWhitespace, decodeEntities, UNTRIMMED, normalizeText, removeControls } from './repair';
import { trimLeading, trimTrailing } from './trim';
import { CJK, LETTER, LOWER, classOf, wordRunEnd } from './scan';
import { lazyLowerCaseWords, lowerCaseWords } from './vocabulary';

describe('repair', () => {
  it.each([
    ['windows-1250', 'CafĂ© Ă\u00A0 la carte, GyĹ‘r', 'Café à la carte, Győr'],
    ['windows-1250', 'CafĂ©', 'Café'],
    ['windows-1251', 'РџСЂРёРІРµС‚, вЂ™РјРёСЂвЂ™ вЂ” В«РґР°В»', 'Привет, ’мир’ — «да»'],
    ['windows-1251', 'CafГ©', 'Café'],
    ['windows-874', 'Itโ€\u0099s โ€\u009cokโ€\u009d', 'It’s “ok”'],
    // Bytes Windows-874 lacks, shown as Windows-1252's characters (0x99 `™`, 0x9C `œ`); 0x9D is in neither.
    ['windows-874', 'Itโ€™s โ€œokโ€\u009d', 'It’s “ok”'],
    ['windows-874', 'เธฃเธฒเธ„เธฒ โ€™เธ–เธนเธ\u0081โ€™', 'ราคา ’ถูก’'],
    ['windows-1253', 'Ξ\u009aΞ±Ξ»Ξ·ΞΌΞ­Ο\u0081Ξ± ΞΊΟ\u008cΟƒΞΌΞµ', 'Καλημέρα κόσμε'],
    ['windows-1254', 'Ğ¤ Ä°stanbulâ€™da', 'Ф İstanbul’da'],
    ['windows-1257', 'LietuvÄ… ā€“ RÄ«ga', 'Lietuvą – Rīga'],
  ])('repairs %s mojibake: repairMojibake(%j) = %j', (_codePage, input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it('repairs another code page line by line, where the line reads as nothing else', () => {
    expect(repairMojibake('Ă© first\nplain line\nВ«РґР°В»')).toBe('é first\nplain line\n«да»');
    // A line that also holds a character its code page lacks is left alone.
    expect(repairMojibake('CafĂ© 東京')).toBe('CafĂ© 東京');
  });

  it.each([
    'Её', // Russian: Е then ё reads as valid UTF-8 in Windows-1251, but letters only: no telltale
    'агентство «ТАСС» сообщило',
    'В«Газпром»',
    'КАМАЗ® и ГАЗ',
    'Úžasný výsledek',
    'le café\u00A0», dit-il',
    'die Straße“ und „Fuß“',
    'CAFÉ’S MENU',
    '«\u00A0à\u00A0» et «\u00A0été\u00A0»',
    'stół i krzesło',
    'Καλημέρα κόσμε',
    'สวัสดีครับ',
    'สินค้า™ ราคาถูก', // real Thai beside a real ™
    'Windows™ ราคา',
    'Lietuvą – Rīga',
  ])('leaves real text in those scripts alone: %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it.each([
    ['Lavrovâ€™s trip', 'Lavrov’s trip'],
    ['cafÃ© crÃ¨me', 'café crème'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['naïve café déjà vu', 'naïve café déjà vu'],
    ['Ã', 'Ã'],
  ])('repairMojibake(%j) = %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it('repairs a text of many thousands of sequences, a doubtful one only beside certain ones of its lead byte', () => {
    // Far more sequences than one join holds; the text ends in a lone lead byte, so only the sequence repair reads it.
    // `Úž` and `Ðµ` may be real text; `Ð°` is certain mojibake, so `Ðµ` is repaired and `Úž` is not.
    expect(repairMojibake(`${'â€™Ã© Úžasný Ðµ Ð° '.repeat(5000)}Ã`)).toBe(`${'’é Úžasný е а '.repeat(5000)}Ã`);
    expect(repairMojibake(`${'Úžasný Ðµ '.repeat(5000)}Ã`)).toBe(`${'Úžasný Ðµ '.repeat(5000)}Ã`);
  });

  it('decodes entity residue', () => {
    for (const decode of [decodeHTMLStrict, decodeReference]) {
      expect(decodeEntities('Tom &amp; Jerry&#8217;s &rsquo;x&rsquo; &#x201C;', decode)).toBe('Tom & Jerry’s ’x’ “');
      expect(decodeEntities('AT&T and R&D', decode)).toBe('AT&T and R&D');
      expect(decodeEntities('?id=1&region=us&copyright=no &notes', decode)).toBe('?id=1&region=us&copyright=no &notes');
    }
  });

  it('normalises spaces, invisible characters and line endings', () => {
    expect(normalizeText('a\u00A0b\u200Bc\u00ADd\r\n\r\ne  \t f\u0007', decodeReference)).toBe('a bcd\n\ne f');
    expect(collapseWhitespace('  a \n b  ')).toBe('a b');
  });

  it('collapses whitespace: a text already collapsed comes back as it is, any other is changed as before', () => {
    // The long way, spelled out: what the fast path must never skip.
    const longWay = (text: string): string => removeControls(text).replace(/\s{2,}|[^\S ]/gu, ' ').trim();
    const plain = 'It was “a fine day,” she said — 2 km off. 😀 大丈夫';
    expect(collapseWhitespace(plain)).toBe(plain);
    expect(collapseWhitespace('')).toBe('');
    for (const odd of ['  ', ' ', '\t', '\n', '\u00A0', '\u2028', '\uFEFF', '\u3000', '\u0001', '\u0085', '\uD800', '\uDC00']) {
      for (const text of [`a${odd}b`, `${odd}a`, `a${odd}`, odd]) expect(collapseWhitespace(text)).toBe(longWay(text));
    }
    // Every code unit, alone and between letters.
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(collapseWhitespace(text) === longWay(text)).toBe(true);
    }
  });

  it('collapses whitespace and removes controls in one scan as the long way does, on any mix of spaces, controls and surrogates', () => {
    // eslint-disable-next-line no-control-regex -- the control characters removed
    const controls = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
    const longWay = (text: string): string => text.replace(controls, '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD').replace(/\s{2,}|[^\S ]/gu, ' ').trim();
    // A seeded generator: the same texts every run.
    let seed = 12345;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const units = ['a', 'Z', '.', ' ', ' ', '\t', '\n', '\u00A0', '\u3000', '\u0001', '\u0085', '\u001F', '\uD83D', '\uDE00', '\uFFFD', 'é'];
    for (let round = 0; round < 20000; round++) {
      let text = '';
      for (let length = random(12); length > 0; length--) text += units[random(units.length)];
      expect(collapseWhitespace(text)).toBe(longWay(text));
      expect(removeControls(text)).toBe(text.replace(controls, '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
    }
    expect(collapseWhitespace('a\u0001b \u0085 c  \uD800\u0001\uDC00 d\uDC00')).toBe('ab c \uD800\uDC00 d\uFFFD');
    expect(removeControls('a\u0001b \u0085 c  \uD800\u0001\uDC00 d\uDC00\t')).toBe('ab  c  \uD800\uDC00 d\uFFFD\t');
  });

  it('turns CRLF, CR and LF alike into one LF each, however they mix', () => {
    expect(normalizeText('a\r\nb\rc\nd\r\r\ne\n\rf', decodeReference)).toBe('a\nb\nc\nd\n\ne\n\nf');
  });

  it('skips the per-line trim only when it would change nothing', () => {
    // The trim the skip stands for: each line's runs of spaces collapsed, the line trimmed.
    const trimEach = (text: string): string => text.split('\n').map((line) => line.replace(/ {2,}/gu, ' ').trim()).join('\n');
    // (texts that neither start nor end with a space: the text's own ends are trimmed before the test)
    const texts = ['a b\nc', 'a  b', 'a \nb', 'a\n b', 'a\rb', 'a\u2028b', 'a\u2029b', 'a\n\nb', '', 'a\u0085b', '\n\na\n'];
    for (const text of texts) if (!UNTRIMMED.test(text)) expect(trimEach(text)).toBe(text);
    expect(texts.map((text) => UNTRIMMED.test(text))).toEqual([false, true, true, true, true, true, true, false, false, false, false]);
    // Spaces at the text's start and end go whatever else it holds; a text of spaces alone comes out empty.
    for (const text of [' a', 'a ', '  a\nb  ', ' \n a  b \n ', '   ', 'Tag: X\nTag: ', ' \r ']) {
      expect(normalizeText(text, decodeReference)).toBe(trimEach(text.split('\r').join('\n')));
    }
    // Character references that decode to a CR or a line separator are trimmed at a line's ends, as before.
    expect(normalizeText('a&#13;\n&#8232;b c&#32;\n d', decodeReference)).toBe('a\nb c\nd');
    expect(normalizeText('one line.\rtwo  lines.\r', decodeReference)).toBe('one line.\ntwo lines.\n');
  });

  it('turns CRLF and CR into LF in a text many pieces long, with a CRLF at every place a cut could fall', () => {
    const whole = (text: string): string => text.split('\r\n').join('\n').split('\r').join('\n');
    for (const line of ['abcde\r\n', 'abcdef\r\n', 'abcd\r\r\n', 'ab\r\n\r', '\r']) {
      const text = line.repeat(40_000);
      expect(normalizeText(text, decodeReference)).toBe(whole(text));
    }
  });

  it('trims character sets', () => {
    expect(trimTrailing('Lavrov,”', ',”')).toBe('Lavrov');
    expect(trimLeading('“«x', '“«')).toBe('x');
  });
});

describe('prose', () => {
  it('counts words, CJK characters one each', () => {
    expect(countWords('U.S. officials didn’t say')).toBe(4);
    expect(countWords('大丈夫です')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('one two three four five', 3)).toBe(3);
    expect(countWords('one two', 3)).toBe(2);
  });

  it('tells prose from labels', () => {
    expect(isProse('It was an extraordinary year for movies.')).toBe(true);
    expect(isProse('North Korea')).toBe(false);
    expect(isProse('Minecraft 1.8 - The Bountiful Update')).toBe(false);
  });

  it('tells a sentence end, with closing quotes and brackets of every script', () => {
    expect(endsLikeSentence('He left.')).toBe(true);
    expect(endsLikeSentence('“We will stay,” she said.”)  ')).toBe(true);
    expect(endsLikeSentence('彼は「行く。」')).toBe(true);
    expect(endsLikeSentence('『終わり。』')).toBe(true);
    expect(endsLikeSentence('And then…')).toBe(true);
    expect(endsLikeSentence('Photos by Jane Roe')).toBe(false);
    expect(endsLikeSentence('A title: “Quoted”')).toBe(false);
  });
});

describe('detect', () => {
  it('tells HTML from text', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('<div><p>a</p><p>b</p><p>c</p><span>d</span><br></div>')).toBe('html');
    expect(detectFormat('Use <b> for bold. a < b > c')).toBe('text');
  });
});

describe('vocabulary', () => {
  it('collects the words written in lower case, as written', () => {
    const words = lowerCaseWords(['Officials said the iPhone’s maker, don’t-care X-ray 3rd.']);
    // `iPhone’s` gives `i` and the `s` after the apostrophe; `X-ray` gives `ray`.
    expect([...words].sort()).toEqual(['don’t-care', 'i', 'maker', 'ray', 's', 'said', 'the']);
  });

  it('answers the same when collected lazily', () => {
    const texts = ['Officials said the report was late.', 'Report it, he said.'];
    const eager = lowerCaseWords(texts);
    const lazy = lazyLowerCaseWords(texts);
    for (const word of ['said', 'report', 'Report', 'officials', 'he', 'late']) expect(lazy.has(word)).toBe(eager.has(word));
  });
});

describe('character classes', () => {
  it('ends a word at the first character that is no letter, mark or given joiner', () => {
    expect(wordRunEnd("O'Neil said", 0, "'’-")).toBe(6);
    expect(wordRunEnd("O'Neil said", 0, '-')).toBe(1);
    expect(wordRunEnd('Jean-Marc Ayrault', 0, '-')).toBe(9);
    expect(wordRunEnd('Zoe\u0301 left', 0, '')).toBe(4);
    expect(wordRunEnd('𝐀bc d', 0, '')).toBe(4);
  });

  it('classifies ASCII, BMP and astral characters, also past its astral cache', () => {
    expect(classOf(0x61)).toBe(LETTER | LOWER);
    expect(classOf(0xe9)).toBe(LETTER | LOWER); // é
    expect(classOf(0x6f22) & CJK).toBe(CJK); // 漢
    for (let codePoint = 0x20000; codePoint < 0x20000 + 5000; codePoint++) expect(classOf(codePoint) & LETTER).toBe(LETTER); // CJK extension B
    expect(classOf(0x1d41a)).toBe(LETTER | LOWER); // 𝐚, mathematical bold small a
    expect(classOf(0x1f600)).toBe(0); // 😀
    expect(classOf(0xd800)).toBe(0); // a lone surrogate
  });
});
