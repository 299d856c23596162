/**
 * Hostile input shapes for the scaling bench: each makes an input of a given size (in UTF-16 units) that stresses
 * one part of the parser — text shapes the text front ends, HTML shapes the DOM walks, the content scoring and the
 * JSON-LD reader. The list comes from probing the library as an attacker would (issue 10).
 */

/** One shape of input. */
export interface Shape {
  readonly name: string;
  /** Which real input it is compared with: page text or page HTML. */
  readonly kind: 'text' | 'html';
  /** A page URL to pass (same-site links only count with one). */
  readonly url?: string;
  readonly make: (size: number) => string;
}

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Units made by a function of their index, up to the size. */
const numbered = (size: number, unit: (index: number) => string): string => {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
};
/** An HTML document around a body of the given size. */
const page = (size: number, body: (size: number) => string): string => `<!doctype html><html><head><title>A title</title></head><body>${body(size - 80)}</body></html>`;
const text = (name: string, make: (size: number) => string): Shape => ({ name, kind: 'text', make });
const html = (name: string, make: (size: number) => string, url?: string): Shape => ({ name, kind: 'html', make, ...(url === undefined ? {} : { url }) });

/** The hostile shapes, text first. */
export const HOSTILE_SHAPES: readonly Shape[] = [
  text('quotes', (size) => repeat('“a,” he said. ', size)),
  text('dots', (size) => repeat('.', size)),
  text('capitals', (size) => repeat('Ab Cd ', size)),
  text('less-than', (size) => repeat('<', size)),
  text('one long line', (size) => repeat('word ', size)),
  text('blank lines', (size) => repeat('\n', size)),
  text('bullet lines', (size) => repeat('• x\n', size)),
  text('Tag: X lines', (size) => repeat('Tag: X\n', size)),
  text('many short lines', (size) => repeat('ab\n', size)),
  text('dense mixed quote marks', (size) => repeat('a“b"c«d‘e’f»g„h”i\'j ', size)),
  text('short quote paragraphs', (size) => repeat('“Yes,” she said.\n\n', size)),
  text('CR-only lines', (size) => repeat('A line of text here.\r', size)),
  text('RTL and combining marks', (size) => repeat('مرحبا بالعالم שלום עולם e\u0301\u0308\u0327 \u202Eabc\u202C ', size)),
  text('By Name lines', (size) => repeat('By Jane Roe\n', size)),
  text('date lines', (size) => repeat('January 2, 2024 10:00 AM\n', size)),
  text('URL flood', (size) => numbered(size, (index) => `https://example.com/2024/01/02/some-story-${index}?x=1 `)),
  text('quote-said-name chains', (size) => repeat('“Yes,” said Jane Roe. “No,” said John Doe, “maybe,” Ann Lee added. ', size)),
  text('quotes after an attributed one', (size) => `Jane Roe spoke. “Yes,” said Jane Roe. ${repeat('“a” ', size - 40)}`),
  text('name runs', (size) => repeat('Jane Roe John Doe Ann Lee ', size)),
  text('entity flood (text)', (size) => repeat('&amp;&#8217;&quot;&rsquo; ', size)),
  text('mojibake', (size) => repeat('â€™Ã© ', size)),
  text('metadata blocks', (size) => repeat('https://example.com/2024/01/02/story\n\n2024-01-02T10:00:00Z\n\n', size)),
  text('commas and colons', (size) => repeat('a, b: c; d, ', size)),
  text('hard-wrapped paragraph', (size) => `one two three four five six\n${numbered(size - 28, (index) => `and row ${index}\n`)}`),
  html('nested tags', (size) => `${repeat('<div>', size / 2)}x${repeat('</div>', size / 2)}`),
  html('<p>x</p> repeated', (size) => repeat('<p>x</p>', size)),
  html('<input> flood', (size) => page(size, (inner) => repeat('<input>', inner))),
  html('JSON-LD scripts', (size) => page(size, (inner) => repeat('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>', inner))),
  html('invalid JSON-LD scripts', (size) => page(size, (inner) => repeat('<script type="application/ld+json">{"@type":"NewsArticle",,"a":[1,}</script>', inner))),
  html('nested JSON-LD arrays', (size) => `<script type="application/ld+json">${repeat('[', size / 2 - 40)}${repeat(']', size / 2 - 40)}</script>`),
  html('deep text', (size) => page(size, (inner) => '<div><span>x'.repeat(100) + repeat('word ', inner - 1300))),
  html('unclosed inline tags', (size) => page(size, (inner) => repeat('<p><b><i><span>x', inner))),
  html('misnested tags', (size) => page(size, (inner) => repeat('<b><i>x</b></i><p>y<div>z</p></div>', inner))),
  html('closing tags that close nothing', (size) => page(size, (inner) => repeat('<div></span>', inner))),
  html('attribute flood', (size) => page(size, (inner) => numbered(inner, (index) => `<p class="c${index}" id="i${index}" data-a="1" data-b="2" style="color:red" title="t">word ${index}</p>`))),
  html('one element with many attributes', (size) => `<div ${numbered(size - 20, (index) => `a${index}="${index}" `)}>x</div>`),
  html('entity flood (HTML)', (size) => page(size, (inner) => repeat('<p>&amp;&lt;&#8217;&nbsp;&#x1F600;&bogus;</p>', inner))),
  html('link-heavy HTML', (size) => page(size, (inner) => numbered(inner, (index) => `<p>Some text, <a href="/2024/01/story-number-${index}">one two three</a> and more.</p>`))),
  html('same-site links with a page URL', (size) => page(size, (inner) => `<article>${numbered(inner - 20, (index) => `<a href="/2024/01/a-b-c-${index}">one two three</a>`)}</article>`), 'https://example.com/x'),
  html('short quote paragraphs (HTML)', (size) => page(size, (inner) => repeat('<p>“Yes,” she said.</p>', inner))),
  html('image flood', (size) => page(size, (inner) => numbered(inner, (index) => `<img src="/i/${index}.jpg" alt="a">`))),
  html('comment flood', (size) => page(size, (inner) => repeat('<!-- a comment --> x ', inner))),
  html('unclosed table cells', (size) => page(size, (inner) => `<table><tr>${repeat('<td>cell, text', inner - 20)}`)),
  html('time elements', (size) => page(size, (inner) => repeat('<time>Jan 2, 2024</time> ', inner))),
  html('byline-class flood', (size) => page(size, (inner) => repeat('<div class="byline">By Jane Roe ', inner))),
  html('microdata flood', (size) => page(size, (inner) => `<div itemscope itemtype="https://schema.org/NewsArticle">${repeat('<span itemprop="description">text ', inner - 80)}</div>`)),
  html('bare text in body', (size) => page(size, (inner) => repeat('word, word. ', inner))),
  html('control characters and entities', (size) => page(size, (inner) => repeat('<p>a\u0001&#1;&#xD800;\u0085b</p>', inner))),
];
