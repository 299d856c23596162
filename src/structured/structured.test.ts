import { describe, expect, it } from 'vitest';
import { shapeOfBlock } from './block-shape';
import { splitBlocks, stripEchoedSuffix } from './blocks';
import { readStructuredDump } from './front-end';
import { isStructuredDump } from './layout';
import { resolveOptions } from '../options';

describe('shapeOfBlock', () => {
  it.each([
    ['https://sputnikglobe.com/20231020/story-1114356399.html', 'url'],
    ['http://a.example.com/1.jpg http://b.example.com/2.jpg', 'url-list'],
    ['2023-10-20T14:34+0000', 'date'],
    ['true', 'flag'],
    ['false .paywall', 'flag'],
    ['1920 1080 true', 'size'],
    ['640px 480px', 'size'],
    ['1200 900 Viyard', 'size'],
    ['2023', 'number'],
    ["/html/head/meta[@name='og:title']/@content /html/head/meta[@name='og:description']/@content", 'selectors'],
    ['Atlas Obscura 600 60', 'publisher'],
    ['Stella Kim Stella Kim is an NBC News freelance producer based in Seoul.', 'person-detail'],
    ['en_EN', 'locale'],
    ['north korea, russia, sergei lavrov, diplomacy', 'list'],
    ['Tag:Nodejs', 'key-value'],
    ['d6e62af173e2', 'identifier'],
    ['It was an extraordinary year for movies.', 'prose'],
    ['vostochny cosmodrome', 'label'],
  ])('%j is %s', (block, kind) => {
    expect(shapeOfBlock(block).kind).toBe(kind);
  });

  it('reads sizes and person labels', () => {
    expect(shapeOfBlock('675 1200 180 320')).toEqual({ kind: 'size', sizes: [{ width: 675, height: 1200 }, { width: 180, height: 320 }] });
    expect(shapeOfBlock('Ilya Tsukanov')).toEqual({ kind: 'label', person: true });
  });
});

describe('blocks', () => {
  it('splits at blank lines', () => {
    expect(splitBlocks('a\n\n b \n c\n\n\n\nd')).toEqual(['a', 'b \n c', 'd']);
  });

  it('strips a value echoed from another block', () => {
    expect(stripEchoedSuffix('Bruno Rodrigues São Paulo', new Set(['São Paulo']))).toBe('Bruno Rodrigues');
    expect(stripEchoedSuffix('Bruno Rodrigues', new Set(['Paulo']))).toBe('Bruno Rodrigues');
  });
});

describe('readStructuredDump', () => {
  const dump = [
    'https://news.example.com/2024/03/05/city-council-approves-new-bridge',
    'City Council Approves New Bridge',
    'The council voted 7-2 on Tuesday to fund the bridge.',
    '2024-03-05T09:00:00Z',
    '2024-03-06T10:30:00Z',
    'Jane Roe',
    'local',
    'transport',
    'city council',
    'The council voted 7-2 on Tuesday to fund the new bridge across the river. “It is a great day for the city,” Mayor Ann Lee said after the vote.',
    'https://news.example.com/2024/02/01/bridge-plans-unveiled',
    'https://img.example.com/bridge.jpg',
    'Example News 600 60',
    'en-US',
    'uid 12345abc',
  ].join('\n\n');
  const draft = readStructuredDump(dump, resolveOptions(undefined));

  it('proposes each field from its block', () => {
    const value = (field: string): unknown => draft.scalars.find((candidate) => candidate.field === field)?.value;
    expect(value('url')).toBe('https://news.example.com/2024/03/05/city-council-approves-new-bridge');
    expect(value('title')).toBe('City Council Approves New Bridge');
    expect(value('description')).toBe('The council voted 7-2 on Tuesday to fund the bridge.');
    expect(value('publishedAt')).toBe('2024-03-05T09:00:00.000Z');
    expect(value('modifiedAt')).toBe('2024-03-06T10:30:00.000Z');
    expect(value('language')).toBe('en-US');
    expect(value('section')).toBe('local');
    expect(value('siteName')).toBe('Example News');
    const list = (field: string): unknown[] => draft.lists.filter((candidate) => candidate.field === field).map((candidate) => candidate.value);
    expect(list('authors')).toEqual([{ name: 'Jane Roe' }]);
    expect(list('tags')).toEqual(['transport', 'city council']);
    expect(list('relatedLinks')).toEqual([{ url: 'https://news.example.com/2024/02/01/bridge-plans-unveiled' }]);
    expect(list('images')).toEqual([{ url: 'https://img.example.com/bridge.jpg' }]);
  });

  it('keeps the body raw and the unplaced blocks as leftovers', () => {
    expect(draft.body.chunks).toHaveLength(1);
    expect(draft.body.chunks[0]?.text).toMatch(/^The council voted 7-2 on Tuesday to fund the new bridge/u);
    expect(draft.leftovers).toEqual(['uid 12345abc']);
    expect(draft.layout).toBe('structured');
  });
});

describe('isStructuredDump', () => {
  it('tells structured dumps from plain text', () => {
    expect(isStructuredDump('https://example.com/a\n\nA Title Here\n\n2024-01-01\n\nBody text goes here.')).toBe(true);
    expect(isStructuredDump('A Title\n\nFirst paragraph here.\n\nSecond paragraph there.')).toBe(false);
  });
  it('reads links, list items and quotations as a renderer wrote them as page text, not dump values', () => {
    // html-to-text writes a link as `text [url]`: a section link is no publisher block with its URL.
    const rendered = [
      'Tech [https://news.example.com/tech]',
      'How the city pays for its bridges',
      'Jane Roe, [https://news.example.com/author/jane-roe/] Daily Planet [https://news.example.com/author/planet/]',
      ' * https://twitter.com/dailyplanet/',
      '> https://twitter.com/someone/status/1234567890',
      'SUBSCRIBE [https://subscribe.example.com/]',
      'The council voted on Tuesday to pay for the bridge over ten years.',
    ].join('\n\n');
    expect(isStructuredDump(rendered)).toBe(false);
  });
  it('needs a URL or a date among its values: a table of number pairs is page text', () => {
    const table = ['District Cases', 'North 1200 40', '1200 40', 'South 800 25', '800 25', '640 12', 'Total 2640 77', '2640 77'].join('\n\n');
    expect(isStructuredDump(table)).toBe(false);
    expect(isStructuredDump(`https://example.com/a\n\n${table}`)).toBe(true);
  });
});

describe('byline shapes in structured dumps', () => {
  const body = 'The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time to read the report. '.repeat(3);
  const dumpWith = (author: string): string =>
    `https://www.example.com/2023/05/04/council-budget-vote\n\nen-US\n\nCouncil delays budget vote\n\n2023-05-04T10:00:00Z\n\n${author}\n\n${body}\n\nPolitics\n\nBudget, Council, City`;
  const authorsOf = (author: string): unknown => readStructuredDump(dumpWith(author), resolveOptions({})).lists.filter((c) => c.field === 'authors').map((c) => c.value);

  it.each([
    ['Molly Roe http://www.example.com/contributor/molly-roe', [{ name: 'Molly Roe', url: 'http://www.example.com/contributor/molly-roe' }]],
    ['Molly Roe https://example.com/people/12345', [{ name: 'Molly Roe', url: 'https://example.com/people/12345' }]],
    ['By Jane Roe, Associated Press Writer', [{ name: 'Jane Roe' }]],
    ['Jane Roe | Daily Planet', [{ name: 'Jane Roe' }]],
    ['Jane Roe, DailyPlanet.com', [{ name: 'Jane Roe' }]],
    ['Jane Roe and John Doe', [{ name: 'Jane Roe' }, { name: 'John Doe' }]],
    ['Par Claire Dubois', [{ name: 'Claire Dubois' }]],
    ['News Desk', [{ name: 'News Desk' }]],
    // Organisations as authors: a wire service, a broadcaster's news desk, a newsroom's staff
    ['Associated Press', [{ name: 'Associated Press' }]],
    ['By Associated Press', [{ name: 'Associated Press' }]],
    ['BBC News', [{ name: 'BBC News' }]],
    ['Staff', [{ name: 'Staff' }]],
    ['By Jane Roe, AP Sports Writer', [{ name: 'Jane Roe' }]],
  ])('%s', (author, expected) => {
    expect(authorsOf(author)).toEqual(expected);
  });

  it('reads a dump that starts with the body', () => {
    const dump = `${body}\n\nCouncil delays budget vote\n\nJane Roe\n\nhttps://www.example.com/2023/05/04/council-budget-vote\n\n2023-05-04T10:00:00Z\n\nen-US`;
    const draft = readStructuredDump(dump, resolveOptions({}));
    expect(draft.lists.filter((c) => c.field === 'authors').map((c) => c.value)).toEqual([{ name: 'Jane Roe' }]);
    expect(draft.scalars.find((c) => c.field === 'title')?.value).toBe('Council delays budget vote');
    expect(draft.body.chunks[0]?.text).toBe(body.trim());
  });

  it('credits no newsroom when the dump names a person', () => {
    expect(authorsOf('Jane Roe\n\nAssociated Press')).toEqual([{ name: 'Jane Roe' }]);
  });

  it('does not read a title that ends with a name and a site as a byline', () => {
    expect(authorsOf('The Great Big Lie - Jane Roe - Example')).toEqual([]);
  });
});
