import { dateFromUrl } from '../fields/dates';
import { decodedUrlPath } from '../fields/urls';
import type { RelatedLink } from '../model/article';

/**
 * Related links: a readable title from the URL's slug and the date its path carries.
 * @module
 */

/**
 * Makes a readable title from the last meaningful path segment of a URL
 * (`/20230926/what-kinds-of-weapons-1113695688.html` → `What kinds of weapons`).
 *
 * @param url - an absolute URL
 * @returns the title, or `undefined` when the slug holds no words
 * @example
 * ```ts
 * titleFromSlug('https://example.com/2023/09/26/what-kinds-of-weapons-1113695688.html'); //=> 'What kinds of weapons'
 * ```
 */
export function titleFromSlug(url: string): string | undefined {
  const path = decodedUrlPath(url);
  if (path === undefined) return undefined;
  const segments = path.split('/').filter((segment) => segment.length > 0);
  for (let index = segments.length - 1; index >= 0; index--) {
    const slug = (segments[index] ?? '').replace(/\.[a-z\d]{2,5}$/iu, '');
    const words = slug.split(/[-_+]/u).filter((word) => word.length > 0);
    // Numeric ids at either end of a slug are not words of its title.
    while (words.length > 0 && /^\d{4,}$/u.test(words[words.length - 1] ?? '')) words.pop();
    while (words.length > 0 && /^\d{4,}$/u.test(words[0] ?? '')) words.shift();
    const wordy = words.filter((word) => /\p{L}{2,}/u.test(word));
    if (wordy.length >= 2) {
      const text = words.join(' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
  return undefined;
}

/**
 * Completes a related link: keeps its anchor title when it has one, else a title from the slug; adds the URL's date.
 *
 * @param link - the link as found
 * @returns the completed link
 */
export function completeRelatedLink(link: RelatedLink): RelatedLink {
  const title = link.title ?? titleFromSlug(link.url);
  const publishedAt = link.publishedAt ?? dateFromUrl(link.url);
  return {
    url: link.url,
    ...(title === undefined ? {} : { title }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
  };
}
