import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../src/index';
import { firstUncleanString } from './support/clean-output';
import { propertyRuns, propertyTimeout } from './support/property-runs';

/**
 * HTML built from random tags, attributes, entities and text (control characters and lone surrogates included):
 * whatever the mix, the Article carries no control character (but tab and newline), no lone surrogate, no markup in
 * block text and only http(s) URLs. Entities that decode to `<` or `>` are left out: text that spells markup through
 * them is text, not markup.
 */

const MARKUP = /<\/?[a-z][^<>]*>/iu;

const TAGS = ['div', 'p', 'span', 'a', 'b', 'i', 'article', 'section', 'main', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'blockquote', 'q', 'img', 'br', 'figure', 'figcaption', 'time', 'script', 'style', 'nav', 'aside', 'input', 'meta', 'title', 'body', 'html', 'head', 'pre', 'code'];
const ATTRIBUTES = ['class', 'id', 'href', 'src', 'alt', 'datetime', 'itemprop', 'itemscope', 'itemtype', 'rel', 'content', 'name', 'property', 'type', 'style', 'hidden', 'role', 'srcset', 'data-src', 'width', 'height'];
const ATTRIBUTE_VALUES = ['https://user:pass@example.com/2024/01/a-b-c', '/relative/path-of-story', 'javascript:alert(1)', 'data:image/png;base64,AA', 'byline author', 'article-body content', 'sidebar comment', 'https://schema.org/NewsArticle', 'application/ld+json', 'display:none', '2024-01-02T10:00:00Z', 'og:title', 'author', '1200', '-5', 'x\u0001y', '\ud800', 'Jane Roe'];
const ENTITIES = ['&amp;', '&quot;', '&#39;', '&nbsp;', '&#1;', '&#x9f;', '&#xD800;', '&#0;', '&#x1F600;', '&rsquo;', '&bogus;', '&#8217;', '&#x85;', '&#127;'];
const TEXT_PIECES = ['Hello', ' world', ', said Jane Roe.', ' “A quote,” he said. ', '\u0000', '\u0007', '\u001b[31m', '\u0085', '\ud800', '\udfff', '\u202e', '\r', '\t', '\n', 'https://example.com/x', 'By Jane Roe'];

const text = fc.oneof(
  fc.constantFrom(...TEXT_PIECES),
  fc.string({ maxLength: 12 }).filter((piece) => !/[<>&]/u.test(piece)),
  fc.constantFrom(...ENTITIES),
);
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(fc.constantFrom(...ATTRIBUTE_VALUES), fc.constantFrom(...ENTITIES))).map(([name, value]) => ` ${name}="${value.replace(/"/gu, '&quot;')}"`);
const openTag = fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 })).map(([name, attributes]) => `<${name}${attributes.join('')}>`);
const closeTag = fc.constantFrom(...TAGS).map((name) => `</${name}>`);
const ldJson = fc.constantFrom(
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H\\u0001ead","author":"https://example.com/a","image":{"url":"https://example.com/i.jpg","width":-3}}</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"javascript:alert(1)"},"publisher":{"name":"P","logo":{"url":"https://u:p@example.com/l.png","width":"1e9"}}}</script>',
);
const html = fc.array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 3, arbitrary: openTag }, { weight: 2, arbitrary: closeTag }, { weight: 1, arbitrary: ldJson }), { maxLength: 40 }).map((parts) => parts.join(''));

function checkClean(article: Article): void {
  expect(firstUncleanString(article)).toBeUndefined();
  for (const block of article.body) expect(MARKUP.test(block.text), block.text).toBe(false);
  for (const url of [article.url, article.image?.url, article.publisher?.url, article.publisher?.logo?.url, ...article.images.map((image) => image.url), ...article.relatedLinks.map((link) => link.url), ...article.authors.map((author) => author.url)]) {
    if (url !== undefined) {
      expect(url).toMatch(/^https?:\/\/[^/@]+(?:\/|$)/u);
    }
  }
  for (const size of [article.image?.width, article.image?.height, article.publisher?.logo?.width, article.publisher?.logo?.height]) {
    if (size !== undefined) expect(Number.isInteger(size) && size > 0 && size <= 65_535).toBe(true);
  }
  for (const author of article.authors) expect(author.name).not.toMatch(/^(?:[a-z][a-z\d+.-]*:|\/\/|www\.)/iu);
}

const runs = propertyRuns(5000);
describe('random HTML gives clean output', () => {
  it('as a document and as a fragment', { timeout: propertyTimeout(runs) }, () => {
    fc.assert(
      fc.property(html, (body) => {
        checkClean(parseArticle(`<html><head><title>T</title></head><body>${body}</body></html>`, { url: 'https://example.com/page' }));
        checkClean(parseArticle(body, { format: 'html' }));
      }),
      { numRuns: runs, seed: Number(process.env.FAST_CHECK_SEED ?? 20261201) },
    );
  });
});
