import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { headerChunkIndexes } from './header-lines';

/** Paragraphs of article prose, each long enough to score. */
const prose = (count: number): string =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1}: the council met on Tuesday, heard the engineers, and agreed after a long debate that the work on the bridge would go on.</p>`).join('\n');

describe('credits lines before the lede', () => {
  it('moves a credits line above the lede to the leftovers', () => {
    const article = parseArticle(`<html><body><main><article><h1>Bridge to be rebuilt</h1><div class="story"><p>Produced by Ann Lee and Bo Kim, Photographs by Cy Dunn</p>${prose(5)}</div></article></main></body></html>`, { url: 'https://example.com/news/bridge' });
    expect(article.body[0]?.text).toMatch(/^Paragraph 1:/u);
    expect(article.leftovers).toContain('Produced by Ann Lee and Bo Kim, Photographs by Cy Dunn');
  });

  it('keeps a caption that ends with its credit, a paragraph that opens with a credit, and a date line', () => {
    expect(headerChunkIndexes([{ text: 'The mayor near the bridge on Sunday. (Jane Roe/Getty Images)' }, { text: 'Body.' }])).toEqual([]);
    expect(headerChunkIndexes([{ text: 'Photo by Jane Roe: the council met on Tuesday and agreed to go on.' }, { text: 'Body.' }])).toEqual([]);
    expect(headerChunkIndexes([{ text: 'Sept. 15, 2016' }, { text: 'Body.' }])).toEqual([]);
  });

  it('reads credits in other languages, only from the first chunk on, and never empties the body', () => {
    expect(headerChunkIndexes([{ text: 'Fotos von Jana Roth' }, { text: 'Body.' }])).toEqual([0]);
    expect(headerChunkIndexes([{ text: 'The council met.' }, { text: 'Photographs by Cy Dunn' }, { text: 'Body.' }])).toEqual([]);
    expect(headerChunkIndexes([{ text: 'Photographs by Cy Dunn' }])).toEqual([]);
  });
});
