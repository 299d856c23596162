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
 * The meta tags read as fields, each with its trust: the field, the tag names (the first one present is read; the
 * first names the candidate's source, `html:meta dc.title`), and how far it is trusted. Of two tags of one field and
 * one trust, the earlier listed wins.
 */
const META_TAGS: readonly (readonly ['title' | 'description' | 'siteName' | 'section' | 'language' | 'publishedAt' | 'modifiedAt' | 'url' | 'image', string, number])[] = [
  ['title', 'dc.title dc:title dcterms.title', TRUST.dublinCore],
  ['title', 'og:title', TRUST.openGraph],
  ['title', 'title', TRUST.meta],
  ['title', 'twitter:title', TRUST.twitter],
  ['title', 'parsely-title', TRUST.parsely],
  ['description', 'dc.description dc:description dcterms.description', TRUST.dublinCore],
  ['description', 'og:description', TRUST.openGraph],
  ['description', 'description', TRUST.meta],
  ['description', 'twitter:description', TRUST.twitter],
  ['siteName', 'og:site_name', TRUST.openGraph],
  ['siteName', 'application-name', TRUST.meta],
  ['section', 'article:section', TRUST.articleMeta],
  ['section', 'parsely-section', TRUST.parsely],
  ['language', 'dc.language dc:language content-language', TRUST.dublinCore],
  ['language', 'og:locale', TRUST.openGraphLocale],
  ['publishedAt', 'article:published_time', TRUST.articleMeta],
  // Scholarly pages (Highwire Press tags, read by Google Scholar).
  ['publishedAt', 'citation_publication_date citation_online_date citation_date', TRUST.articleMeta],
  ['publishedAt', 'parsely-pub-date', TRUST.parsely],
  ['publishedAt', 'dc.date dc.date.issued dcterms.created', TRUST.dublinCoreDate],
  ['publishedAt', 'date pubdate publishdate', TRUST.metaDate],
  ['modifiedAt', 'article:modified_time og:updated_time', TRUST.articleMeta],
  ['url', 'og:url', TRUST.openGraph],
  ['image', 'og:image og:image:url', TRUST.openGraph],
  ['image', 'twitter:image twitter:image:src', TRUST.twitter],
];

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
  // The page's URL, or an image's.
  const link = (field: 'url' | 'image', value: string | undefined, origin: CandidateSource, score: number): void => {
    const href = value === undefined ? undefined : toHttpUrl(value, base);
    if (href !== undefined) candidates.scalar(field, field === 'url' ? href : { url: href }, { source: origin }, score);
  };
  const values = meta.values;

  const article = jsonLd.articles[0];
  if (article !== undefined) readArticleObject(article, candidates, base, documentTitle);

  text('language', meta.language, 'html:html lang', TRUST.pageDeclaration);
  link('url', meta.canonical, 'html:link canonical', TRUST.pageDeclaration);
  for (const [field, names, score] of META_TAGS) {
    const tags = names.split(' ');
    const value = tags.map((name) => values.get(name)).find((found) => found !== undefined);
    const origin: CandidateSource = `html:meta ${tags[0] ?? names}`;
    if (field === 'publishedAt' || field === 'modifiedAt') date(field, value, origin, score);
    else if (field === 'url' || field === 'image') link(field, value, origin, score);
    else text(field, value, origin, score);
  }

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

/** Longest `citation_author` value read as one person's name. */
const MAX_CITATION_NAME = 80;

/**
 * A name written surname first, as catalogues, analytics tags and `citation_author` do (`Roe, Jane A.` is Jane A.
 * Roe); any other value as it is.
 */
function givenNameFirst(value: string): string {
  const [surname, given, ...more] = value.split(', ');
  return more.length === 0 && given !== undefined && /\p{L}/u.test(given) && /\p{L}/u.test(surname ?? '') ? `${given} ${surname ?? ''}` : value;
}

/** One `citation_author` value as a name, given name first. */
function citationName(value: string): string | undefined {
  const clean = value.replace(/\s+/gu, ' ').trim();
  return clean.length === 0 || clean.length > MAX_CITATION_NAME || isAddress(clean) ? undefined : givenNameFirst(clean);
}

/**
 * The people a meta author value names; `Roe, Jane` is Jane Roe; a short value that is no person's name (`Mac & i`)
 * stays as it is.
 */
function namesOf(value: string): string[] {
  const names = parseByline(value);
  if (names.length > 0) return names;
  const clean = value.replace(/\([^)]{0,60}\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  return clean.length > 0 && clean.split(' ').length <= MAX_AUTHOR_WORDS ? [givenNameFirst(clean)] : [];
}
