import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { readPageLines } from './lines';

const menu = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'];
const page = [
  'Skip to main content',
  ...menu,
  'Subscribe',
  'World | Bridge opens after ten years of work',
  'Bridge opens after ten years of work',
  'The city celebrates as the long-delayed crossing finally opens to traffic and walkers.',
  'By Jane Roe and John Doe',
  'Updated 3:04 PM EST, Tue November 19, 2019',
  'The new bridge across the river opened on Tuesday after ten years of planning, two changes of government and a long argument about its cost.',
  'Thousands of people walked across it in the morning, and the first buses crossed shortly after noon as the city celebrated the end of the work.',
  '“This is a great day for the whole city and for everyone who waited so long,” Roe quoted the mayor, Ann Lee, as saying.',
  'Photograph: City Council',
  'The total cost reached 1.2 billion euros, about a third more than planned, according to figures published by the council last week.',
  'Tags: bridges, city council, transport',
  'Share this article',
  'Related',
  'Another story about roads and the traffic in the old town of the city',
  ...menu,
  '© 2019 Example News. All rights reserved.',
].join('\n');

describe('page text', () => {
  const article = parseArticle(page, { url: 'https://news.example.com/2019/11/19/bridge-opens-after-ten-years' });

  it('finds the headline, byline and date around the article', () => {
    expect(article.source).toMatchObject({ format: 'text', layout: 'page-text' });
    expect(article.title).toBe('Bridge opens after ten years of work');
    expect(article.authors).toEqual([{ name: 'Jane Roe' }, { name: 'John Doe' }]);
    expect(article.modifiedAt ?? article.publishedAt).toBe('2019-11-19T20:04:00.000Z');
  });

  it('reads the standfirst, the section from the crumb and the tags line', () => {
    expect(article.description).toBe('The city celebrates as the long-delayed crossing finally opens to traffic and walkers.');
    expect(article.section).toBe('World');
    expect(article.tags).toEqual(['bridges', 'city council', 'transport']);
  });

  it('keeps the article paragraphs and leaves menus, credits and footers out', () => {
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toBe(article.description);
    expect(article.paragraphs[1]).toMatch(/^The new bridge across the river opened on Tuesday/u);
    expect(article.paragraphs.join(' ')).not.toMatch(/Photograph|Subscribe|All rights reserved|Share this/u);
    expect(article.leftovers).toContain('Skip to main content');
    expect(article.leftovers).toContain('© 2019 Example News. All rights reserved.');
  });

  it('takes the language detected over the page when nothing declares one', () => {
    expect(article.language).toBe('en');
    expect(article.source.fields['language']).toBe('text:detected');
  });

  it('reads html-to-text link markers off the text', () => {
    const lines = readPageLines('Read the report [https://example.com/report] today.\nNews [/news]', 'https://example.com/a');
    expect(lines.map((line) => line.text)).toEqual(['Read the report today.', 'News']);
    expect(lines[0]?.links).toEqual([{ url: 'https://example.com/report', text: 'Read the report' }]);
    expect(lines[1]?.links).toEqual([{ url: 'https://example.com/news', text: 'News' }]);
    expect(lines[1]?.linkChars).toBe(4);
  });

  it('opens the body at the first paragraph under the byline, across the advertisements after it', () => {
    const paragraphs = page.split('\n').slice(15, 18);
    const opening = 'For years the river had only one crossing, an old iron bridge that closed every winter for repairs.';
    const lines = ['Advertisement', ...menu, 'Bridge opens after ten years of work', 'By Jane Roe', opening, 'Advertisement', 'Advertisement', ...paragraphs, '© 2019 Example News.'];
    const article = parseArticle(lines.join('\n'));
    expect(article.body.map((block) => block.text)).toEqual([opening, ...paragraphs]);
  });

  it('reads relative link markers (`[./page.html#p01]`, `[../index.html]`) off the text', () => {
    const lines = readPageLines('[./20190211.html#p01]Entry title\nTop [../../index.html] > News', 'https://example.com/diary/2019/a.html');
    expect(lines.map((line) => line.text)).toEqual(['Entry title', 'Top > News']);
    expect(lines[1]?.links[0]?.url).toBe('https://example.com/index.html');
  });

  it('strips list bullets and form widgets', () => {
    const lines = readPageLines('  • News\n  □ World news\n[ ] Show More\n1. First item');
    expect(lines.map((line) => [line.text, line.bullet])).toEqual([
      ['News', true],
      ['World news', true],
      ['Show More', false],
      ['First item', true],
    ]);
  });

  it('keeps a day before a month word and a year as a date, not a numbered item', () => {
    const lines = readPageLines('5. Januar 2023\n12. listopadu 2019 10:15\n2. Mai 2021 Update\n3. The next step\n4. Mai');
    expect(lines.map((line) => [line.text, line.bullet])).toEqual([
      ['5. Januar 2023', false],
      ['12. listopadu 2019 10:15', false],
      ['2. Mai 2021 Update', false],
      ['The next step', true],
      ['Mai', true],
    ]);
  });
});

describe('the date a URL month agrees with', () => {
  const release = [
    'The company released a new mouse on Friday that signs its user in to the computer with a fingerprint, so that no password has to be typed at all.',
    'The mouse reads the fingerprint on a small sensor beside its left button and works with the sign-in feature the operating system already has.',
    'It costs about forty dollars and comes in black only, the company said, adding that a wireless version would follow later in the year.',
    'Shops in the larger cities will have the mouse from next week, and the company will sell it on its own website from the same day.',
    'A keyboard with the same sensor is planned as well, though the company would not say when it expects to bring that one to market.',
    'The company has sold computer accessories for more than forty years and makes most of them in its own factories abroad.',
  ];
  const text = [
    'Products', 'Support', 'News releases', 'Home > News releases > A mouse that reads your fingerprint', 'News release', '2019.03.08', 'All news releases',
    'Keyboards', 'Mice', 'Cables', 'Chairs', 'Desks', 'Racks', 'Storage', 'Cases', 'A mouse that reads your fingerprint', ...release,
    'Other news', '2019.02.20 New cable tidy for desks', 'About us',
  ].join('\n\n');

  it('takes the lone date line in the month of the URL over a listing date of another month', () => {
    expect(parseArticle(text, { url: 'https://example.com/news/201903/mouse/index.html' }).publishedAt).toBe('2019-03-08T00:00:00.000Z');
    // Without the month in the URL nothing tells the header's lone date from the listing's.
    expect(parseArticle(text, { url: 'https://example.com/news/mouse/index.html' }).publishedAt).not.toBe('2019-03-08T00:00:00.000Z');
  });
});
