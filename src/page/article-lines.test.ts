import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { measureLines } from './line-features';
import { readPageLines } from './lines';
import { joinWrappedLines } from './wrapped';

const menu = ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Business', 'Contact'];

describe('wrapped paragraphs', () => {
  it('joins the rows of a hand-wrapped paragraph, and nothing else', () => {
    const lines = readPageLines(
      [
        'Status of this Memo',
        '',
        'This document describes a protocol by which programs running',
        'inside a web browser can keep their data with a provider chosen',
        'by the user. Such a provider need not write the programs.',
        '',
        'A short heading over the next part',
        'by Jane Roe',
        'See the draft at the address below for',
        'https://example.com/drafts/remote-storage-04',
      ].join('\n'),
    );
    expect(joinWrappedLines(lines).map((paragraph) => paragraph.line.text)).toEqual([
      'Status of this Memo',
      'This document describes a protocol by which programs running inside a web browser can keep their data with a provider chosen by the user. Such a provider need not write the programs.',
      'A short heading over the next part',
      'by Jane Roe',
      'See the draft at the address below for',
      'https://example.com/drafts/remote-storage-04',
    ]);
  });

  it('joins a standfirst set in narrow rows', () => {
    const rows = ['Older drivers are often', 'thought to be less safe,', 'less quick in their reactions', 'and slow to learn new cars.'];
    const paragraphs = joinWrappedLines(readPageLines(['Road safety', ...rows, '', 'Home | Cars | Roads'].join('\n')));
    expect(paragraphs.map((paragraph) => paragraph.line.text)).toEqual(['Road safety', rows.join(' '), 'Home | Cars | Roads']);
  });

  it('reads a wrapped document as one article of whole paragraphs', () => {
    const rows = [
      'The storage protocol lets a program in the browser save the data of its',
      'user with a provider that the user picks, instead of the maker of the',
      'program, who then never holds what the user writes.',
      '',
      'Each document is read and written by its path, and the provider answers',
      'with the version it holds, so that two programs that write the same',
      'document at once do not lose the changes of either of them.',
      '',
      'A program asks the user for access once, and keeps the token it is',
      'given for as long as the user lets it, or until the provider ends it.',
    ];
    const article = parseArticle([...menu, 'Remote storage', '', ...rows, '', ...menu, '© 2014 Example'].join('\n'));
    const body = article.body.map((block) => block.text);
    expect(body).toContain(rows.slice(4, 7).join(' '));
    expect(body).toContain(rows.slice(8, 10).join(' '));
    expect(body.every((block) => block.endsWith('.'))).toBe(true);
  });
});

describe('article region', () => {
  it('crosses a block of code whose lines the page repeats', () => {
    const prose = (topic: string): string => `The example below shows how the ${topic} works in practice, and what each of its parts does when the program runs.`;
    const code = ['{', '  list: [', '    list: [', '      list: [', '      ]', '    ]', '  ]', '}'];
    const text = [...menu, prose('first request'), ...code, prose('second request'), ...code, prose('third request'), ...menu].join('\n');
    const body = parseArticle(text).body.map((block) => block.text);
    expect(body[0]).toBe(prose('first request'));
    expect(body.at(-1)).toBe(prose('third request'));
    expect(body).toContain('list: [');
  });

  it('crosses a sample of HTML inside the article, however long', () => {
    const prose = (topic: string): string => `The page below shows how the ${topic} is set up, and what each of its parts does when the browser loads it.`;
    const tags = ['<div id="mocha"></div>', '<ul class="steps">', ...Array.from({ length: 12 }, (_, n) => `<li><script src="lib/part-${n}.js"></script></li>`), '</ul>', '<script>mocha.run();</script>'];
    const text = [...menu, prose('first page'), prose('test runner'), ...tags, 'Notes:', prose('second page'), prose('report'), ...menu].join('\n');
    const body = parseArticle(text, { format: 'text' }).body.map((block) => block.text);
    expect(body[0]).toBe(prose('first page'));
    expect(body.at(-1)).toBe(prose('report'));
    expect(body).toContain('<ul class="steps">');
  });

  it('takes no long line of the page\'s own markup (a tracking pixel) for a sample of code', () => {
    const prose = (n: number): string => `Part ${n} of the story follows the two friends across the city at night, and tells what each of them was looking for.`;
    const pixel = (n: number): string => `<div style="position:absolute;"><img width=1 height=1 alt="" src="https://tracker.example.com/b?P=${'x'.repeat(60)}&n=${n}"></div>`;
    const teaser = (n: number): string => `Teaser ${n} tells of another story on the site, one that the reader may want to open next after this one.`;
    const rail = Array.from({ length: 6 }, (_, n) => [pixel(n), pixel(n + 10), 'Sponsored', pixel(n + 20), teaser(n)]).flat();
    const text = [...menu, prose(1), prose(2), prose(3), prose(4), 'Related stories', ...rail].join('\n');
    expect(parseArticle(text).body.map((block) => block.text)).toEqual([prose(1), prose(2), prose(3), prose(4)]);
  });

  it('crosses a block of SQL whose keywords the page repeats, though few of its lines hold code punctuation', () => {
    const prose = (topic: string): string => `The query below finds the ${topic} of each status code, and the text after it explains how each part of it works.`;
    const query = ['WITH totals AS (', 'SELECT', 'status_code,', 'period,', 'count(*) AS entries', 'FROM', 'server_log_summary', 'WHERE status_code >= 500', 'GROUP BY', 'status_code,', 'period', ')', 'SELECT', '*', 'FROM', 'totals', 'ORDER BY', 'period;'];
    const text = [...menu, 'Simple anomaly detection in plain SQL', 'By Jane Roe', prose('mean'), prose('deviation'), ...query, prose('score'), ...query, prose('alerts'), prose('thresholds'), ...menu].join('\n');
    const body = parseArticle(text, { format: 'text' }).body.map((block) => block.text);
    expect(body[0]).toBe(prose('mean'));
    expect(body.at(-1)).toBe(prose('thresholds'));
    expect(body).toContain(prose('score'));
  });

  it('crosses a list the article announces with a colon, its items printed without bullets', () => {
    const prose = (n: number): string => `Finding ${n} of the report says the country ranks low on the measures of income, wealth and how children fare later.`;
    const countries = ['Finland', 'Norway', 'Australia', 'Canada', 'Germany', 'France', 'United Kingdom', 'Italy', 'Spain', 'United States'];
    const text = [...menu, 'Where a child is born decides more than it should', 'By Jane Roe', prose(1), prose(2), 'The overall rankings of the countries were as follows:', ...countries, prose(3), prose(4), ...menu].join('\n');
    const body = parseArticle(text, { format: 'text' }).body.map((block) => block.text);
    expect(body[0]).toBe(prose(1));
    expect(body.at(-1)).toBe(prose(4));
    expect(body).toContain('Canada');
  });

  it('keeps a long list of names joined by commas out of the article', () => {
    const prose = (n: number): string => `Part ${n} of the story follows the two friends across the city at night, and tells what each of them was looking for.`;
    const names = Array.from({ length: 80 }, (_, n) => `reader${n} Smith`).join(', ');
    const text = [...menu, prose(1), prose(2), prose(3), 'Top', 'Kudos', names, ...menu].join('\n');
    expect(parseArticle(text).body.map((block) => block.text)).toEqual([prose(1), prose(2), prose(3)]);
  });

  it('keeps a JSON dump printed on the page out of the article', () => {
    const paragraph = 'The console is the most powerful one the maker has built so far, and it plays more games at full resolution than any other.';
    const text = [...menu, paragraph, paragraph.replace('console', 'controller'), paragraph.replace('console', 'drive'), '"@type": "NewsArticle",', `"articleBody": "${paragraph} ${paragraph}",`, '"url": "https://example.com/a.png",'].join('\n');
    const body = parseArticle(text).body.map((block) => block.text);
    expect(body).toHaveLength(3);
    expect(body.some((block) => block.includes('articleBody'))).toBe(false);
  });
});

describe('end of the article', () => {
  const paragraph = (n: number): string => `Paragraph ${n} of the report says what the council decided on Tuesday, and why the vote took so long to reach.`;
  const teaser = (n: number): string => `Teaser ${n}: another story of the week tells how the city spent its money on the roads, and what it cost.`;

  it('ends at a heading that only follows articles, below most of the prose, though the list after it outweighs the heading', () => {
    const text = [...menu, paragraph(1), paragraph(2), paragraph(3), paragraph(4), 'Most read', teaser(1), teaser(2), teaser(3)].join('\n');
    const body = parseArticle(text).body.map((block) => block.text);
    expect(body.at(-1)).toBe(paragraph(4));
    expect(body.some((block) => block.startsWith('Teaser'))).toBe(false);
  });

  it('ends before a live ticker of timed headlines, though its items together hold more prose than the article', () => {
    const item = (n: number): string => `Update ${n} on the storm: the roads along the coast stay closed tonight, and the ferries will not sail before noon tomorrow.`;
    const ticker = [9, 8, 7, 6, 5].flatMap((hour) => [`${hour}:15 Storm closes the coast road for the night ${hour}`, item(hour)]);
    const text = [...menu, 'Council approves the budget after a long vote', paragraph(1), paragraph(2), paragraph(3), 'Latest', ...ticker].join('\n');
    const body = parseArticle(text).body.map((block) => block.text);
    expect(body.at(-1)).toBe(paragraph(3));
    expect(body.some((block) => block.startsWith('Update'))).toBe(false);
  });

  it('ends before a ticker of one-line timed headlines under a short article', () => {
    const ticker = [9, 8, 7, 6, 5, 4].map((hour) => `${hour}:15 Storm closes the coast road in district ${hour} as the river rises`);
    const text = [...menu, 'Council approves the budget after a long vote', 'By Jane Roe', paragraph(1), paragraph(2), ...ticker, 'About us'].join('\n');
    const article = parseArticle(text);
    expect(article.body.map((block) => block.text)).toEqual([paragraph(1), paragraph(2)]);
    expect(article.leftovers).toEqual(expect.arrayContaining(ticker));
  });

  describe('a live blog whose timed entries hold 40 words or more', () => {
    const entry = (n: number): string =>
      `Crews worked through the night on section ${n} of the coast road, where the storm had brought down trees and power lines. The police asked drivers to stay at home, and the ferries stayed in port until the wind dropped below the limit the harbour sets.`;
    const heading = (hour: number): string => `${hour}:05 Crews reach the coast road at section ${hour}`;
    const hours = [18, 17, 16, 15, 14];
    const whole = hours.flatMap((hour) => [heading(hour), entry(hour)]);
    const header = [...menu, 'Storm live: the coast road stays closed', 'By Jane Roe'];
    const footer = ['About us', 'Contact us', '© 2023 Example Media'];

    it('reads whole, each timed heading with its entry', () => {
      const article = parseArticle([...header, ...whole, ...footer].join('\n'));
      expect(article.body.map((block) => block.text)).toEqual(whole);
    });

    it('reads whole where a text browser wraps each entry over rows', () => {
      const rows = (text: string): string[] => Array.from({ length: Math.ceil(text.split(' ').length / 12) }, (_, row) => text.split(' ').slice(row * 12, row * 12 + 12).join(' '));
      const wrapped = hours.flatMap((hour) => [heading(hour), '', ...rows(entry(hour)), '']);
      const article = parseArticle([...header, '', ...wrapped, ...footer].join('\n'));
      expect(article.body.map((block) => block.text)).toEqual(whole);
    });
  });

  it('keeps times of day in the article\'s own sentences and datelines', () => {
    const timed = (hour: number): string => `${hour}:30 Police said the road reopened, and the drivers waiting since the morning went home at last.`;
    const lines = readPageLines(['1:39 PM ET', '2:05 PM', timed(3), '4:10 p.m.'].join('\n'));
    expect([0, 1, 2, 3].map((index) => measureLines(lines, 'en').get(index)?.barrier)).toEqual([false, false, false, false]);
  });

  it('reads the heading in the languages the library reads', () => {
    const text = [...menu, 'Council approves the budget after a long vote', paragraph(1), paragraph(2), paragraph(3), '【関連記事】', teaser(1), teaser(2)].join('\n');
    expect(parseArticle(text).body.at(-1)?.text).toBe(paragraph(3));
  });

  it('ends at a share bar under the last paragraph when comments follow, though the comments outweigh the article', () => {
    const comment = (n: number): string => `Comment ${n}: I went to the meeting myself, and the vote took so long because half of the council had not read the plan.`;
    const thread = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((n) => [comment(n), 'Reply']);
    const article = [1, 2, 3, 4, 5, 6].map(paragraph);
    const text = [...menu, ...article, 'Share this:', 'Facebook', 'Twitter', '12 comments', ...thread].join('\n');
    expect(parseArticle(text).body.map((block) => block.text)).toEqual(article);
  });

  it('weighs a comment count as a heading of what follows articles, not as an end', () => {
    const features = measureLines(readPageLines(['Comments (74)', '941 comments', 'There are 13 comments', '関連記事', 'Comments are open'].join('\n')), 'en');
    expect([0, 1, 2, 3, 4].map((index) => features.get(index)?.barrier)).toEqual([true, true, true, true, false]);
    expect([0, 1, 2, 3, 4].map((index) => features.get(index)?.closing)).toEqual([false, false, false, true, false]);
  });

  it.each(['View comments (27)', 'Show comments', 'See all comments (27)', 'Leave a reply:'])('ends at a comments button or heading printed as %s', (heading) => {
    const text = [...menu, paragraph(1), paragraph(2), paragraph(3), paragraph(4), heading, teaser(1), teaser(2), teaser(3)].join('\n');
    expect(parseArticle(text).body.at(-1)?.text).toBe(paragraph(4));
  });

  it('does not end at such a heading above most of the prose (a share bar under the lede)', () => {
    const text = [...menu, paragraph(1), 'Share this article', paragraph(2), paragraph(3), paragraph(4), paragraph(5)].join('\n');
    expect(parseArticle(text).body.at(-1)?.text).toBe(paragraph(5));
  });
});
