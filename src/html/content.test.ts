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
});
