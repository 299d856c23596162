import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';

/** Paragraphs of article prose, each long enough to score. */
const prose = (count: number, topic: string): string =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1} about the ${topic}: the council met on Tuesday, heard the engineers, and agreed after a long debate that the work would go on.</p>`).join('\n');

/** The body texts of a page. */
const bodyOf = (html: string): string[] => parseArticle(html, { url: 'https://example.com/news/2024/01/02/story' }).body.map((block) => block.text);

describe('choosing the main content', () => {
  it('joins a sibling part of the article whose paragraphs sit deeper than the scores reach', () => {
    const deep = (inner: string): string => `<div><div><div><div><div><section><div class="inner">${inner}</div></section></div></div></div></div></div>`;
    const html = `<html><body><div class="wrap"><div class="part">${deep(prose(2, 'river'))}</div><figure><img src="/a.jpg"><figcaption>The river in spring.</figcaption></figure><div class="part">${prose(6, 'bridge')}</div></div><div class="footer-links"><a href="/a">About us</a></div></body></html>`;
    const body = bodyOf(html);
    expect(body[0]).toMatch(/^Paragraph 1 about the river/u);
    expect(body.filter((text) => text.includes('river:'))).toHaveLength(2);
    expect(body.filter((text) => text.includes('bridge:'))).toHaveLength(6);
  });

  it('falls back to the region that holds most of the text when no one container does (a landing page)', () => {
    const feature = (name: string): string => `<li class="feature"><h2>${name}</h2><p>Find out how ${name} lets you inspect and change any page you visit.</p></li>`;
    const html = `<html><body><div class="menu-bar"><a href="/">Home</a></div><main><section class="intro"><header><h1>Welcome</h1><p>Get to know the features that make this the most complete browser for building the web.</p></header><ul>${['Inspector', 'Console'].map(feature).join('')}</ul></section><section class="more"><ul>${['Debugger', 'Network', 'Audio', 'Styles'].map(feature).join('')}</ul></section></main></body></html>`;
    const body = bodyOf(html);
    expect(body).toContain('Get to know the features that make this the most complete browser for building the web.');
    expect(body).toContain('Find out how Console lets you inspect and change any page you visit.');
    expect(body).toContain('Find out how Styles lets you inspect and change any page you visit.');
    expect(body).not.toContain('Home');
  });

  it('puts the lede that closes the header block just before the body first, and no other paragraph from outside', () => {
    const lede = 'The council agreed on Tuesday to rebuild the old bridge, after a year of debate over its cost and its route.';
    const teaser = 'Another story on this site that the reader may like to read next, with a long summary of what it says.';
    const page = (header: string): string => `<html><body><main><article><header><h1>Bridge to be rebuilt</h1>${header}</header><div class="story">${prose(5, 'bridge')}</div></article><div class="teasers"><p>${teaser}</p></div></main></body></html>`;
    const body = bodyOf(page(`<p>${lede}</p>`));
    expect(body[0]).toBe(lede);
    expect(body[1]).toMatch(/^Paragraph 1 about the bridge/u);
    expect(body).not.toContain(teaser);
    // A linked summary (a teaser) in the header block is no lede.
    const linked = bodyOf(page(`<p><a href="/news/other-story">${teaser}</a></p>`));
    expect(linked[0]).toMatch(/^Paragraph 1 about the bridge/u);
  });
});
