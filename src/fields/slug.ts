import { decodedUrlPath } from './urls';

/**
 * How much a text spells out a URL's slug: headlines are usually what the page URL's path says in words.
 * @module
 */

/**
 * Lower-case words of a text, accents removed (`Hermitian_matrix` → `hermitian`, `matrix`).
 * @param text - any text
 * @returns the words
 */
function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of a text's words (of three letters or more) that the page URL's path spells out. */
export function slugOverlap(text: string, slugWords: ReadonlySet<string>): number {
  const words = wordsOf(text).filter((word) => word.length >= 3);
  if (words.length === 0 || slugWords.size === 0) return 0;
  const variants = wordsOf(transliterate(text)).filter((word) => word.length >= 3);
  const hits = Math.max(words.filter((word) => slugWords.has(word)).length, variants.filter((word) => slugWords.has(word)).length);
  return Math.min(1, hits / words.length);
}

/** German-style transliteration slugs use (`für` → `fuer`, `Straße` → `strasse`). */
function transliterate(text: string): string {
  return text.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/Ä/gu, 'Ae').replace(/Ö/gu, 'Oe').replace(/Ü/gu, 'Ue').replace(/ß/gu, 'ss');
}

/** The share of the URL path's words (of three letters or more) that a text spells out. */
export function slugCoverage(text: string, slugWords: ReadonlySet<string>): number {
  const slug = [...slugWords].filter((word) => word.length >= 3 && !/^\d+$/u.test(word));
  if (slug.length === 0) return 0;
  const words = new Set(wordsOf(text));
  return slug.filter((word) => words.has(word)).length / slug.length;
}

/** File names and extensions a path ends in that are no words of the article (`index.html`, `story.aspx`). */
const FILE_WORDS: ReadonlySet<string> = new Set(['index', 'html', 'htm', 'shtml', 'php', 'asp', 'aspx', 'jsp', 'cms']);

/** The words of one path segment that are letters alone (not ids such as `2017` or `696633v1`, nor file names). */
function segmentWords(segment: string): string[] {
  return wordsOf(segment).filter((word) => /^\p{L}+$/u.test(word) && !FILE_WORDS.has(word));
}

/**
 * The words of the URL's article slug: the path segment that spells the most words (the last one on a tie), as in
 * `/world/2019/05/07/court-rules-on-the-budget_5459325.html`. Section segments (`/politics/`) and ids say nothing
 * of the headline and match menu lines. With no segment of two words or more, the last segment (`/themen/arbeit`).
 *
 * @param url - an absolute URL, or `undefined`
 * @param ignored - words that say nothing of a headline (the page language's function words)
 * @returns the set of words (empty without a URL or slug)
 * @example
 * articleSlugWords('https://example.com/news/2019/05/court-rules-on-the-budget/'); // court, rules, on, the, budget
 */
export function articleSlugWords(url: string | undefined, ignored: ReadonlySet<string> = new Set()): Set<string> {
  if (url === undefined) return new Set();
  const segments = (decodedUrlPath(url) ?? '').split('/').filter((segment) => segment.length > 0).map(segmentWords);
  let best: string[] = segments[segments.length - 1] ?? [];
  for (const words of segments) if (words.length > Math.max(1, best.length)) best = words;
  return new Set(best.filter((word) => !ignored.has(word)));
}

/**
 * The words of a URL's path, for {@link slugOverlap} and {@link slugCoverage}.
 * @param url - an absolute URL, or `undefined`
 * @returns the set of words (empty without a URL)
 */
export function slugWordsOf(url: string | undefined): Set<string> {
  return new Set(url === undefined ? [] : wordsOf(decodedUrlPath(url) ?? ''));
}
