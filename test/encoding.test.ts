import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, sniffHtmlEncoding } from '../src/encoding/decode-html';
import { parseArticle } from '../src/index';

/** Small pages written for these tests and encoded with iconv (see test/fixtures/encodings/README.md). */
const fixture = (name: string): Buffer => readFileSync(new URL(`fixtures/encodings/${name}`, import.meta.url));
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeHtmlBytes on legacy-encoded pages', () => {
  it.each([
    ['windows-1251.html', 'windows-1251', 'Новый мост через Волгу откроют летом', '«Мы укладываемся в сроки», — сказал главный инженер проекта.'],
    ['windows-1252.html', 'windows-1252', 'Le café de la place rouvre ses portes', '« Enfin ! », s’est exclamée une cliente fidèle.'],
    ['shift_jis.html', 'shift_jis', '市内に新しい図書館が開館', '館長は「地域の人々が集まる場所にしたい」と話した。'],
    ['gb18030.html', 'gb18030', '新地铁线路明年开通', '一位市民表示：“这条线路会让上下班方便很多。”'],
    ['iso-8859-2.html', 'iso-8859-2', 'Nowy park w Łodzi otwarty dla mieszkańców', 'Żółte tulipany zakwitną tu już w przyszłym miesiącu.'],
  ])('%s is read as %s', (file, encoding, title, sentence) => {
    const bytes = fixture(file);
    expect(sniffHtmlEncoding(bytes)).toBe(encoding);
    const article = parseArticle(decodeHtmlBytes(bytes));
    expect(article.title).toBe(title);
    expect(article.paragraphs.join('\n')).toContain(sentence);
  });

  it('reads an undeclared page as UTF-8, unless the HTTP Content-Type names its charset', () => {
    const bytes = fixture('undeclared-windows-1252.html');
    expect(sniffHtmlEncoding(bytes)).toBe('utf-8');
    expect(parseArticle(decodeHtmlBytes(bytes)).title).toBe('Cr\uFFFDme br\uFFFDl\uFFFDe \uFFFD la carte');
    expect(parseArticle(decodeHtmlBytes(bytes, { contentType: 'text/html; charset=ISO-8859-1' })).title).toBe('Crème brûlée à la carte');
  });

  it('keeps undeclared UTF-8 with a broken byte as UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>Café “quoted”'), 0xff, 0x3c]);
    expect(sniffHtmlEncoding(bytes)).toBe('utf-8');
    expect(decodeHtmlBytes(bytes)).toBe('<p>Café “quoted”\uFFFD<');
  });

  it('gives Windows-1252 its own characters for bytes 0x80–0x9F (Node decodes them as Latin-1)', () => {
    const bytes = new Uint8Array([...ascii('<meta charset=windows-1252>'), 0x80, 0x92, 0x93, 0x94, 0x97, 0x9f, 0x81, 0xe9]);
    expect(decodeHtmlBytes(bytes)).toBe('<meta charset=windows-1252>€’“”—Ÿ\u0081é');
  });

  it('reads undeclared UTF-8 as UTF-8', () => {
    const bytes = new TextEncoder().encode('<p>Café “quoted”</p>');
    expect(sniffHtmlEncoding(bytes)).toBe('utf-8');
    expect(decodeHtmlBytes(bytes)).toBe('<p>Café “quoted”</p>');
  });
});

describe('sniffHtmlEncoding: the order of the WHATWG rules', () => {
  const meta1251 = fixture('windows-1251.html');

  it('takes a byte-order mark first, and drops it', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1251">é')]);
    expect(sniffHtmlEncoding(utf8, { contentType: 'text/html; charset=koi8-r' })).toBe('utf-8');
    expect(decodeHtmlBytes(utf8)).toBe('<meta charset="windows-1251">é');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0xe9, 0x00]);
    expect(decodeHtmlBytes(utf16)).toBe('<pé');
  });

  it('takes the HTTP Content-Type charset before a <meta>', () => {
    expect(sniffHtmlEncoding(meta1251, { contentType: 'text/html; charset="KOI8-R"' })).toBe('koi8-r');
    expect(sniffHtmlEncoding(meta1251, { contentType: 'text/html' })).toBe('windows-1251');
    expect(sniffHtmlEncoding(meta1251, { contentType: null })).toBe('windows-1251');
    // A label the platform does not know is passed over.
    expect(sniffHtmlEncoding(meta1251, { contentType: 'text/html; charset=no-such-encoding' })).toBe('windows-1251');
  });

  it.each([
    ['<meta charset=utf-16>', 'utf-8'],
    ['<meta charset="x-user-defined"><meta charset="windows-1252">', 'windows-1252'],
    ['<META CHARSET = \'ISO-8859-5\' >', 'iso-8859-5'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-u">', 'koi8-u'],
    ['<meta content="text/html;charset = \'euc-kr\'" http-equiv=content-type>', 'euc-kr'],
    ['<meta charset="no-such"><meta charset="big5">', 'big5'],
    ['<meta charset="iso-2022-kr"><meta charset="euc-jp">', 'euc-jp'],
    ['<!-- <meta charset="big5"> --><meta charset="gbk">', 'gbk'],
    ['<!--><meta charset="gbk">', 'gbk'],
    ['<div title="<meta charset=big5>"><meta charset="shift_jis">', 'shift_jis'],
    ['<meta charset="windows-1250" charset="big5">', 'windows-1250'],
    ['<?xml version="1.0"?><meta/charset=windows-1253>', 'windows-1253'],
    // The prescan knows no raw-text elements: browsers take a <meta> inside <script> or <title> too.
    ['<script>document.write("<meta charset=big5>")</script>', 'big5'],
    ['<p class="<!--">x<meta charset=koi8-r>', 'koi8-r'],
    ['<meta http-equiv=content-type http-equiv=refresh content="text/html; charset=iso-8859-7">', 'iso-8859-7'],
  ])('finds the declaration in %s: %s', (html, encoding) => {
    expect(sniffHtmlEncoding(ascii(html))).toBe(encoding);
  });

  it.each([
    '<meta content="text/html; charset=big5">', // content without http-equiv declares nothing
    '<meta http-equiv="content-type" content="text/html">',
    '<!-- <meta charset="big5">',
    '<metacharset="big5">',
    '<p>no meta at all</p>',
    `${' '.repeat(1024)}<meta charset="big5">`, // past the first 1,024 bytes
    '<meta charset="big5', // the bytes run out inside the tag
    '</x title="<meta charset=big5>"', // an end tag's attributes are skipped too, and a quote left open ends the scan
  ])('finds no declaration in %#', (html) => {
    expect(sniffHtmlEncoding(ascii(html))).toBe('utf-8');
  });
});
