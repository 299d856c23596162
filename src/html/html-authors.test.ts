import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';

const lede = 'The council voted on Tuesday to keep the old tram depot open, after a year of public meetings and letters from drivers. '.repeat(5);

/** An article page with the given head tags and header markup above its text. */
function page(head: string, header: string): string {
  return `<html><head><title>Council keeps the tram depot open | City News</title>${head}</head><body><article><h1>Council keeps the tram depot open</h1>${header}<p>${lede}</p><p>${lede}</p></article></body></html>`;
}

/** The names of the authors of a page. */
function authorsOf(html: string): string[] {
  return parseArticle(html, { url: 'https://news.example.com/city/2024/05/02/tram-depot' }).authors.map((author) => author.name);
}

describe('authors of HTML pages', () => {
  it('reads the names of article:author profile links where the page shows them', () => {
    const head = '<meta property="article:author" content="https://news.example.com/profile/jane-roe,https://news.example.com/profile/li-wei">';
    expect(authorsOf(page(head, '<p class="byline">By Jane Roe and Li Wei</p>'))).toEqual(['Jane Roe', 'Li Wei']);
    // og:article:author is the same tag; a profile the page does not name gives nobody.
    expect(authorsOf(page('<meta property="og:article:author" content="Jane Roe">', ''))).toEqual(['Jane Roe']);
    expect(authorsOf(page('<meta property="article:author" content="https://news.example.com/profile/sam-hill">', ''))).toEqual([]);
  });

  it('never takes a site path for a name, and reads a surname-first meta author', () => {
    expect(authorsOf(page('<meta property="article:author" content="/@janeroe"><meta name="author" content="Jane Roe">', ''))).toEqual(['Jane Roe']);
    expect(authorsOf(page('<meta name="author" content="Roe, Jane">', ''))).toEqual(['Jane Roe']);
  });

  it('reads every citation_author of a scholarly page, in order, surname first or not', () => {
    const head = '<meta name="citation_author" content="Roe, Jane A."><meta name="citation_author" content="Li Wei"><meta name="citation_author" content="van der Berg, Anna">';
    expect(authorsOf(page(head, ''))).toEqual(['Jane A. Roe', 'Li Wei', 'Anna van der Berg']);
  });

  it('leaves the social-account links of a byline element out of the name', () => {
    const header = '<div class="byline"><a rel="author" href="/people/jane-roe">Jane Roe</a> <a href="https://twitter.com/janeroe">Twitter</a> <a href="mailto:jane@example.com">Email</a></div>';
    expect(authorsOf(page('', header))).toEqual(['Jane Roe']);
  });
});
