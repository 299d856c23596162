import { readFileSync } from 'node:fs';
import type { BlogPosting, NewsArticle, Article as SchemaArticle, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../src/index';
import { type ArticleJsonLd, toJsonLd } from '../../src/output/index';
import { expectedMetadata, roundTripMetadata } from './json-ld-round-trip';

const sample = parseArticle(readFileSync(new URL('../../examples/sample.txt', import.meta.url), 'utf8'));

/** Compile-time check: the JSON-LD object is a schema.org object of each type it may carry (schema-dts). */
function asSchemaOrg(jsonLd: ArticleJsonLd): [WithContext<NewsArticle>, WithContext<BlogPosting>, WithContext<SchemaArticle>] {
  return [{ ...jsonLd, '@type': 'NewsArticle' }, { ...jsonLd, '@type': 'BlogPosting' }, { ...jsonLd, '@type': 'Article' }];
}

describe('toJsonLd', () => {
  it('writes a NewsArticle from the sample', () => {
    const jsonLd = toJsonLd(sample);
    expect(asSchemaOrg(jsonLd)).toHaveLength(3);
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd.headline).toBe(sample.title);
    expect(jsonLd.datePublished).toBe('2023-10-20T14:34:00.000Z');
    expect(jsonLd.author).toEqual([{ '@type': 'Person', name: 'Ilya Tsukanov' }]);
    expect(jsonLd.publisher?.['@type']).toBe('Organization');
    expect(jsonLd.publisher?.name).toBe('Sputnik International');
    expect(jsonLd.publisher?.logo).toEqual({ '@type': 'ImageObject', width: '252', height: '60' });
    expect(jsonLd.image?.width).toBe('1920');
    expect(jsonLd.inLanguage).toBe('en');
    expect(jsonLd.keywords).toEqual(sample.keywords);
    expect(jsonLd.url).toBe(sample.url);
    expect(jsonLd.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': sample.url });
    expect(jsonLd.articleBody?.split('\n\n')).toHaveLength(sample.body.length);
    expect(jsonLd.wordCount).toBe(sample.wordCount);
  });

  it('chooses the type from genre and section, and leaves absent fields out', () => {
    const base = parseArticle('A Title\n\nThe body.');
    expect(toJsonLd({ ...base, genre: 'Blog post' })['@type']).toBe('BlogPosting');
    expect(toJsonLd({ ...base, section: 'World news' })['@type']).toBe('NewsArticle');
    expect(base.language).toBeUndefined();
    const bare = toJsonLd(base);
    expect(bare['@type']).toBe('Article');
    expect(Object.keys(bare).sort()).toEqual(['@context', '@type', 'articleBody', 'description', 'headline', 'wordCount']);
    expect(toJsonLd({ ...base, siteName: 'Example' }).publisher).toEqual({ '@type': 'Organization', name: 'Example' });
  });

  it('round-trips the sample through a JSON-LD page', () => {
    expect(roundTripMetadata(sample)).toEqual(expectedMetadata(sample));
  });

  it('round-trips hostile text (a closing script tag, entities)', () => {
    const article: Article = { ...sample, title: 'A </script “B” & C', authors: [{ name: 'Jane Roe', url: 'https://example.com/jane' }] };
    expect(roundTripMetadata(article)).toEqual(expectedMetadata(article));
  });
});
