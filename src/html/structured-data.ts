import type { CandidateOrigin, CandidateSource, ListCandidate, ScalarCandidate } from '../model/draft';
import { parseByline } from '../fields/byline';
import { parseIsoLikeDate } from '../fields/dates';
import { findDates } from '../fields/text-dates';
import { toHttpUrl } from '../fields/urls';
import type { Publisher } from '../model/article';
import { type JsonLd, type JsonObject, objectOf, stringOf, stringsOf, urlsOf } from './json-ld';
import type { PageMetadata } from './metadata';

/**
 * Candidates from a page's structured data — JSON-LD, then meta tags (OpenGraph, Dublin Core, `article:*`,
 * Twitter cards, `parsely-*`) — each scored by how specific its source is, and tagged with it.
 * @module
 */

/** Source specificity: the article's own JSON-LD object beats page-level meta tags, which beat generic ones. */
const SCORE = { jsonLd: 6, dublinCore: 5, openGraph: 4, article: 4, meta: 3, twitter: 2, parsely: 1 } as const;

/** Parses a date as printed in structured data (ISO-like, or a date form pages print). */
export function structuredDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return parseIsoLikeDate(value) ?? findDates(value)[0]?.iso;
}

/** What the structured data proposes. */
export interface StructuredCandidates {
  readonly scalars: ScalarCandidate[];
  readonly lists: ListCandidate[];
}

/**
 * Collects candidates from JSON-LD and meta tags.
 *
 * @param jsonLd - the page's JSON-LD
 * @param meta - the page's metadata
 * @param base - URL to resolve relative URLs against
 * @returns scalar and list candidates
 */
export function structuredCandidates(jsonLd: JsonLd, meta: PageMetadata, base?: string, documentTitle?: string): StructuredCandidates {
  const scalars: ScalarCandidate[] = [];
  const lists: ListCandidate[] = [];
  const text = (field: 'title' | 'description' | 'section' | 'genre' | 'siteName' | 'language', value: string | undefined, origin: CandidateSource, score: number): void => {
    if (value !== undefined && value.trim().length > 0) scalars.push({ field, value: value.trim(), origin: { source: origin }, score });
  };
  const date = (field: 'publishedAt' | 'modifiedAt', value: string | undefined, origin: CandidateSource, score: number): void => {
    const iso = structuredDate(value);
    if (iso !== undefined) scalars.push({ field, value: iso, origin: { source: origin }, score });
  };
  const url = (value: string | undefined, origin: CandidateSource, score: number): void => {
    const href = value === undefined ? undefined : toHttpUrl(value, base);
    if (href !== undefined) scalars.push({ field: 'url', value: href, origin: { source: origin }, score });
  };
  const image = (value: string | undefined, origin: CandidateSource, score: number): void => {
    const href = value === undefined ? undefined : toHttpUrl(value, base);
    if (href !== undefined) scalars.push({ field: 'image', value: { url: href }, origin: { source: origin }, score });
  };
  const values = meta.values;

  const article = jsonLd.articles[0];
  if (article !== undefined) readArticleObject(article, scalars, lists, base, documentTitle);

  text('title', values.get('dc.title') ?? values.get('dc:title') ?? values.get('dcterms.title'), 'html:meta dc.title', SCORE.dublinCore);
  text('title', values.get('og:title'), 'html:meta og:title', SCORE.openGraph);
  text('title', values.get('title'), 'html:meta title', SCORE.meta);
  text('title', values.get('twitter:title'), 'html:meta twitter:title', SCORE.twitter);
  text('title', values.get('parsely-title'), 'html:meta parsely-title', SCORE.parsely);
  text('description', values.get('dc.description') ?? values.get('dc:description') ?? values.get('dcterms.description'), 'html:meta dc.description', SCORE.dublinCore);
  text('description', values.get('og:description'), 'html:meta og:description', SCORE.openGraph);
  text('description', values.get('description'), 'html:meta description', SCORE.meta);
  text('description', values.get('twitter:description'), 'html:meta twitter:description', SCORE.twitter);
  text('siteName', values.get('og:site_name'), 'html:meta og:site_name', SCORE.openGraph);
  text('siteName', values.get('application-name'), 'html:meta application-name', SCORE.meta);
  text('section', values.get('article:section'), 'html:meta article:section', SCORE.article);
  text('section', values.get('parsely-section'), 'html:meta parsely-section', SCORE.parsely);
  text('language', meta.language, 'html:html lang', SCORE.jsonLd + 1);
  text('language', values.get('dc.language') ?? values.get('dc:language') ?? values.get('content-language'), 'html:meta dc.language', SCORE.dublinCore);
  text('language', values.get('og:locale'), 'html:meta og:locale', SCORE.openGraph - 1);
  date('publishedAt', values.get('article:published_time'), 'html:meta article:published_time', SCORE.article);
  date('publishedAt', values.get('parsely-pub-date'), 'html:meta parsely-pub-date', SCORE.parsely);
  date('publishedAt', values.get('dc.date') ?? values.get('dc.date.issued') ?? values.get('dcterms.created'), 'html:meta dc.date', SCORE.dublinCore - 2);
  date('publishedAt', values.get('date') ?? values.get('pubdate') ?? values.get('publishdate'), 'html:meta date', SCORE.meta - 2);
  date('modifiedAt', values.get('article:modified_time') ?? values.get('og:updated_time'), 'html:meta article:modified_time', SCORE.article);
  url(meta.canonical, 'html:link canonical', SCORE.jsonLd + 1);
  url(values.get('og:url'), 'html:meta og:url', SCORE.openGraph);
  image(values.get('og:image') ?? values.get('og:image:url'), 'html:meta og:image', SCORE.openGraph);
  image(values.get('twitter:image') ?? values.get('twitter:image:src'), 'html:meta twitter:image', SCORE.twitter);

  const author = values.get('dc.creator') ?? values.get('dc:creator') ?? values.get('dcterms.creator') ?? values.get('author') ?? values.get('parsely-author');
  if (author !== undefined && toHttpUrl(author) === undefined) {
    for (const name of namesOf(author)) lists.push({ field: 'authors', value: { name }, origin: { source: 'html:meta author' }, score: SCORE.meta });
  }
  for (const name of meta.all.get('article:author') ?? []) {
    if (toHttpUrl(name) === undefined) lists.push({ field: 'authors', value: { name }, origin: { source: 'html:meta article:author' }, score: SCORE.article });
  }
  for (const tag of [...(meta.all.get('article:tag') ?? []), ...(values.get('parsely-tags')?.split(',') ?? [])]) {
    if (tag.trim().length > 0) lists.push({ field: 'tags', value: tag.trim(), origin: { source: 'html:meta article:tag' }, score: SCORE.article });
  }
  for (const keyword of (values.get('news_keywords') ?? values.get('keywords') ?? '').split(',')) {
    if (keyword.trim().length > 0) lists.push({ field: 'keywords', value: keyword.trim(), origin: { source: 'html:meta keywords' }, score: SCORE.meta });
  }
  return { scalars, lists };
}

/** How much of `text`'s words the `reference` text also has, weighted by length (1 = all of them). */
function similarity(text: string, reference: string): number {
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
  const known = new Set(reference.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const all = tokens.join(' ').length;
  const unknown = tokens.filter((token) => !known.has(token)).join(' ').length;
  return all === 0 ? 0 : 1 - unknown / all;
}

/** The people a meta author value names; a short value that is no person's name (`Mac & i`) stays as it is. */
function namesOf(value: string): string[] {
  const names = parseByline(value);
  if (names.length > 0) return names;
  const clean = value.replace(/\([^)]{0,60}\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  return clean.length > 0 && clean.split(' ').length <= 5 ? [clean] : [];
}

/** Candidates from the article's JSON-LD object. */
function readArticleObject(article: JsonObject, scalars: ScalarCandidate[], lists: ListCandidate[], base?: string, documentTitle?: string): void {
  const origin: CandidateOrigin = { source: 'html:json-ld' };
  const score = SCORE.jsonLd;
  const headline = stringOf(article['headline']);
  const name = stringOf(article['name']);
  // When `name` and `headline` differ, the one the page's own title matches is the headline (some sites put the
  // site's name, or a one-line summary, in one of them).
  let title = headline ?? name;
  if (headline !== undefined && name !== undefined && headline !== name && documentTitle !== undefined) {
    const headlineMatches = similarity(headline, documentTitle) > 0.75;
    const nameMatches = similarity(name, documentTitle) > 0.75;
    title = headlineMatches && !nameMatches ? headline : nameMatches && !headlineMatches ? name : headline;
  }
  if (title !== undefined) scalars.push({ field: 'title', value: title, origin, score });
  const description = stringOf(article['description']);
  if (description !== undefined) scalars.push({ field: 'description', value: description, origin, score });
  const published = structuredDate(stringOf(article['datePublished']) ?? stringOf(article['dateCreated']));
  if (published !== undefined) scalars.push({ field: 'publishedAt', value: published, origin, score });
  const modified = structuredDate(stringOf(article['dateModified']));
  if (modified !== undefined) scalars.push({ field: 'modifiedAt', value: modified, origin, score });
  const section = stringOf(article['articleSection']);
  if (section !== undefined) scalars.push({ field: 'section', value: section, origin, score });
  const genre = stringOf(article['genre']);
  if (genre !== undefined) scalars.push({ field: 'genre', value: genre, origin, score });
  const language = stringOf(article['inLanguage']);
  if (language !== undefined) scalars.push({ field: 'language', value: language, origin, score });
  const year = Number(stringOf(article['copyrightYear']));
  if (Number.isInteger(year) && year > 1900 && year < 2200) scalars.push({ field: 'copyrightYear', value: year, origin, score });
  const page = urlsOf(article['mainEntityOfPage'])[0] ?? urlsOf(article['url'])[0];
  const pageUrl = page === undefined ? undefined : toHttpUrl(page, base);
  if (pageUrl !== undefined) scalars.push({ field: 'url', value: pageUrl, origin, score: score - 1 });
  const imageUrl = urlsOf(article['image'])[0];
  const imageHref = imageUrl === undefined ? undefined : toHttpUrl(imageUrl, base);
  if (imageHref !== undefined) {
    const imageObject = objectOf(article['image']);
    const width = Number(stringOf(imageObject?.['width']));
    const height = Number(stringOf(imageObject?.['height']));
    const caption = stringOf(imageObject?.['caption']);
    scalars.push({
      field: 'image',
      value: {
        url: imageHref,
        ...(Number.isFinite(width) && width > 0 ? { width } : {}),
        ...(Number.isFinite(height) && height > 0 ? { height } : {}),
        ...(caption === undefined ? {} : { caption }),
      },
      origin,
      score,
    });
  }
  for (const author of Array.isArray(article['author']) ? article['author'] : [article['author']]) {
    const authorName = stringOf(author ?? undefined);
    if (authorName === undefined) continue;
    const profile = urlsOf(author ?? undefined)[0];
    const profileUrl = profile === undefined || typeof author === 'string' ? undefined : toHttpUrl(profile, base);
    lists.push({ field: 'authors', value: { name: authorName, ...(profileUrl === undefined ? {} : { url: profileUrl }) }, origin, score });
  }
  const publisher = objectOf(article['publisher']) ?? objectOf(article['sourceOrganization']);
  if (publisher !== undefined) {
    const value = publisherOf(publisher, base);
    scalars.push({ field: 'publisher', value, origin, score });
    if (value.name !== undefined) scalars.push({ field: 'siteName', value: value.name, origin, score });
  }
  const keywords = article['keywords'];
  const keywordList = typeof keywords === 'string' ? keywords.split(',') : stringsOf(keywords);
  for (const keyword of keywordList) if (keyword.trim().length > 0) lists.push({ field: 'keywords', value: keyword.trim(), origin, score });
  const speakable = objectOf(article['speakable']);
  const selectors = speakable === undefined ? [] : [...stringsOf(speakable['cssSelector']), ...stringsOf(speakable['xpath'])];
  if (selectors.length > 0) scalars.push({ field: 'speakable', value: selectors, origin, score });
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
  const width = Number(stringOf(logo?.['width']));
  const height = Number(stringOf(logo?.['height']));
  const sameAs = stringsOf(object['sameAs']).map((link) => toHttpUrl(link)).filter((link): link is string => link !== undefined);
  const logoValue = {
    ...(logoHref === undefined ? {} : { url: logoHref }),
    ...(Number.isFinite(width) && width > 0 ? { width } : {}),
    ...(Number.isFinite(height) && height > 0 ? { height } : {}),
  };
  return {
    ...(name === undefined ? {} : { name }),
    ...(legalName === undefined ? {} : { legalName }),
    ...(email === undefined ? {} : { email }),
    ...(telephone === undefined ? {} : { telephone }),
    ...(href === undefined ? {} : { url: href }),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(Object.keys(logoValue).length > 0 ? { logo: logoValue } : {}),
  };
}
