import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { findByline } from './byline';
import { readPageLines } from './lines';
import { pageVocabulary } from './vocabulary';

/** Bylines in page text, from lines written for these tests: the byline among a page's menu, header and article. */
const story = [
  'Residents of the river district met on Monday evening to discuss the plan for a new bridge, which the city says will ease traffic on the old crossing.',
  'Engineers told the meeting that the work would start in the spring and last about two years, during which one lane of the old bridge would stay open.',
  'Several shop owners said they feared the building site would keep customers away, and asked the council to help them through the two difficult years.',
];
const page = (...header: string[]): string =>
  ['Home', 'News', 'Sport', 'Weather', 'Sign in', 'A new bridge for the river district', ...header, ...story, 'About us', 'Contact us'].join('\n\n');
const authorsOf = (text: string): string[] => parseArticle(text).authors.map((author) => author.name);

describe('bylines in page text', () => {
  it('reads a name that the page also writes in an e-mail address, a handle or a link', () => {
    const text = page('By Jane Roe', 'May 4, 2023', 'Write to jane.roe@example.com or follow @janeroe on /author/jane-roe');
    expect(authorsOf(text)).toEqual(['Jane Roe']);
    expect(pageVocabulary(readPageLines(text)).has('jane')).toBe(false);
    expect(pageVocabulary(readPageLines('Jane Roe is on Twitter at jane_roe.')).has('roe')).toBe(false);
  });

  it('reads a byline written in capitals', () => {
    expect(authorsOf(page('By JANE ROE MAY 4, 2023'))).toEqual(['Jane Roe']);
  });

  it('prefers a name printed with its date to a name-like line without one', () => {
    expect(authorsOf(page('Tech Review', 'Jane Roe 1 day ago'))).toEqual(['Jane Roe']);
  });

  it('never reads a time zone after a time as a name', () => {
    expect(authorsOf(page('Jane Roe', '1:39 PM ET'))).toEqual(['Jane Roe']);
  });

  it('reads a name that is also a word of the page after a byline word', () => {
    expect(authorsOf(page('By Jane Bell', 'May 4, 2023', 'The bell rang twice.'))).toEqual(['Jane Bell']);
  });

  it('reads a name followed by its role further below the headline', () => {
    expect(authorsOf(page('Share', 'Tweet', 'Email', 'Print', 'Comments', 'Jane Roe Senior Politics Editor, Daily Planet'))).toEqual(['Jane Roe']);
  });

  it('reads a name with its role on the next line', () => {
    expect(authorsOf(page('Share', 'Tweet', 'Email', 'Print', 'Jane Roe', 'Games Editor'))).toEqual(['Jane Roe']);
  });

  it('prefers a name with its role to an outlet with its date below it', () => {
    expect(authorsOf(page('Jane Roe', 'Games Editor', 'Daily PlanetOctober 13, 2016'))).toEqual(['Jane Roe']);
  });

  it('credits a newsroom named after a byline word', () => {
    expect(authorsOf(page('By The Daily Planet', 'May 4, 2023'))).toEqual(['The Daily Planet']);
  });

  it('reads a name beside a date glued to its time', () => {
    expect(authorsOf(page('Share', 'Tweet', 'Email', 'December 15, 20163:33 PM ET', 'Jane Roe'))).toEqual(['Jane Roe']);
  });

  it('takes an editor as author only when the page credits no one else', () => {
    expect(authorsOf(page('Edited by John Doe', 'May 4, 2023'))).toEqual(['John Doe']);
    expect(authorsOf(page('By Jane Roe', 'Edited by John Doe', 'May 4, 2023'))).toEqual(['Jane Roe']);
  });

  it('credits the person holding the copyright of a personal page when no byline is printed', () => {
    const site = (...lines: string[]): string => `Jane Roe\n\n${page(...lines)}`;
    expect(authorsOf(site('May 4, 2023', '© Jane Roe 2016-2023'))).toEqual(['Jane Roe']);
    expect(authorsOf(site('May 4, 2023', 'Copyright © 2023 Jane Roe'))).toEqual(['Jane Roe']);
    // Not a company, not a name the page's header does not open with, not over a printed byline
    expect(authorsOf(page('May 4, 2023', '© 2023 Daily Planet Media. All rights reserved.'))).toEqual([]);
    expect(authorsOf(page('May 4, 2023', '© Jane Roe 2016-2023'))).toEqual([]);
    expect(authorsOf(site('By John Doe', 'May 4, 2023', '© Jane Roe 2016-2023'))).toEqual(['John Doe']);
  });

  it('reads a name that the page also writes in an account name', () => {
    expect(authorsOf(page('Jane Roe', 'Games Editor', 'Daily PlanetOctober 13, 2016', 'Jane Roe is on Twitter at jane_roe.'))).toEqual(['Jane Roe']);
  });

  it('never dates the article with the date of a caption', () => {
    const text = page('Jane Roe at the old bridge, July 25, 2018. (photo by John Doe)', 'By Jane Roe', 'December 15, 2016');
    expect(parseArticle(text).publishedAt).toBe('2016-12-15T00:00:00.000Z');
  });

  it('reads a byline and its date on a line made long by links written out', () => {
    const links = 'Share http://reader.example.com/subscribe///news.example.org/feed '.repeat(4);
    const article = parseArticle(page(`By Jane Roe : May 4, 2023 09:00 ${links}`));
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
    expect(article.publishedAt).toBe('2023-05-04T09:00:00.000Z');
  });

  it('takes the byline printed beside the date over a teaser author between the headline and the article', () => {
    const rail = ['You may also like', 'Council approves the budget for the coming year', 'Tom Baker', 'Today 7:30AM', 'Library opens a new wing downtown', 'Sara Lund', 'Yesterday 12:35PM', 'Popular deals', 'Garden tools for every season', 'Read on', 'Camping gear under fifty dollars', 'Read on', 'Subscribe to our newsletter', 'Your guide to the city, daily.', 'Subscribe'];
    const article = parseArticle(page(...rail, 'Jane Roe', '9/11/13 10:00AM'));
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
    expect(article.publishedAt).toBe('2013-09-11T10:00:00.000Z');
    expect(authorsOf(page(...rail, '9/11/13 10:00AM', 'By Jane Roe'))).toEqual(['Jane Roe']);
  });

  it('leaves a menu item in capitals alone', () => {
    expect(authorsOf(page('EXPERT CONTENTS', 'May 4, 2023'))).toEqual([]);
  });
});

describe('the byline search above the headline', () => {
  const filler = (count: number): string[] => Array.from({ length: count }, (_, index) => `section ${index + 1} of the page`);
  const find = (texts: string[], anchor: number): unknown => {
    const lines = readPageLines(texts.join('\n'));
    return findByline(lines, anchor, anchor, pageVocabulary(lines));
  };

  it('reads a `By …` line however far above the headline when no other byline stands nearer', () => {
    expect(find(['By Jane Roe', ...filler(120)], 100)).toEqual({ line: 0, names: ['Jane Roe'] });
    expect(find(filler(120), 100)).toBeUndefined();
  });

  it('takes the nearer of two `By …` lines, and the upper of two equal scores', () => {
    expect(find(['By Ann Lee', ...filler(97), 'By Jane Roe', ...filler(30)], 100)).toEqual({ line: 98, names: ['Jane Roe'] });
    // An editor's credit 5 lines up scores 1 − 0.5; a `By …` line 95 lines up 10 − 9.5: the upper one wins the tie.
    expect(find(['By Jane Roe', ...filler(89), 'Edited by Ann Lee', ...filler(30)], 95)).toEqual({ line: 0, names: ['Jane Roe'] });
  });
});

describe('signatures at the end of the article', () => {
  const signed = (last: string): string[] =>
    authorsOf(['Home', 'News', 'Sport', 'A new bridge for the river district', 'May 4, 2023', ...story.slice(0, 2), last, 'About us', 'Contact us'].join('\n\n'));

  it('reads a signature run in after the last sentence', () => {
    expect(signed(`${story[2] ?? ''} Jane Roe`)).toEqual(['Jane Roe']);
    expect(signed(`${story[2] ?? ''} Jane Roe / Daily Planet`)).toEqual(['Jane Roe']);
    expect(signed(`${story[2] ?? ''} Анна Смирнова и Иван Петров`)).toEqual(['Анна Смирнова', 'Иван Петров']);
  });

  it('reads the names that open a post\'s footer line before its date', () => {
    expect(signed('Jane Roe — 2013-09-29 — in Code — Permalink — License — Share this')).toEqual(['Jane Roe']);
    expect(signed('Jean Dupont | 29 septembre 2013 | dans Politique | Lien permanent | Commentaires')).toEqual(['Jean Dupont']);
  });

  it('reads no signature when the paragraph ends with its sentence', () => {
    expect(signed(story[2] ?? '')).toEqual([]);
  });
});
