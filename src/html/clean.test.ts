import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';

/** Paragraphs of article prose, each long enough to score. */
const prose = (count: number, topic = 'river'): string =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1} about the ${topic}: the council met on Tuesday, heard the engineers, and agreed after a long debate that the work would go on as planned.</p>`).join('\n');

/** The body texts of a page. */
const bodyOf = (html: string): string[] => parseArticle(html, { url: 'https://example.com/news/2024/01/02/story' }).body.map((block) => block.text);

describe('cleaning the content of chrome', () => {
  it('drops ad and loading placeholders between paragraphs', () => {
    const body = bodyOf(`<html><body><article><div class="story">${prose(2)}<div class="slot"><div>Advertisement</div></div>${prose(2, 'bridge')}<div class="slot">Loading...</div></div></article></body></html>`);
    expect(body).toHaveLength(4);
    expect(body.join(' ')).not.toMatch(/Advertisement|Loading/u);
  });

  it('drops a breadcrumb trail and a list of section links above the lede, keeps a list of links the article gives under a heading', () => {
    const sections = ['World', 'Europe', 'Economy', 'Transport'].map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`).join('');
    const sources = ['Council minutes', 'Engineering report', 'Budget tables'].map((name) => `<li><a href="/docs/${name.length}">${name}</a></li>`).join('');
    const crumbs = '<p><a href="/">Home</a> &gt; <a href="/news">World news</a> &gt; <a href="/news/city">City and region</a> &gt; Bridge</p>';
    const body = bodyOf(`<html><body><div class="article-body">${crumbs}<ul class="crumbs">${sections}</ul>${prose(3)}<h3>Sources</h3><ul>${sources}</ul></div></body></html>`);
    expect(body[0]).toMatch(/^Paragraph 1/u);
    expect(body.join(' ')).not.toContain('Europe');
    expect(body.join(' ')).not.toContain('Home');
    expect(body).toContain('Engineering report');
  });

  it('drops a gallery of images with no text and a share widget, keeps the list the article writes', () => {
    const gallery = '<div class="pics"><img src="/a.jpg"><img src="/b.jpg"><img src="/c.jpg"></div>';
    const share = '<div class="share-tools"><span>Share this story on Facebook, Twitter and by e-mail</span></div>';
    const list = '<ul><li>The first lane opens in March, after the inspection.</li><li>The second lane opens in June, once the deck is finished.</li></ul>';
    const body = bodyOf(`<html><body><article>${prose(2)}${gallery}${share}${list}${prose(1, 'budget')}</article></body></html>`);
    expect(body).toContain('The first lane opens in March, after the inspection.');
    expect(body.join(' ')).not.toContain('Share this story');
    expect(body).toHaveLength(5);
  });

  it('counts images and paragraphs past the empty inline elements beside them', () => {
    const gallery = '<div class="pics"><span></span><img src="/a.jpg"><a href="/a">a</a><img src="/b.jpg"><em>b</em><img src="/c.jpg"></div>';
    const body = bodyOf(`<html><body><article>${prose(2)}${gallery}<div><a href="/x">x</a>${prose(1, 'budget')}<b>!</b></div></article></body></html>`);
    // The gallery goes (three images, no paragraph); the div with a paragraph and inline leaves stays whole.
    expect(body.map((text) => text.slice(0, 22))).toEqual(['Paragraph 1 about the ', 'Paragraph 2 about the ', 'x', 'Paragraph 1 about the ', '!']);
  });

  it('keeps a data table and removes a heading named as chrome', () => {
    const rows = Array.from({ length: 4 }, (_, index) => `<tr><td>Year ${2020 + index}</td><td>${index * 10} cars</td><td>${index} buses</td><td><a href="/d${index}">details</a></td></tr>`).join('');
    const body = bodyOf(`<html><body><article>${prose(2)}<h2 class="promo-title">Subscribe to our newsletter</h2><table><thead><tr><th>Year</th><th>Cars</th><th>Buses</th><th>More</th></tr></thead>${rows}</table>${prose(1, 'tunnel')}</article></body></html>`);
    expect(body.join(' ')).not.toContain('Subscribe');
    expect(body).toContain('Year 2021');
  });

  it('measures link density on text as shown: indentation inside links does not make prose a link list', () => {
    const link = (words: string): string => `<a href="/x">\n                        ${words.split(' ').join('\n                        ')}\n                    </a>`;
    const paragraph = `<p>The ${link('Xbox One X')} is the most powerful console yet, faster than ${link('the PlayStation 4 Pro')} and the ${link('Xbox One S')}, and it costs more than both; reviewers found it quiet, cool and small for what it holds, and most games look sharper on it than anywhere else.</p>`;
    const body = bodyOf(`<html><body><article><div class="grid"><div class="cell">${paragraph}</div></div>${prose(3)}</article></body></html>`);
    expect(body[0]).toMatch(/^The Xbox One X is the most powerful console yet/u);
  });
});

describe('regions named as boilerplate', () => {
  it('drops newsletter, most-popular, author-bio and cookie regions inside the content, never the article itself', () => {
    const regions = [
      '<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up to receive our best stories in your inbox every morning, free of charge.</p></div>',
      '<section class="most-popular"><h3>Most read</h3><p>A long teaser for another story that sits beside the article and has many words in it.</p></section>',
      '<div class="author-bio"><p>Jane Roe covers transport and city hall for the paper, and has done so for ten years.</p></div>',
      '<div class="cookie-notice"><p>We use cookies to give you the best experience on our site, as our policy explains.</p></div>',
    ].join('');
    const body = bodyOf(`<html><body><div class="recommended-reading-article">${prose(4)}${regions}</div></body></html>`);
    expect(body).toHaveLength(4);
    expect(body.every((text) => text.startsWith('Paragraph'))).toBe(true);
  });
});

describe('figures in the article', () => {
  it('keeps the caption of an article figure as a body block, in place', () => {
    const figure = '<figure><img src="/bridge.jpg"><figcaption>The bridge at dawn, seen from the north bank.</figcaption></figure>';
    const body = bodyOf(`<html><body><article>${prose(2)}${figure}${prose(1, 'budget')}</article></body></html>`);
    expect(body[2]).toBe('The bridge at dawn, seen from the north bank.');
    expect(body).toHaveLength(4);
  });
});

describe('choosing the container', () => {
  it('does not climb from the article to a page wrapper through slowly falling parents', () => {
    // Scores fall from the story (21) to its article (13), its column (7.7), the left column (6.8); the page row
    // that also holds the teasers scores 11.1: a floor that falls with each parent would climb to that row.
    const teaser = (index: number): string => `<div class="teaser"><h3><a href="/t${index}">Teaser ${index}</a></h3><p>A short summary of another story, with a comma, and another, to score a little.</p></div>`;
    const html = `<html><body><div class="row"><div class="left"><div class="news"><article><p class="date">2 Jan 2024</p><div class="inner">${prose(4)}</div></article></div></div><div class="right">${Array.from({ length: 8 }, (_, index) => teaser(index)).join('')}</div></div></body></html>`;
    const body = bodyOf(html);
    expect(body.join(' ')).not.toContain('summary of another story');
    expect(body.filter((text) => text.startsWith('Paragraph'))).toHaveLength(4);
  });

  it('cleans content found above the body (a wrapper scored through the body it holds) as any other', () => {
    const html = `<div class="story"><body>${prose(3)}</body><div>${prose(2, 'bridge')}<div class="share"><a href="/s">Share this</a></div></div></div>`;
    const body = bodyOf(html);
    expect(body.join(' ')).not.toContain('Share this');
    expect(body.filter((text) => text.startsWith('Paragraph'))).toHaveLength(5);
  });

  it('retries on the untouched page when the first cleaning left too little', () => {
    const html = `<html><body><div class="layout-with-sidebar-right"><div class="pane description">${prose(5)}</div></div></body></html>`;
    expect(bodyOf(html)).toHaveLength(5);
  });
});
