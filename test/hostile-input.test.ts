import { describe, expect, it } from 'vitest';
import { type Article, parseArticle, safeParseArticle } from '../src/index';
import { detectFormat } from '../src/text/detect';
import { firstUncleanString } from './support/clean-output';

/**
 * Issue 10's reproducers: inputs an attacker can feed a crawl. Each must parse without throwing to a sane Article.
 * (How long they take is the scaling bench's business, not a test's.)
 */

const MB = 1_000_000;

/** What every Article of a hostile input must satisfy. */
function expectSane(article: Article): void {
  expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  expect(firstUncleanString(article)).toBeUndefined();
  const markup = article.body.find((block) => /<\/?[a-z][^<>]*>/iu.test(block.text));
  expect(markup?.text.slice(0, 200)).toBeUndefined();
}

describe('no input string throws', { timeout: 120_000 }, () => {
  it('130,000 paragraphs (an array spread of their chunks used to overflow the stack)', () => {
    const result = safeParseArticle('<p>x</p>'.repeat(130_000));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.article.body.length).toBe(130_000);
      expect(result.article.body[0]).toEqual({ type: 'paragraph', text: 'x' });
    }
  });

  it('150,000 same-site links with a page URL', () => {
    const links = Array.from({ length: 150_000 }, (_, index) => `<a href="/2024/01/a-b-c-${index}">one two three</a>`).join('');
    const article = parseArticle(`<html><body><article><p>${links}</p></article></body></html>`, { url: 'https://example.com/x', maxInputLength: 20_000_000 });
    expect(article.relatedLinks.length).toBe(150_000);
    expect(article.relatedLinks[0]).toEqual({ url: 'https://example.com/2024/01/a-b-c-0', title: 'one two three' });
  });

  it('1 MB of <input> (each removed one by one used to cost quadratic time)', () => {
    const article = parseArticle(`<html><body>${'<input>'.repeat(150_000)}<p>After the inputs, the text.</p></body></html>`);
    expect(article.body).toEqual([{ type: 'paragraph', text: 'After the inputs, the text.' }]);
  });

  it('10,000 JSON-LD scripts, valid and invalid', () => {
    const valid = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline"}</script>'.repeat(10_000);
    expect(parseArticle(`<html><head>${valid}</head><body><p>x</p></body></html>`).title).toBe('The headline');
    const invalid = '<script type="application/ld+json">{"@type":"NewsArticle",,"a":[1,}</script>'.repeat(10_000);
    expect(parseArticle(`<html><head>${invalid}</head><body><p>Text.</p></body></html>`).body).toEqual([{ type: 'paragraph', text: 'Text.' }]);
  });

  it('JSON-LD nested deeper than the limit is skipped, not walked', () => {
    const deep = `{"@type":"NewsArticle","headline":${'['.repeat(200_000)}"Deep"${']'.repeat(200_000)}}`;
    const article = parseArticle(`<html><head><title>Page title here</title><script type="application/ld+json">${deep}</script></head><body><p>x</p></body></html>`);
    expect(article.title).toBe('Page title here');
    const arrays = `<script type="application/ld+json">${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}</script>`;
    expectSane(parseArticle(arrays, { maxInputLength: 2 * MB }));
  });

  it('deep nesting over a long text, and unclosed inline tags', () => {
    const deep = parseArticle(`${'<div><span>x'.repeat(100)}${'word '.repeat(200_000)}`, { format: 'html', maxInputLength: 2 * MB });
    expect(deep.wordCount).toBeGreaterThanOrEqual(200_000);
    expectSane(deep);
    const unclosed = parseArticle('<p><b><i><span>x'.repeat(60_000), { maxInputLength: 2 * MB });
    expect(unclosed.body.map((block) => block.text).join('')).toContain('xxxx');
    expectSane(unclosed);
  });

  it('lines of bullets, Tag: X lines and many short lines', () => {
    for (const input of ['• x\n'.repeat(250_000), 'Tag: X\n'.repeat(150_000), 'ab\n'.repeat(300_000)]) {
      const article = parseArticle(input);
      expect(article.body.length + article.leftovers.length).toBeGreaterThan(0);
      expectSane(article);
    }
  });
});

describe('output hygiene on the HTML path', () => {
  it('no control characters or lone surrogates from raw text, entities or JSON-LD', () => {
    const html = '<html><head><title>T\u0001itle &#1;here</title><meta name="description" content="A\u0007 &#x9f;description\u000b."><script type="application/ld+json">{"@type":"NewsArticle","headline":"Head\\u0001line \\ud800 here","author":"Jane\\u0002 Roe"}</script></head><body><article><p>Text\u0003 with &#2; controls &#xD800; and \ud800 a lone surrogate, long enough to be the article.</p></article></body></html>';
    const article = parseArticle(html);
    expectSane(article);
    expect(article.title).toBe('Headline \uFFFD here');
    expect(article.authors).toEqual([{ name: 'Jane Roe' }]);
    expect(article.body[0]?.text).toBe('Text with controls \uFFFD and \uFFFD a lone surrogate, long enough to be the article.');
  });

  it('image and logo sizes are positive integers within bounds', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'A headline',
      image: { '@type': 'ImageObject', url: 'https://example.com/a.jpg', width: -5, height: 1e308 },
      publisher: { '@type': 'Organization', name: 'Example', logo: { url: 'https://example.com/logo.png', width: '12.5', height: '60' } },
    };
    const article = parseArticle(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>x</p></body></html>`);
    expect(article.image).toEqual({ url: 'https://example.com/a.jpg' });
    expect(article.publisher?.logo).toEqual({ url: 'https://example.com/logo.png', height: 60 });
  });

  it('an author that is a URL or a javascript: string is no person', () => {
    const ld = { '@type': 'NewsArticle', headline: 'A headline', author: ['https://example.com/staff/jane', 'javascript:alert(1)'] };
    const article = parseArticle(`<html><head><meta name="author" content="Jane Roe"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>x</p></body></html>`);
    expect(article.authors).toEqual([{ name: 'Jane Roe' }]);
  });

  it('bare text directly in the body is body text, or leftovers beside an article', () => {
    expect(parseArticle('<html><body>Hello there, bare text.</body></html>').body).toEqual([{ type: 'paragraph', text: 'Hello there, bare text.' }]);
    const paragraph = 'A paragraph of the article, long enough and with commas, to be found as its content by the scorer. '.repeat(6);
    const article = parseArticle(`<html><body>Stray words <b>in bold</b><article><p>${paragraph}</p></article>Trailing words</body></html>`);
    expect(article.body.map((block) => block.text)).toEqual([paragraph.trim()]);
    expect(article.leftovers).toEqual(['Stray words in bold', 'Trailing words']);
  });

  it('a fragment with a few tags and no document is read as HTML: no markup reaches the blocks', () => {
    const input = '<div>Hi <img src=x onerror=alert(1)> there</div>';
    expect(detectFormat(input)).toBe('html');
    const article = parseArticle(input);
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Hi there' }]);
    expect(article.source.format).toBe('html');
    // Page text that merely starts and ends with markup lines stays text.
    expect(detectFormat('<img src="/pixel.gif">\nA line of text.\nAnother line of page text.\n<div></div>')).toBe('text');
  });

  it('URLs lose their credentials', () => {
    const article = parseArticle('<html><head><link rel="canonical" href="https://user:secret@example.com/story"></head><body><p>x</p></body></html>', {
      url: 'https://admin:pw@example.com/page',
    });
    expect(article.url).toBe('https://example.com/story');
  });
});
