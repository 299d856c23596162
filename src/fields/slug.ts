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

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
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

/**
 * The words of a URL's path, for {@link slugOverlap} and {@link slugCoverage}.
 * @param url - an absolute URL, or `undefined`
 * @returns the set of words (empty without a URL)
 */
export function slugWordsOf(url: string | undefined): Set<string> {
  return new Set(url === undefined ? [] : wordsOf(pathOf(url)));
}
