import { Candidates } from '../model/candidates';
import type { CandidateSource } from '../model/draft';
import { TRUST } from '../model/trust';
import { parseByline } from '../fields/byline';
import { toHttpUrl } from '../fields/urls';
import type { JsonLd } from './json-ld';
import { readArticleObject } from './json-ld-candidates';
import { structuredDate } from './structured-date';
import type { PageMetadata } from './metadata';

/**
 * Candidates from a page's structured data — the JSON-LD article object (`json-ld-candidates.ts`), then meta tags
 * (OpenGraph, Dublin Core, `article:*`, Twitter cards, `parsely-*`) — each trusted by how specific its source is
 * (`TRUST`), and tagged with it.
 * @module
 */

/**
 * Collects candidates from JSON-LD and meta tags.
 *
 * @param jsonLd - the page's JSON-LD
 * @param meta - the page's metadata
 * @param base - URL to resolve relative URLs against
 * @param documentTitle - the page's `<title>`, to tell a JSON-LD headline from a name
 * @returns the candidates, JSON-LD first
 */
export function structuredCandidates(jsonLd: JsonLd, meta: PageMetadata, base?: string, documentTitle?: string): Candidates {
  const candidates = new Candidates();
  const text = (field: 'title' | 'description' | 'section' | 'genre' | 'siteName' | 'language', value: string | undefined, origin: CandidateSource, score: number): void => {
    if (value !== undefined && value.trim().length > 0) candidates.scalar(field, value.trim(), { source: origin }, score);
  };
  const date = (field: 'publishedAt' | 'modifiedAt', value: string | undefined, origin: CandidateSource, score: number): void => {
    const iso = structuredDate(value);
    if (iso !== undefined) candidates.scalar(field, iso, { source: origin }, score);
  };
  const url = (value: string | undefined, origin: CandidateSource, score: number): void => {
    const href = value === undefined ? undefined : toHttpUrl(value, base);
    if (href !== undefined) candidates.scalar('url', href, { source: origin }, score);
  };
  const image = (value: string | undefined, origin: CandidateSource, score: number): void => {
    const href = value === undefined ? undefined : toHttpUrl(value, base);
    if (href !== undefined) candidates.scalar('image', { url: href }, { source: origin }, score);
  };
  const values = meta.values;

  const article = jsonLd.articles[0];
  if (article !== undefined) readArticleObject(article, candidates, base, documentTitle);

  text('title', values.get('dc.title') ?? values.get('dc:title') ?? values.get('dcterms.title'), 'html:meta dc.title', TRUST.dublinCore);
  text('title', values.get('og:title'), 'html:meta og:title', TRUST.openGraph);
  text('title', values.get('title'), 'html:meta title', TRUST.meta);
  text('title', values.get('twitter:title'), 'html:meta twitter:title', TRUST.twitter);
  text('title', values.get('parsely-title'), 'html:meta parsely-title', TRUST.parsely);
  text('description', values.get('dc.description') ?? values.get('dc:description') ?? values.get('dcterms.description'), 'html:meta dc.description', TRUST.dublinCore);
  text('description', values.get('og:description'), 'html:meta og:description', TRUST.openGraph);
  text('description', values.get('description'), 'html:meta description', TRUST.meta);
  text('description', values.get('twitter:description'), 'html:meta twitter:description', TRUST.twitter);
  text('siteName', values.get('og:site_name'), 'html:meta og:site_name', TRUST.openGraph);
  text('siteName', values.get('application-name'), 'html:meta application-name', TRUST.meta);
  text('section', values.get('article:section'), 'html:meta article:section', TRUST.articleMeta);
  text('section', values.get('parsely-section'), 'html:meta parsely-section', TRUST.parsely);
  text('language', meta.language, 'html:html lang', TRUST.pageDeclaration);
  text('language', values.get('dc.language') ?? values.get('dc:language') ?? values.get('content-language'), 'html:meta dc.language', TRUST.dublinCore);
  text('language', values.get('og:locale'), 'html:meta og:locale', TRUST.openGraphLocale);
  date('publishedAt', values.get('article:published_time'), 'html:meta article:published_time', TRUST.articleMeta);
  date('publishedAt', values.get('citation_publication_date') ?? values.get('citation_online_date') ?? values.get('citation_date'), 'html:meta citation_publication_date', TRUST.articleMeta);
  date('publishedAt', values.get('parsely-pub-date'), 'html:meta parsely-pub-date', TRUST.parsely);
  date('publishedAt', values.get('dc.date') ?? values.get('dc.date.issued') ?? values.get('dcterms.created'), 'html:meta dc.date', TRUST.dublinCoreDate);
  date('publishedAt', values.get('date') ?? values.get('pubdate') ?? values.get('publishdate'), 'html:meta date', TRUST.metaDate);
  date('modifiedAt', values.get('article:modified_time') ?? values.get('og:updated_time'), 'html:meta article:modified_time', TRUST.articleMeta);
  url(meta.canonical, 'html:link canonical', TRUST.pageDeclaration);
  url(values.get('og:url'), 'html:meta og:url', TRUST.openGraph);
  image(values.get('og:image') ?? values.get('og:image:url'), 'html:meta og:image', TRUST.openGraph);
  image(values.get('twitter:image') ?? values.get('twitter:image:src'), 'html:meta twitter:image', TRUST.twitter);

  const author = values.get('dc.creator') ?? values.get('dc:creator') ?? values.get('dcterms.creator') ?? values.get('author') ?? values.get('parsely-author');
  if (author !== undefined && !isAddress(author)) {
    for (const name of namesOf(author)) candidates.list('authors', { name }, { source: 'html:meta author' }, TRUST.meta);
  }
  // `og:article:author` is the same tag under the Open Graph prefix some sites write.
  for (const name of [...(meta.all.get('article:author') ?? []), ...(meta.all.get('og:article:author') ?? [])]) {
    if (!isAddress(name)) candidates.list('authors', { name }, { source: 'html:meta article:author' }, TRUST.articleMeta);
  }
  // Scholarly pages (Highwire Press tags, read by Google Scholar): one `citation_author` per author, in order.
  for (const name of meta.all.get('citation_author') ?? []) {
    const person = citationName(name);
    if (person !== undefined) candidates.list('authors', { name: person }, { source: 'html:meta citation_author' }, TRUST.articleMeta);
  }
  for (const tag of [...(meta.all.get('article:tag') ?? []), ...(values.get('parsely-tags')?.split(',') ?? [])]) {
    if (tag.trim().length > 0) candidates.list('tags', tag.trim(), { source: 'html:meta article:tag' }, TRUST.articleMeta);
  }
  for (const keyword of (values.get('news_keywords') ?? values.get('keywords') ?? '').split(',')) {
    if (keyword.trim().length > 0) candidates.list('keywords', keyword.trim(), { source: 'html:meta keywords' }, TRUST.meta);
  }
  return candidates;
}

/** Most words of a meta author value kept as it is when it is no byline. */
const MAX_AUTHOR_WORDS = 5;

/** An author value that is an address, not a name: a URL, or a site path (`/@handle`, `/people/jane-roe`). */
function isAddress(value: string): boolean {
  return toHttpUrl(value) !== undefined || /^\s*\.{0,2}\//u.test(value);
}

/** A name written surname first, as catalogues and analytics tags do: `Roe, Jane` (one word on each side). */
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+)$/u;

/** Longest `citation_author` value read as one person's name. */
const MAX_CITATION_NAME = 80;

/** One `citation_author` value as a name: `Roe, Jane A.` (the form the tag's readers ask for) is Jane A. Roe. */
function citationName(value: string): string | undefined {
  const clean = value.replace(/\s+/gu, ' ').trim();
  if (clean.length === 0 || clean.length > MAX_CITATION_NAME || isAddress(clean)) return undefined;
  const [surname, given, ...more] = clean.split(', ');
  return more.length === 0 && given !== undefined && /\p{L}/u.test(given) && /\p{L}/u.test(surname ?? '') ? `${given} ${surname ?? ''}` : clean;
}

/**
 * The people a meta author value names; `Roe, Jane` is Jane Roe; a short value that is no person's name (`Mac & i`)
 * stays as it is.
 */
function namesOf(value: string): string[] {
  const names = parseByline(value);
  if (names.length > 0) return names;
  const clean = value.replace(/\([^)]{0,60}\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  const inverted = SURNAME_FIRST.exec(clean);
  if (inverted !== null) return [`${inverted[2] ?? ''} ${inverted[1] ?? ''}`];
  return clean.length > 0 && clean.split(' ').length <= MAX_AUTHOR_WORDS ? [clean] : [];
}
