import { describe, expect, it } from 'vitest';
import { ArticleParseError, DEFAULT_MAX_INPUT_LENGTH, isArticleParseError, type ParseOptions, parseArticle, safeParseArticle } from '../src/index';

describe('bad input gets a clear answer', () => {
  it('throws INVALID_INPUT for a non-string', () => {
    for (const value of [42, null, undefined, {}, ['text'], Buffer.from('x')]) {
      expect(() => parseArticle(value as unknown as string)).toThrow(ArticleParseError);
      try {
        parseArticle(value as unknown as string);
      } catch (error) {
        expect(isArticleParseError(error)).toBe(true);
        expect((error as ArticleParseError).code).toBe('INVALID_INPUT');
        expect((error as ArticleParseError).name).toBe('ArticleParseError');
      }
    }
  });

  it('throws INPUT_TOO_LARGE over maxInputLength', () => {
    expect(() => parseArticle('abcdef', { maxInputLength: 5 })).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
    expect(parseArticle('abcde', { maxInputLength: 5 }).body).toEqual([{ type: 'paragraph', text: 'abcde' }]);
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(10_000_000);
  });

  it('throws INVALID_INPUT for options of the wrong type', () => {
    expect(() => parseArticle('x', { format: 'pdf' as 'text' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseArticle('x', { url: 5 as unknown as string })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseArticle('x', { maxInputLength: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it.each([
    ['options not an object', 'text' as unknown as ParseOptions, 'options must be an object'],
    ['options null', null as unknown as ParseOptions, 'options must be an object'],
    ['maxInputLength NaN', { maxInputLength: Number.NaN }, 'options.maxInputLength must be a non-negative number'],
    ['maxInputLength as a string', { maxInputLength: '5' as unknown as number }, 'options.maxInputLength must be a non-negative number'],
    ['an invalid referenceDate', { referenceDate: new Date('not a date') }, 'options.referenceDate must be a valid Date'],
    ['referenceDate as a string', { referenceDate: '2024-01-01' as unknown as Date }, 'options.referenceDate must be a valid Date'],
  ])('throws INVALID_INPUT for %s, also for a valid input string', (_, options, message) => {
    expect(() => parseArticle('A Title\n\nThe body.', options)).toThrow(new ArticleParseError('INVALID_INPUT', message));
    const result = safeParseArticle('A Title\n\nThe body.', options);
    expect(result.success ? undefined : [result.error.code, result.error.message]).toEqual(['INVALID_INPUT', message]);
  });

  it('safeParseArticle returns the error instead of throwing', () => {
    const result = safeParseArticle(42);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_INPUT');
    const ok = safeParseArticle('Hello world.');
    expect(ok.success).toBe(true);
  });

  it('isArticleParseError recognises errors from another copy of the library by name and code', () => {
    expect(isArticleParseError({ name: 'ArticleParseError', code: 'INPUT_TOO_LARGE', message: '' })).toBe(true);
    expect(isArticleParseError(new Error('x'))).toBe(false);
    expect(isArticleParseError('ArticleParseError')).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n\t \r\n '],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65_536))],
    ['control characters', '\u0000\u0001\u0002\u001b[31m\u007f'],
    ['a 1 MB single line', 'word. '.repeat(175_000)],
    ['lone surrogates', '\ud800 text \udfff'],
  ])('parses %s to an Article without throwing', (_, input) => {
    const article = parseArticle(input);
    expect(Array.isArray(article.body)).toBe(true);
    expect(article.leftovers).toBeDefined();
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });

  it('gives an empty Article for empty input, with absent (not empty) fields', () => {
    const article = parseArticle('');
    expect(article).toEqual({
      tags: [], keywords: [], authors: [], images: [], body: [], paragraphs: [], quotes: [], relatedLinks: [],
      // Nothing to read is no article: the kind says so, with the confidence of the prose-mass signal alone.
      wordCount: 0, leftovers: [], source: { format: 'text', layout: 'plain', kind: 'other', confidence: 0.73, fields: {} },
    });
  });
});
