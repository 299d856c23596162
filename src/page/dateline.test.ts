import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { findDatelines } from './dateline';
import { findHeaderMarks } from './header-marks';
import { readPageLines } from './lines';

/** Datelines in page text whose time of day stands alone on its line. Lines written for these tests. */
const paragraphs = [
  'The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time to read the report.',
  'The mayor’s office did not respond to a request for comment, but a spokesman said earlier that the plan was still on track and that the money would go to schools.',
  'Several residents who attended the meeting said they were worried about the state of the roads and about the cost of the new library that the council wants to build.',
];
const page = (header: readonly string[]): string =>
  ['Home', 'World', 'Politics', 'Business', 'Sport', ...header, ...paragraphs, 'About us', 'Contact', '© 2023 Example Media'].join('\n\n');

describe('a time of day alone on a dateline', () => {
  it('marks a time with a zone or a meridiem as a dateline, and the name over it as the byline', () => {
    const lines = readPageLines(['Council delays the budget vote again', 'Jane Roe', '1:39 PM ET', 'The council wants more time.'].join('\n'));
    const marks = findHeaderMarks(lines, new Set(), 'en');
    expect([...marks.datelines]).toEqual([2]);
    expect([...marks.bylines]).toEqual([1]);
  });

  it('leaves a bare time (a video length, a ticker time) and an unknown zone unmarked', () => {
    const lines = readPageLines(['Council delays the budget vote again', 'Jane Roe', '0:46', '14:10 XYZ'].join('\n'));
    expect([...findHeaderMarks(lines, new Set(), 'en').datelines]).toEqual([]);
  });

  it('gives the date on the line above the time and zone of the line below it', () => {
    const lines = readPageLines(['Council delays the budget vote again', 'By Jane Roe', 'Apr 29, 2019', '1:39 PM ET'].join('\n'));
    expect(findDatelines(lines, 1, 0, { language: 'en' }).published?.iso).toBe('2019-04-29T17:39:00.000Z');
    const winter = readPageLines(['Council delays the budget vote again', 'By Jane Roe', '29.11.2016', '15:26 CET'].join('\n'));
    expect(findDatelines(winter, 1, 0, { language: 'de' }).published?.iso).toBe('2016-11-29T14:26:00.000Z');
  });

  it('reads the byline, date and time of a page header so printed', () => {
    const article = parseArticle(page(['Council delays the budget vote again', 'Jane Roe', 'Apr 29, 2019', '1:39 PM ET']));
    expect(article.title).toBe('Council delays the budget vote again');
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
    expect(article.publishedAt).toBe('2019-04-29T17:39:00.000Z');
  });
});
