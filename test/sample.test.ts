import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index';

/** The original sample and the exact Article expected from it. */
const input = readFileSync(new URL('../examples/sample.txt', import.meta.url), 'utf8');
const truth = JSON.parse(readFileSync(new URL('./fixtures/sputnik-lavrov-dprk.truth.json', import.meta.url), 'utf8')) as {
  url: string; title: string; description: string; publishedAt: string; modifiedAt: string; section: string; genre: string;
  language: string; copyrightYear: number; authors: string[]; tags: string[]; keywords: string[]; image: string;
  publisherDetails: { name: string; email: string; telephone: string; legalName: string; logo: { width: number; height: number } };
  imageRenditions: { width: number; height: number }[]; speakable: string[]; relatedLinks: string[];
  blocks: { type: string; text: string }[]; paragraphs: string[]; quotes: { text: string; speaker?: string }[];
};

describe('the original sample (structured dump)', () => {
  const article = parseArticle(input);

  it('reads the metadata exactly', () => {
    expect(article.url).toBe(truth.url);
    expect(article.title).toBe(truth.title);
    expect(article.description).toBe(truth.description);
    expect(article.publishedAt).toBe(truth.publishedAt);
    expect(article.modifiedAt).toBe(truth.modifiedAt);
    expect(article.section).toBe(truth.section);
    expect(article.genre).toBe(truth.genre);
    expect(article.language).toBe(truth.language);
    expect(article.copyrightYear).toBe(truth.copyrightYear);
    expect(article.authors).toEqual(truth.authors.map((name) => ({ name })));
    expect(article.tags).toEqual(truth.tags);
    expect(article.keywords).toEqual(truth.keywords);
    expect(article.speakable).toEqual(truth.speakable);
    expect(article.source.format).toBe('text');
    expect(article.source.layout).toBe('structured');
    expect(article.source.fields).toMatchObject({ title: 'structured:block 1', publishedAt: 'structured:block 4', language: 'structured:block 29' });
  });

  it('names where each list field came from: the block of its first value', () => {
    expect(article.source.fields).toMatchObject({ authors: 'structured:block 26', tags: 'structured:block 8', keywords: 'structured:block 36', images: 'structured:block 16' });
  });

  it('reads the lead image with its size and renditions', () => {
    expect(article.image).toEqual({
      url: truth.image,
      width: 1920,
      height: 1080,
      renditions: truth.imageRenditions.slice(1),
    });
    expect(article.images).toHaveLength(1);
  });

  it('reads the publisher details from the flattened publisher block', () => {
    expect(article.publisher).toEqual({
      name: truth.publisherDetails.name,
      legalName: truth.publisherDetails.legalName,
      email: truth.publisherDetails.email,
      telephone: truth.publisherDetails.telephone,
      logo: truth.publisherDetails.logo,
    });
    expect(article.siteName).toBe('Sputnik International');
  });

  it('splits the glued body into 10 paragraphs and 1 heading, text identical', () => {
    expect(article.body).toEqual(truth.blocks);
    expect(article.paragraphs).toEqual(truth.paragraphs);
    expect(article.wordCount).toBeGreaterThan(500);
  });

  it('finds the three related links with their dates and slug titles', () => {
    expect(article.relatedLinks.map((link) => link.url)).toEqual(truth.relatedLinks);
    expect(article.relatedLinks.map((link) => link.publishedAt)).toEqual([
      '2023-09-17T00:00:00.000Z',
      '2023-09-26T00:00:00.000Z',
      '2023-06-28T00:00:00.000Z',
    ]);
    expect(article.relatedLinks[1]?.title).toBe('What kinds of weapons does south korea produce and export');
  });

  it('finds all 15 quotes with their texts and speakers', () => {
    expect(article.quotes.map((quote) => quote.text)).toEqual(truth.quotes.map((quote) => quote.text));
    const right = article.quotes.filter((quote, index) => quote.speaker === truth.quotes[index]?.speaker).length;
    expect(right).toBeGreaterThanOrEqual(14);
    expect(article.quotes.find((quote) => quote.text === 'logistics triangle')?.speaker).toBeUndefined();
    expect(article.quotes[0]).toMatchObject({ speaker: 'Sergei Lavrov', block: 1, kind: 'direct' });
    expect(article.quotes[1]).toMatchObject({ text: 'a very good opportunity', kind: 'partial', block: 2 });
  });

  it('leaves nothing over: every block fits a field', () => {
    expect(article.leftovers).toEqual([]);
  });

  it('is plain data: JSON and structuredClone round-trip to an equal value', () => {
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(structuredClone(article)).toEqual(article);
  });

  it('gives the same Article for the same input', () => {
    expect(parseArticle(input)).toEqual(article);
  });
});
