import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';

/**
 * Choosing the article's header over the whole page: a header (title, byline, dateline, prose) below a rail of
 * teasers the article region starts in, a rail of teasers with their own bylines and dates inside the article, and a
 * name among menu labels. Lines written for these tests.
 */
const menu = ['Start', 'Local', 'Region', 'Economy', 'Health', 'Travel', 'Weather', 'Podcasts', 'Letters', 'Games'];
const paragraphs = [
  'The water board said on Thursday that it would raise the price of tap water by four percent next year, because the cost of repairing old pipes had grown faster than expected.',
  'A spokeswoman for the board said that most of the money would go to the pipes under the old town, where several leaks had closed streets for days during the winter.',
  'Households that use little water will pay less than before under the new rules, while large users such as factories and farms will see the biggest increase in their bills.',
  'The board will present the plan to the regional assembly in June, and residents may send their comments by letter or online until the end of that month.',
];
const teasers = [
  'A new bridge for the river district',
  'Engineers say that the work on the crossing will start in the spring and last about two years.',
  'Schools prepare for a busy autumn term',
  'Teachers in the district said that the classes would be larger this year than they have been for a decade.',
  'The harbour reopens after the storm',
  'Fishing boats returned to the harbour on Sunday after the storm had kept them in port for most of the week.',
];
const footer = ['About us', 'Contact', 'Privacy policy', '© 2023 Example Media'];
const pageOf = (...parts: readonly string[]): string => [...menu, ...parts, ...footer].join('\n\n');

describe('header choice over the whole page', () => {
  it('takes the title over its byline and dateline below a rail of teasers, and starts the body under it', () => {
    const header = ['Water prices rise to pay for the old town pipes', 'By Jane Roe', 'May 4, 2023'];
    const article = parseArticle(pageOf('Most read', ...teasers, 'Advertisement', 'Share', 'Tweet', 'Email', 'Print', ...header, ...paragraphs));
    expect(article.title).toBe('Water prices rise to pay for the old town pipes');
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
    expect(article.body[0]?.text).toBe(paragraphs[0]);
  });

  it('keeps the headline when a rail of teasers inside the article prints a byline and a date under each title', () => {
    const rail = ['Recommended', 'A new bridge for the river district', 'By John Doe', 'May 2, 2023', 'Schools prepare for a busy autumn term', 'By Mary Major', 'April 28, 2023', 'The harbour reopens after the storm', 'By Richard Miles', 'April 20, 2023'];
    const article = parseArticle(pageOf('Water prices rise to pay for the old town pipes', ...paragraphs.slice(0, 2), ...rail, ...paragraphs.slice(2)));
    expect(article.title).toBe('Water prices rise to pay for the old town pipes');
    expect(article.body[0]?.text).toBe(paragraphs[0]);
  });

  it('keeps the headline with its own byline, even when a title with a byline and a date stands above it', () => {
    const teaser = ['Schools prepare for a busy autumn term', 'By Mary Major', 'April 28, 2023', teasers[3] ?? ''];
    const article = parseArticle(pageOf(...teaser, ...menu, 'Water prices rise to pay for the old town pipes', 'By Jane Roe', ...paragraphs));
    expect(article.title).toBe('Water prices rise to pay for the old town pipes');
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
  });

  it('never takes a name among menu labels for the byline, nor lets it lift a label to the headline', () => {
    const labels = ['About', 'Submit', 'Alerts / RSS', 'Advanced Search', 'New Results'];
    const article = parseArticle([...labels, 'Water prices rise to pay for the old town pipes', ...paragraphs, ...footer].join('\n\n'));
    expect(article.title).toBe('Water prices rise to pay for the old town pipes');
    expect(article.authors).toEqual([]);
  });

  it('still reads a name in a menu-like header when its date or role stands below it', () => {
    const labels = ['Archive', 'Newsletter', 'Jane Roe', 'Culture', '2023-05-04'];
    const article = parseArticle([...labels, 'Water prices rise to pay for the old town pipes', ...paragraphs, ...footer].join('\n\n'));
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
  });
});
