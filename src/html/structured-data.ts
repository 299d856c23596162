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
  date('publishedAt', values.get('parsely-pub-date'), 'html:meta parsely-pub-date', TRUST.parsely);
  date('publishedAt', values.get('dc.date') ?? values.get('dc.date.issued') ?? values.get('dcterms.created'), 'html:meta dc.date', TRUST.dublinCoreDate);
  date('publishedAt', values.get('date') ?? values.get('pubdate') ?? values.get('publishdate'), 'html:meta date', TRUST.metaDate);
  date('modifiedAt', values.get('article:modified_time') ?? values.get('og:updated_time'), 'html:meta article:modified_time', TRUST.articleMeta);
  url(meta.canonical, 'html:link canonical', TRUST.pageDeclaration);
  url(values.get('og:url'), 'html:meta og:url', TRUST.openGraph);
  image(values.get('og:image') ?? values.get('og:image:url'), 'html:meta og:image', TRUST.openGraph);
  image(values.get('twitter:image') ?? values.get('twitter:image:src'), 'html:meta twitter:image', TRUST.twitter);

  const author = values.get('dc.creator') ?? values.get('dc:creator') ?? values.get('dcterms.creator') ?? values.get('author') ?? values.get('parsely-author');
  if (author !== undefined && toHttpUrl(author) === undefined) {
    for (const name of namesOf(author)) candidates.list('authors', { name }, { source: 'html:meta author' }, TRUST.meta);
  }
  for (const name of meta.all.get('article:author') ?? []) {
    if (toHttpUrl(name) === undefined) candidates.list('authors', { name }, { source: 'html:meta article:author' }, TRUST.articleMeta);
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

/** The people a meta author value names; a short value that is no person's name (`Mac & i`) stays as it is. */
function namesOf(value: string): string[] {
  const names = parseByline(value);
  if (names.length > 0) return names;
  const clean = value.replace(/\([^)]{0,60}\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  return clean.length > 0 && clean.split(' ').length <= MAX_AUTHOR_WORDS ? [clean] : [];
}
