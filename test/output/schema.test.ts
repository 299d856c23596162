import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticleSchema } from '../../scripts/article-schema';
import { type Article, parseArticle } from '../../src/index';
import { KIND_FIXTURES } from '../eval/kinds';
import { articleValidator } from './article-validator';


let schema: Record<string, unknown>;
let check: (value: unknown) => string | undefined;
beforeAll(() => {
  schema = buildArticleSchema();
  check = articleValidator(schema);
}, 60_000);

const sample = parseArticle(readFileSync(new URL('../../examples/sample.txt', import.meta.url), 'utf8'));

describe('the JSON Schema of Article', () => {
  it('is draft 2020-12 and matches the shipped file', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const shipped = new URL('../../article.schema.json', import.meta.url);
    if (existsSync(shipped)) expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(schema);
  });

  it('accepts the Articles of the sample and of every own fixture, in every input kind', () => {
    expect(check(sample)).toBeUndefined();
    let checked = 0;
    for (const id of readdirSync(KIND_FIXTURES).filter((name) => !name.includes('.'))) {
      for (const file of [`${id}/source.html`, ...readdirSync(`${KIND_FIXTURES}/${id}/text`).map((name) => `${id}/text/${name}`)]) {
        expect(check(parseArticle(readFileSync(`${KIND_FIXTURES}/${file}`, 'utf8'), { url: 'https://example.com/page' })), file).toBeUndefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(52);
  });

  it('rejects broken Articles', () => {
    const { body, ...withoutBody } = sample;
    expect(body.length).toBeGreaterThan(0);
    const broken: [string, unknown][] = [
      ['a missing body', withoutBody],
      ['a non-ISO date', { ...sample, publishedAt: 'October 20, 2023' }],
      ['a date with an offset', { ...sample, publishedAt: '2023-10-20T14:34:00+03:00' }],
      ['"" where the model says absent', { ...sample, title: '' }],
      ['an empty author name', { ...sample, authors: [{ name: '' }] }],
      ['null', { ...sample, description: null }],
      ['a javascript: URL', { ...sample, url: 'javascript:alert(1)' }],
      ['an unknown field', { ...sample, extra: 1 }],
      ['an unknown block type', { ...sample, body: [{ type: 'table', text: 'x' }] }],
      ['a confidence above 1', { ...sample, source: { ...sample.source, confidence: 1.5 } }],
      ['an unknown kind', { ...sample, source: { ...sample.source, kind: 'video' } }],
      ['a fractional word count', { ...sample, wordCount: 1.5 }],
    ];
    for (const [what, article] of broken) expect(check(article), what).toMatch(/must/u);
  });

  it('holds for an Article round-tripped through JSON', () => {
    const article: Article = JSON.parse(JSON.stringify(sample)) as Article;
    expect(check(article)).toBeUndefined();
  });
});
