import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index';

const page = (time: string): string =>
  `<!doctype html><html><head><title>A Headline</title></head><body><article><h1>A Headline</h1><time>${time}</time>` +
  '<p>The council met on Monday and agreed on a plan for the new bridge, which opens next year.</p></article></body></html>';

describe('every front end receives every option', () => {
  it('HTML: a relative <time> resolves against referenceDate, and stays absent without one', () => {
    const referenceDate = new Date('2024-06-01T12:00:00Z');
    expect(parseArticle(page('3 hours ago'), { referenceDate }).publishedAt).toBe('2024-06-01T09:00:00.000Z');
    expect(parseArticle(page('3 hours ago')).publishedAt).toBeUndefined();
  });

  it('HTML: the page URL resolves relative links', () => {
    const html = page('2024-05-01') + '<img src="/a.jpg">';
    const article = parseArticle(html.replace('<p>', '<p><img src="/lead.jpg">'), { url: 'https://example.com/news/1' });
    expect(article.images.map((image) => image.url)).toContain('https://example.com/lead.jpg');
  });
});
