import { type Article, parseArticle } from '../../src/index';
import { toJsonLd } from '../../src/output/index';
import { stringOf } from '../../src/html/json-ld';

/**
 * The round trip of `toJsonLd`: a page whose only metadata is the JSON-LD of an Article parses back into the same
 * metadata fields.
 */

/** The metadata fields the round trip must keep. */
export const ROUND_TRIP_FIELDS = ['url', 'title', 'description', 'publishedAt', 'modifiedAt', 'section', 'genre', 'language', 'copyrightYear', 'authors', 'publisher', 'siteName', 'image', 'keywords', 'speakable'] as const;

/** A page whose only metadata is one JSON-LD block. */
export function pageWithJsonLd(article: Article): string {
  const json = JSON.stringify(toJsonLd(article)).replaceAll('<', '\\u003c');
  return `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
}

/**
 * What the round trip must give back for each field: the Article's values, as JSON-LD carries them. The JSON-LD
 * reader reads values as pages write them (`stringOf`: HTML entities decoded, tags dropped, whitespace collapsed), so
 * text that holds an entity reference or a tag literally comes back as that reading of it.
 */
export function expectedMetadata(article: Article): Record<string, unknown> {
  const publisher = article.publisher ?? (article.siteName === undefined ? undefined : { name: article.siteName });
  const expected: Record<string, unknown> = {
    url: article.url,
    title: article.title,
    description: article.description,
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    section: article.section,
    genre: article.genre,
    language: article.language,
    copyrightYear: article.copyrightYear,
    authors: article.authors,
    publisher,
    siteName: publisher?.name,
    image: article.image === undefined ? undefined : { ...article.image, renditions: undefined },
    keywords: article.keywords.length > 0 ? article.keywords : article.tags,
    speakable: article.speakable === undefined ? undefined : [...article.speakable.filter((s) => !s.startsWith('/')), ...article.speakable.filter((s) => s.startsWith('/'))],
  };
  return JSON.parse(JSON.stringify(expected), (_key, value: unknown) => (typeof value === 'string' && !/^https?:\/\//u.test(value) ? stringOf(value) : value)) as Record<string, unknown>;
}

/** The same fields of the Article parsed back from the JSON-LD page. */
export function roundTripMetadata(article: Article): Record<string, unknown> {
  const back = parseArticle(pageWithJsonLd(article));
  const fields: Record<string, unknown> = {};
  for (const field of ROUND_TRIP_FIELDS) fields[field] = back[field];
  // Language is detected from the text when nothing declares one; only a declared one must come back.
  if (article.language === undefined) delete fields['language'];
  return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
}
