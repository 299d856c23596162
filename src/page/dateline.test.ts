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

  it('dates a time printed without a date on the reference date\'s day, and leaves it undated without one', () => {
    const text = page(['Council delays the budget vote again', 'Jane Roe', '1:39 PM ET']);
    expect(parseArticle(text, { referenceDate: new Date('2023-05-04T20:00:00Z') }).publishedAt).toBe('2023-05-04T17:39:00.000Z');
    expect(parseArticle(text).publishedAt).toBeUndefined();
  });

  it('reads the byline, date and time of a page header so printed', () => {
    const article = parseArticle(page(['Council delays the budget vote again', 'Jane Roe', 'Apr 29, 2019', '1:39 PM ET']));
    expect(article.title).toBe('Council delays the budget vote again');
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
    expect(article.publishedAt).toBe('2019-04-29T17:39:00.000Z');
  });
});

describe('an update date printed beside the publication date', () => {
  it.each([
    ['en', ['First Posted: November 19, 2018', 'Last Update Posted: November 21, 2018'], '2018-11-19', '2018-11-21'],
    ['en', ['Published March 3, 2021', 'Last updated: March 9, 2021'], '2021-03-03', '2021-03-09'],
    ['en', ['March 3, 2021', 'Updated on March 9, 2021 at 4:10 p.m.'], '2021-03-03', '2021-03-09'],
    ['fr', ['Publié le 3 mars 2021', 'Dernière mise à jour : 9 mars 2021'], '2021-03-03', '2021-03-09'],
    ['de', ['3. März 2021', 'Zuletzt aktualisiert: 9. März 2021'], '2021-03-03', '2021-03-09'],
    ['es', ['Publicado el 3 de marzo de 2021', 'Última actualización: 9 de marzo de 2021'], '2021-03-03', '2021-03-09'],
    ['pt', ['3 de março de 2021', 'Última atualização: 9 de março de 2021'], '2021-03-03', '2021-03-09'],
    ['it', ['3 marzo 2021', 'Ultimo aggiornamento: 9 marzo 2021'], '2021-03-03', '2021-03-09'],
    ['ru', ['3 марта 2021', 'Обновлено: 9 марта 2021'], '2021-03-03', '2021-03-09'],
  ])('reads both dates of a %s header: %j', (language, dateLines, published, modified) => {
    const lines = readPageLines(['Council delays the budget vote again', 'By Jane Roe', ...dateLines, 'The council wants more time.'].join('\n'));
    const dates = findDatelines(lines, 1, 4, { language });
    expect(dates.published?.iso.slice(0, 10)).toBe(published);
    expect(dates.modified?.iso.slice(0, 10)).toBe(modified);
  });

  it('takes no update date printed away from the publication date (a comment, a listing)', () => {
    const lines = readPageLines(['Council delays the budget vote again', 'By Jane Roe', 'March 3, 2021', 'The council wants more time.', 'It met on Monday.', 'Updated March 9, 2021'].join('\n'));
    const dates = findDatelines(lines, 1, 3, { language: 'en' });
    expect(dates.published?.iso.slice(0, 10)).toBe('2021-03-03');
    expect(dates.modified).toBeUndefined();
  });

  it('gives a page its publication and update dates', () => {
    const article = parseArticle(page(['Council delays the budget vote again', 'By Jane Roe', 'March 3, 2021', 'Last updated: March 9, 2021']));
    expect(article.publishedAt).toBe('2021-03-03T00:00:00.000Z');
    expect(article.modifiedAt).toBe('2021-03-09T00:00:00.000Z');
  });
});
