import type { Publisher } from '../model/article';
import type { Candidates } from '../model/candidates';
import type { CandidateOrigin } from '../model/draft';
import { TRUST } from '../model/trust';
import { withoutUndefined } from '../model/defined';
import { imageSideOf } from '../fields/image-size';
import { toHttpUrl } from '../fields/urls';
import { type JsonObject, objectOf, stringOf, stringsOf, urlsOf } from './json-ld';
import { structuredDate } from './structured-date';

/**
 * Candidates from the page's JSON-LD article object: headline, description, dates, section, genre, language,
 * copyright year, URL, image, authors, publisher, keywords and speakable selectors.
 * @module
 */

/** The years a JSON-LD `copyrightYear` must lie between (exclusive). */
const COPYRIGHT_YEARS = { after: 1900, before: 2200 } as const;

/** The text properties of the article object that propose a field as they are. */
const TEXT_FIELDS = [
  ['description', 'description'],
  ['section', 'articleSection'],
  ['genre', 'genre'],
  ['language', 'inLanguage'],
] as const;

/** How similar a JSON-LD headline or name must be to the document title to be read as the title. */
const TITLE_SIMILARITY = 0.75;

/** How much of `text`'s words the `reference` text also has, weighted by length (1 = all of them). */
function similarity(text: string, reference: string): number {
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
  const known = new Set(reference.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const all = tokens.join(' ').length;
  const unknown = tokens.filter((token) => !known.has(token)).join(' ').length;
  return all === 0 ? 0 : 1 - unknown / all;
}

/**
 * Proposes the values of the page's JSON-LD article object.
 *
 * @param article - the article object
 * @param candidates - where to propose
 * @param base - URL to resolve relative URLs against
 * @param documentTitle - the page's `<title>`, to tell the headline from a name when they differ
 */
export function readArticleObject(article: JsonObject, candidates: Candidates, base?: string, documentTitle?: string): void {
  const origin: CandidateOrigin = { source: 'html:json-ld' };
  const score = TRUST.articleObject;
  const headline = stringOf(article['headline']);
  const name = stringOf(article['name']);
  // When `name` and `headline` differ, the one the page's own title matches is the headline (some sites put the
  // site's name, or a one-line summary, in one of them).
  let title = headline ?? name;
  if (headline !== undefined && name !== undefined && headline !== name && documentTitle !== undefined) {
    const headlineMatches = similarity(headline, documentTitle) > TITLE_SIMILARITY;
    const nameMatches = similarity(name, documentTitle) > TITLE_SIMILARITY;
    title = headlineMatches && !nameMatches ? headline : nameMatches && !headlineMatches ? name : headline;
  }
  if (title !== undefined) candidates.scalar('title', title, origin, score);
  for (const [field, key] of TEXT_FIELDS) {
    const value = stringOf(article[key]);
    if (value !== undefined) candidates.scalar(field, value, origin, score);
  }
  for (const [field, value] of [
    ['publishedAt', stringOf(article['datePublished']) ?? stringOf(article['dateCreated'])],
    ['modifiedAt', stringOf(article['dateModified'])],
  ] as const) {
    const iso = structuredDate(value);
    if (iso !== undefined) candidates.scalar(field, iso, origin, score);
  }
  const year = Number(stringOf(article['copyrightYear']));
  if (Number.isInteger(year) && year > COPYRIGHT_YEARS.after && year < COPYRIGHT_YEARS.before) candidates.scalar('copyrightYear', year, origin, score);
  const page = urlsOf(article['mainEntityOfPage'])[0] ?? urlsOf(article['url'])[0];
  const pageUrl = page === undefined ? undefined : toHttpUrl(page, base);
  if (pageUrl !== undefined) candidates.scalar('url', pageUrl, origin, TRUST.articleObjectUrl);
  const imageUrl = urlsOf(article['image'])[0];
  const imageHref = imageUrl === undefined ? undefined : toHttpUrl(imageUrl, base);
  if (imageHref !== undefined) {
    const imageObject = objectOf(article['image']);
    const caption = stringOf(imageObject?.['caption']);
    candidates.scalar('image', { url: imageHref, ...withoutUndefined({ ...sidesOf(imageObject), caption }) }, origin, score);
  }
  for (const author of Array.isArray(article['author']) ? article['author'] : [article['author']]) {
    const authorName = stringOf(author ?? undefined);
    if (authorName === undefined) continue;
    const profile = urlsOf(author ?? undefined)[0];
    const profileUrl = profile === undefined || typeof author === 'string' ? undefined : toHttpUrl(profile, base);
    candidates.list('authors', { name: authorName, ...(profileUrl === undefined ? {} : { url: profileUrl }) }, origin, score);
  }
  const publisher = objectOf(article['publisher']) ?? objectOf(article['sourceOrganization']);
  if (publisher !== undefined) {
    const value = publisherOf(publisher, base);
    candidates.scalar('publisher', value, origin, score);
    if (value.name !== undefined) candidates.scalar('siteName', value.name, origin, score);
  }
  const keywords = article['keywords'];
  const keywordList = typeof keywords === 'string' ? keywords.split(',') : stringsOf(keywords);
  for (const keyword of keywordList) if (keyword.trim().length > 0) candidates.list('keywords', keyword.trim(), origin, score);
  const speakable = objectOf(article['speakable']);
  const selectors = speakable === undefined ? [] : [...stringsOf(speakable['cssSelector']), ...stringsOf(speakable['xpath'])];
  if (selectors.length > 0) candidates.scalar('speakable', selectors, origin, score);
}

/** The width and height of an image or logo object, where they are sane sizes. */
function sidesOf(object: JsonObject | undefined): { width: number | undefined; height: number | undefined } {
  return { width: imageSideOf(stringOf(object?.['width'])), height: imageSideOf(stringOf(object?.['height'])) };
}

/** A publisher object read from JSON-LD. */
function publisherOf(object: JsonObject, base?: string): Publisher {
  const name = stringOf(object['name']);
  const legalName = stringOf(object['legalName']);
  const email = stringOf(object['email']);
  const telephone = stringOf(object['telephone']);
  const url = urlsOf(object['url'])[0];
  const href = url === undefined ? undefined : toHttpUrl(url, base);
  const logo = objectOf(object['logo']);
  const logoUrl = urlsOf(object['logo'])[0];
  const logoHref = logoUrl === undefined ? undefined : toHttpUrl(logoUrl, base);
  const sameAs = stringsOf(object['sameAs']).map((link) => toHttpUrl(link)).filter((link): link is string => link !== undefined);
  const logoValue = withoutUndefined({ url: logoHref, ...sidesOf(logo) });
  return withoutUndefined({
    name,
    legalName,
    email,
    telephone,
    url: href,
    sameAs: sameAs.length > 0 ? sameAs : undefined,
    logo: Object.keys(logoValue).length > 0 ? logoValue : undefined,
  });
}
