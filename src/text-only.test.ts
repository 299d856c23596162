import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { parseArticle as parseText, safeParseArticle as safeParseText } from './text-only';

const page = [
  'https://example.com/2024/05/06/river-bridge-opens',
  'River Bridge Opens After Ten Years',
  'By Jane Roe',
  'May 6, 2024',
  'The bridge across the river opened on Monday after ten years of planning &amp; argument.',
  '“It was worth the wait,” the mayor, Ann Lee, said at the opening.',
].join('\n\n');
const dump = ['https://example.com/a', 'A Structured Title', '2024-01-02T10:00:00Z', 'The body of the dump, with a &eacute; and a &#8217; in it.'].join('\n\n');

describe('scraped-article/text', () => {
  it('gives the same Article as the full entry for text input', () => {
    for (const input of [page, dump, 'Just a line of plain text.']) expect(parseText(input)).toEqual(parseArticle(input));
    expect(parseText(page).title).toBe('River Bridge Opens After Ten Years');
  });

  it('reads HTML as text and refuses format "html"', () => {
    const html = '<!doctype html><html><body><p>Hello there, reader.</p></body></html>';
    expect(parseText(html).source).toMatchObject({ format: 'text' });
    const refused = safeParseText(html, { format: 'html' });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.error.code).toBe('INVALID_INPUT');
    expect(safeParseText(42)).toMatchObject({ success: false, error: { code: 'INVALID_INPUT' } });
  });
});
