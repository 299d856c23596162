import { lowerCaseWords } from '../text/vocabulary';
import type { PageLine } from './lines';

/**
 * The words a page writes in lower case, outside addresses: a capitalised phrase made of them (`Special Reports`)
 * is a heading or a menu item, not a person's name.
 * @module
 */

/**
 * Whether a token is an address, not words: a URL or path (`…/author/jane-roe/`), an e-mail, a handle (`@janeroe`,
 * `jane_roe`: words joined by an underscore are an account's name).
 */
const isAddress = (token: string): boolean => token.includes('/') || token.includes('@') || token.includes('_') || token.toLowerCase().startsWith('www.');

/**
 * Collects the lower-case words of a page's lines, leaving out URLs, paths, e-mail addresses and handles: they
 * spell names in lower case (`jane.roe@example.com`, `@janeroe`, `/author/jane-roe`) without being words of the
 * page.
 *
 * @param lines - the page's lines
 * @returns the words
 * @example
 * ```ts
 * pageVocabulary(readPageLines('By Jane Roe\nWrite to jane.roe@example.com')).has('jane'); //=> false
 * ```
 */
export function pageVocabulary(lines: readonly PageLine[]): Set<string> {
  return lowerCaseWords(
    lines.map((line) =>
      /[/@_]|www\./iu.test(line.text)
        ? line.text
            .split(/\s+/u)
            .filter((token) => !isAddress(token))
            .join(' ')
        : line.text,
    ),
  );
}
