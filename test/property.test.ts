import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../src/index';
import { countWords } from '../src/text/prose';
import { firstUncleanString } from './support/clean-output';
import { forEachLetterRun, isWhitespaceCode } from '../src/text/scan';
import { lowerCaseWords } from '../src/text/vocabulary';
import { propertyRuns, propertyTimeout } from './support/property-runs';

/** Invariants every Article satisfies, whatever the input. */
function checkInvariants(article: Article): void {
  expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  for (const [key, value] of Object.entries(article)) {
    expect(value, key).not.toBe('');
    expect(value, key).not.toBeNull();
  }
  for (const list of [article.tags, article.keywords, article.authors, article.images, article.body, article.quotes, article.relatedLinks, article.leftovers]) {
    expect(Array.isArray(list)).toBe(true);
  }
  for (const url of [article.url, article.image?.url, ...article.images.map((image) => image.url), ...article.relatedLinks.map((link) => link.url)]) {
    if (url !== undefined) expect(url).toMatch(/^https?:\/\//u);
  }
  for (const date of [article.publishedAt, article.modifiedAt]) {
    if (date !== undefined) expect(new Date(date).toISOString()).toBe(date);
  }
  for (const quote of article.quotes) {
    expect(quote.block).toBeGreaterThanOrEqual(0);
    expect(quote.block).toBeLessThan(article.body.length);
  }
  expect(article.paragraphs).toEqual(article.body.filter((block) => block.type === 'paragraph').map((block) => block.text));
  expect(Number.isInteger(article.wordCount)).toBe(true);
  // No control characters (but tab and newline) and no lone surrogates in any string, on every path.
  expect(firstUncleanString(article)).toBeUndefined();
}

const fragments = fc.constantFrom(
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '.', '. ', '\n', '\n\n', 'Lavrov said', ' said ', 'By Jane Roe', '2023-10-20T14:34+0000',
  'https://example.com/2023/01/02/a-b-c', '<p>', '</p>', '<div class="article">', '</div>', '<script type="application/ld+json">',
  '{"@type":"NewsArticle","headline":"H","__proto__":{"x":1}}', '</script>', 'Nov. 19, 2019', 'il y a 3 heures', 'â€™', '&amp;',
  '\u0000', '\u200b', 'Ã', '1920 1080 true', 'en_EN', 'Tag:X', 'a, b, c, d', '[https://x.y/z]', '• ', 'AsiaCommenting',
);
const RUNS = propertyRuns(5000);
const SEED = Number(process.env.FAST_CHECK_SEED ?? 20261128);
const text = fc.array(fc.oneof(fragments, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('any string gives a valid Article', () => {
  it('random and hostile text', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkInvariants(parseArticle(input));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, propertyTimeout(RUNS, 50));

  it('random text as HTML', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkInvariants(parseArticle(input, { format: 'html', url: 'https://example.com/a' }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, propertyTimeout(RUNS, 50));

  it('deep nesting, thousands of blank lines and long runs', () => {
    for (const input of ['<div>'.repeat(5000) + 'text' + '</div>'.repeat(5000), '\n'.repeat(20000) + 'x', '“'.repeat(50000), '.'.repeat(100000), 'A'.repeat(100000), '<'.repeat(50000)]) {
      checkInvariants(parseArticle(input));
    }
  });
});

describe('hand-written scanners match the patterns they stand for', () => {
  // The scanners of src/text/scan.ts replace these regular expressions on hot paths; any string must give the same.
  const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
  const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]*/gu;
  const LETTER_RUN = /\p{L}+/gu;
  const tricky = fc.constantFrom(...'aZé́漢字かカ한3٣\'’.- ,!\u0301ǅʰx⺀'.split(''), '\ud83d\ude00', '\ud840\udc00', '\ud835\udc00', '\ud835\udc1a', '\ud800');
  const strings = fc.oneof(fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

  it('whitespace, for every UTF-16 unit', () => {
    const mismatches: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/u.test(String.fromCharCode(code))) mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('countWords, lowerCaseWords and letter runs', () => {
    fc.assert(
      fc.property(strings, (input) => {
        expect(countWords(input)).toBe((input.match(WORD) ?? []).length);
        expect([...lowerCaseWords([input])].sort()).toEqual([...new Set(input.match(LOWER_CASE_WORD) ?? [])].sort());
        const letterRuns: string[] = [];
        forEachLetterRun(input, (start, end) => letterRuns.push(input.slice(start, end)));
        expect(letterRuns).toEqual(input.match(LETTER_RUN) ?? []);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, propertyTimeout(RUNS, 5));
});
