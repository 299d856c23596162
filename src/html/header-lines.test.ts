import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { headerChunkIndexes } from './header-lines';

/** Paragraphs of article prose, each long enough to score. */
const prose = (count: number): string =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1}: the council met on Tuesday, heard the engineers, and agreed after a long debate that the work on the bridge would go on.</p>`).join('\n');

const parse = (inner: string): ReturnType<typeof parseArticle> =>
  parseArticle(`<html><body><main><article><h1>Bridge to be rebuilt</h1><div class="story">${inner}</div></article></main></body></html>`, { url: 'https://example.com/news/bridge' });

describe('header lines before the lede', () => {
  it('moves a credits line and a date line above the lede to the leftovers', () => {
    const article = parse(`<p>Produced by Ann Lee and Bo Kim, Photographs by Cy Dunn</p><p>Sept. 15, 2016</p>${prose(5)}`);
    expect(article.body[0]?.text).toMatch(/^Paragraph 1:/u);
    expect(article.leftovers).toContain('Produced by Ann Lee and Bo Kim, Photographs by Cy Dunn');
    expect(article.leftovers).toContain('Sept. 15, 2016');
  });

  it('moves a key-points box (label and list) above the lede to the leftovers', () => {
    const article = parse(`<h2>Highlights</h2><ul><li>The bridge will be rebuilt</li><li>Work starts in May</li></ul>${prose(5)}`);
    expect(article.body[0]?.text).toMatch(/^Paragraph 1:/u);
    expect(article.body.map((block) => block.text)).not.toContain('Work starts in May');
    expect(article.leftovers).toEqual(expect.arrayContaining(['Highlights', 'Work starts in May']));
  });

  it('keeps a caption that ends with its credit, and a paragraph that opens with a credit', () => {
    expect(headerChunkIndexes([{ text: 'The mayor near the bridge on Sunday. (Jane Roe/Getty Images)' }, { text: 'Body.' }])).toEqual([]);
    expect(headerChunkIndexes([{ text: 'Photo by Jane Roe: the council met on Tuesday and agreed to go on.' }, { text: 'Body.' }])).toEqual([]);
  });

  it('reads credits, dates and labels in other languages, and never empties the body', () => {
    expect(headerChunkIndexes([{ text: 'Fotos von Jana Roth' }, { text: '15. September 2016' }, { text: 'Body.' }])).toEqual([0, 1]);
    expect(headerChunkIndexes([{ text: 'L’essentiel', type: 'heading' }, { text: 'Un point', type: 'list-item' }, { text: 'Body.' }])).toEqual([0, 1]);
    expect(headerChunkIndexes([{ text: 'Sept. 15, 2016' }])).toEqual([]);
  });

  it('leaves a date line further down and a label with no list alone', () => {
    expect(headerChunkIndexes([{ text: 'The council met on Tuesday.' }, { text: 'Sept. 15, 2016' }, { text: 'Body.' }])).toEqual([]);
    expect(headerChunkIndexes([{ text: 'Highlights', type: 'heading' }, { text: 'The council met on Tuesday.' }])).toEqual([]);
  });
});
