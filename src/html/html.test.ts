import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { parseJsonLd } from './json-ld';
import { indexElements } from './element-index';
import { microdataCandidates } from './microdata';
import { parseHtmlDocument } from './parse-document';
import { cleanDocumentTitle } from './title';

const jsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Example News' },
    {
      '@type': 'NewsArticle',
      headline: 'Bridge opens after ten years &amp; a long fight',
      description: 'The long-delayed crossing is open.',
      datePublished: '2019-11-19T10:00:00-05:00',
      dateModified: '2019-11-19T15:04:00-05:00',
      author: [{ '@type': 'Person', name: 'Jane Roe', url: '/people/jane-roe' }, { '@type': 'Person', name: 'John Doe' }],
      publisher: { '@type': 'Organization', name: 'Example News', logo: { '@type': 'ImageObject', url: 'https://example.com/logo.png', width: 600, height: 60 } },
      image: { '@type': 'ImageObject', url: 'https://example.com/lead.jpg', width: 1200, height: 800 },
      articleSection: 'World',
      keywords: 'bridges, city council',
      inLanguage: 'en-US',
      __proto__: { polluted: true },
    },
  ],
});

const page = `<!doctype html>
<html lang="en-GB"><head>
<title>Bridge opens | Example News</title>
<base href="https://example.com/news/">
<link rel="canonical" href="https://example.com/news/2019/11/19/bridge-opens-after-ten-years">
<meta property="og:title" content="Bridge opens (OpenGraph)">
<meta property="og:description" content="OpenGraph description.">
<meta property="article:published_time" content="2019-11-18T00:00:00Z">
<meta property="article:tag" content="bridges"><meta property="article:tag" content="transport">
<script type="application/ld+json">${jsonLd}</script>
<script type="application/ld+json">{ "@type": "BreadcrumbList", "itemListElement": [], }</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="sidebar"><p>Most read: a story about something else entirely, with many words, commas, and more.</p></div>
<article class="article-body">
  <h1>Bridge opens after ten years</h1>
  <p>The new bridge across the river opened on Tuesday after ten years of planning, two changes of government and a long argument about its cost.</p>
  <p>Thousands of people walked across it in the morning, and the first buses crossed shortly after noon, as the city celebrated the end of the work.</p>
  <h2>The cost</h2>
  <p>The total cost reached 1.2 billion euros, about a third more than planned, the council said in figures published last week, <q>a fair price for a century</q>.</p>
  <blockquote><p>This is a great day for the whole city and everyone who waited so long for it.</p></blockquote>
  <figure><img data-src="img/bridge.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>The bridge at dawn.</figcaption></figure>
  <ul><li>Length: 1.2 kilometres of steel and concrete</li><li>Lanes: four lanes, two cycle paths and a walkway</li></ul>
  <table><tr><td>Opened</td><td>2019</td></tr></table>
  <p>Read more: <a href="/news/2019/11/01/bridge-budget-row-explained">Bridge budget row explained in full</a>, and <a href="javascript:alert(1)">this</a>.</p>
  <div style="display:none"><p>Hidden text that must not appear in the article body at all.</p></div>
</article>
<footer><p>© 2019 Example News. All rights reserved. Terms, privacy, cookies and more links here.</p></footer>
</body></html>`;

describe('HTML pages', () => {
  const article = parseArticle(page, { url: 'https://example.com/news/2019/11/19/bridge-opens-after-ten-years?utm=x' });

  it('prefers the most specific source and says which won', () => {
    expect(article.source).toMatchObject({ format: 'html', layout: 'html' });
    expect(article.title).toBe('Bridge opens after ten years & a long fight');
    expect(article.source.fields['title']).toBe('html:json-ld');
    expect(article.publishedAt).toBe('2019-11-19T15:00:00.000Z');
    expect(article.source.fields['publishedAt']).toBe('html:json-ld');
    expect(article.modifiedAt).toBe('2019-11-19T20:04:00.000Z');
    expect(article.description).toBe('The long-delayed crossing is open.');
    expect(article.language).toBe('en-GB');
    expect(article.source.fields['language']).toBe('html:html lang');
    expect(article.url).toBe('https://example.com/news/2019/11/19/bridge-opens-after-ten-years');
    expect(article.section).toBe('World');
    expect(article.siteName).toBe('Example News');
  });

  it('reads people, publisher, image, tags and keywords from JSON-LD and meta', () => {
    expect(article.authors).toEqual([{ name: 'Jane Roe', url: 'https://example.com/people/jane-roe' }, { name: 'John Doe' }]);
    expect(article.publisher).toEqual({ name: 'Example News', logo: { url: 'https://example.com/logo.png', width: 600, height: 60 } });
    expect(article.image).toEqual({ url: 'https://example.com/lead.jpg', width: 1200, height: 800 });
    expect(article.tags).toEqual(['bridges', 'transport']);
    expect(article.keywords).toEqual(['bridges', 'city council']);
  });

  it('keeps JSON-LD keys away from Object.prototype', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const parsed = parseJsonLd('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}, "name": "ok",}');
    expect(parsed).toEqual({ name: 'ok' });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('parses JSON-LD without the reviver when nothing needs it, and turns away broken structure before parsing', () => {
    expect(parseJsonLd('{"a":[1,2],"b":"x"}')).toEqual({ a: [1, 2], b: 'x' });
    // An escape may spell a forbidden key or a control character: that text takes the reviver.
    expect(parseJsonLd('{"\\u005f_proto__": {"x": 1}, "s": "a\\u0001b"}')).toEqual({ s: 'ab' });
    expect(parseJsonLd('[1,]')).toEqual([1]);
    // Broken before the repairs, mended by them.
    expect(parseJsonLd('[,]')).toEqual([]);
    for (const broken of ['{"a":1,,"b":2}', '{"a":[1}', '{"a":1', '{"a":,"b":1}', '{"a"::1}', ']', '{"@type":"NewsArticle",,"a":[1,}']) expect(parseJsonLd(broken)).toBeUndefined();
    expect(parseJsonLd(`${'['.repeat(32)}${']'.repeat(32)}`)).toBeDefined();
    expect(parseJsonLd(`${'['.repeat(33)}${']'.repeat(33)}`)).toBeUndefined();
  });

  it('finds the main content and leaves chrome out', () => {
    const texts = article.body.map((block) => block.text);
    // The <h1> above the lede is the headline the page shows (it shares words with the titles): not a body block.
    expect(texts[0]).toMatch(/^The new bridge across the river/u);
    expect(article.body.find((block) => block.text === 'The cost')?.type).toBe('heading');
    expect(article.body.filter((block) => block.type === 'list-item')).toHaveLength(2);
    expect(texts).toContain('Opened');
    expect(texts.join(' ')).not.toMatch(/Most read|All rights reserved|Hidden text|Home World Sport/u);
  });

  it('takes the headline as the title, not as the first body block', () => {
    const lede = 'The council voted on Tuesday to widen the river path, after a year of public meetings and letters. '.repeat(6);
    const page = `<html><head><title>Council widens the river path | Daily Site</title></head><body><article><header><h1>Council widens the river path</h1></header><h2>Council widens the river path</h2><p>${lede}</p><h2>What comes next</h2><p>${lede}</p></article></body></html>`;
    const article = parseArticle(page, { format: 'html' });
    expect(article.title).toBe('Council widens the river path');
    expect(article.body[0]?.text).toBe(lede.trim());
    expect(article.body.map((block) => block.text)).toContain('What comes next');
  });

  it('turns blockquote and q into quotes, figures into images with captions', () => {
    expect(article.quotes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'a fair price for a century', kind: 'partial' }),
        expect.objectContaining({ text: 'This is a great day for the whole city and everyone who waited so long for it.', kind: 'block' }),
      ]),
    );
    expect(article.images).toContainEqual({ url: 'https://example.com/news/img/bridge.jpg', caption: 'The bridge at dawn.' });
  });

  it('keeps only http(s) related links from the content, with anchor titles', () => {
    expect(article.relatedLinks).toEqual([
      { url: 'https://example.com/news/2019/11/01/bridge-budget-row-explained', title: 'Bridge budget row explained in full', publishedAt: '2019-11-01T00:00:00.000Z' },
    ]);
  });

  it('tolerates broken JSON-LD and falls back to meta tags', () => {
    const broken = parseArticle(
      '<html><head><title>Fallback title here | Site</title><meta property="og:title" content="OG title wins"><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body><p>Short.</p></body></html>',
    );
    expect(broken.title).toBe('OG title wins');
    expect(broken.source.fields['title']).toBe('html:meta og:title');
  });
});

describe('JSON-LD name and headline', () => {
  it('takes the one the page title matches when they differ', () => {
    const html = (title: string): string =>
      `<html><head><title>${title}</title><script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}</script></head><body><p>x</p></body></html>`;
    expect(parseArticle(html('New Zealand - Wikipedia')).title).toBe('New Zealand');
    expect(parseArticle(html('A constitutional monarchy in Oceania | Atlas')).title).toBe('constitutional monarchy in Oceania');
  });
});

describe('microdata', () => {
  it('reads an Article item when nothing else gives the fields, ignoring nested items', () => {
    const article = parseArticle(`<html><body><div itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Microdata headline of the story</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Roe</span></span>
      <time itemprop="datePublished" datetime="2020-02-03T04:05:06Z">3 Feb</time>
      <meta itemprop="articleSection" content="Science">
      <p>The body of the story is long enough to be found as the main content of this small page, with commas, words and more.</p>
    </div></body></html>`);
    expect(article.title).toBe('Microdata headline of the story');
    expect(article.source.fields['title']).toBe('html:microdata');
    expect(article.publishedAt).toBe('2020-02-03T04:05:06.000Z');
    expect(article.section).toBe('Science');
  });

  it('keeps the first value of a single-valued property and reads every author', () => {
    const document = parseHtmlDocument(`<div itemscope itemtype="https://schema.org/NewsArticle">
      <p itemprop="description">The first description.</p>
      <p itemprop="description author">Second Writer</p>
      <p itemprop="headline name">The headline</p>
      <p itemprop="name">Another name</p>
      <span itemprop="author">Jane Roe</span>
    </div>`);
    const { scalars, lists } = microdataCandidates(indexElements(document).all('scopes'));
    expect(scalars.map((candidate) => [candidate.field, candidate.value])).toEqual([
      ['description', 'The first description.'],
      ['description', 'Second Writer'],
      ['title', 'The headline'],
    ]);
    expect(lists.map((candidate) => candidate.value)).toEqual([{ name: 'Second Writer' }, { name: 'Jane Roe' }]);
  });
});

describe('cleanDocumentTitle', () => {
  it.each([
    ['Bridge opens after ten years | Example News', 'Bridge opens after ten years'],
    ['Example News - Bridge opens', 'Example News - Bridge opens'],
    ['News > World > Bridge opens after ten years of work', 'World > Bridge opens after ten years of work'],
    ['Short', 'Short'],
  ])('%s → %s', (title, expected) => {
    expect(cleanDocumentTitle(title, [])).toBe(expected);
  });
});

describe('limitSourceNesting', () => {
  it('leaves ordinary pages alone and drops tags nested beyond the limit', async () => {
    const { limitSourceNesting, MAX_SOURCE_DEPTH } = await import('./nesting');
    const page = '<html><body><div><p>Text <br> more <img src="a.png"/></p></div></body></html>';
    expect(limitSourceNesting(page)).toBe(page);
    const deep = `${'<div>'.repeat(MAX_SOURCE_DEPTH + 50)}deep text${'</div>'.repeat(MAX_SOURCE_DEPTH + 50)}`;
    const limited = limitSourceNesting(deep);
    expect((limited.match(/<div>/gu) ?? []).length).toBe(MAX_SOURCE_DEPTH);
    expect((limited.match(/<\/div>/gu) ?? []).length).toBe(MAX_SOURCE_DEPTH);
    expect(limited).toContain('deep text');
  });

  it('puts one space for each tag it drops, keeping every piece of text in order', async () => {
    const { limitSourceNesting, MAX_SOURCE_DEPTH } = await import('./nesting');
    const unclosed = '<b>x'.repeat(MAX_SOURCE_DEPTH + 3);
    expect(limitSourceNesting(unclosed)).toBe(`${'<b>x'.repeat(MAX_SOURCE_DEPTH)}${' x'.repeat(3)}`);
    const closed = `${'<i>'.repeat(MAX_SOURCE_DEPTH + 2)}y${'</i>'.repeat(MAX_SOURCE_DEPTH + 2)}z`;
    expect(limitSourceNesting(closed)).toBe(`${'<i>'.repeat(MAX_SOURCE_DEPTH)}  y  ${'</i>'.repeat(MAX_SOURCE_DEPTH)}z`);
  });
});

describe('output carries no markup and no unsafe URLs', () => {
  it('keeps text, drops scripts, styles, event handlers and javascript: links', () => {
    const article = parseArticle(
      `<html><head><title>Safe page title here</title><script>alert(1)</script><style>p{}</style></head><body><article>
      <p onclick="steal()">Hello <b>bold</b> world, this paragraph is long enough to be the article's content, with commas.</p>
      <p>Second paragraph with an <a href="javascript:alert(1)">evil link</a> and a <a href="data:text/html,x">data link</a>, and more words.</p>
      <img src="javascript:alert(1)"><img src="https://example.com/ok.jpg">
      <script>document.write('<p>injected</p>')</script></article></body></html>`,
      { url: 'https://example.com/page' },
    );
    const strings = JSON.stringify(article);
    expect(strings).not.toMatch(/<\/?(?:[bpa]|script|style|img)\b/iu);
    expect(strings).not.toMatch(/javascript:|data:text|onclick|alert\(1\)|injected/iu);
    expect(article.paragraphs[0]).toBe("Hello bold world, this paragraph is long enough to be the article's content, with commas.");
    expect(article.images.map((image) => image.url)).toEqual(['https://example.com/ok.jpg']);
  });
});

describe('the retry without class-name stripping', () => {
  it('finds an article that sits inside a container named like chrome, in order', () => {
    const paragraphs = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} of the article, long enough to count as prose, with commas, words and more words.</p>`);
    const article = parseArticle(`<html><body><div class="layout-sidebar-right"><div class="story-part">${paragraphs.slice(0, 3).join('')}</div><div class="story-part">${paragraphs.slice(3).join('')}</div></div></body></html>`);
    expect(article.paragraphs.map((text) => text.slice(0, 11))).toEqual(['Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'Paragraph 4', 'Paragraph 5', 'Paragraph 6']);
  });
});
