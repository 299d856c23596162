import { decodedUrlPath } from '../fields/urls';

/**
 * Writers named only by their profile links (`article:author` set to `https://example.com/profile/jane-roe`): the
 * link's last path segment spells a name, which is taken only where the page shows it, and as the page writes it
 * (`/by/william-k-rashbaum` → `William K. Rashbaum`, `/signataires/cecile-roe/` → `Cécile Roe`).
 * @module
 */

/** Fewest and most words of a name a profile link spells. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;

/** Comparison form of a word: lower case, accents off. */
function keyOf(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a profile link's last path segment spells (`jane-roe` → `jane`, `roe`), or none. */
function slugName(url: string): string[] {
  const segment = (decodedUrlPath(url) ?? '').split('/').filter((part) => part.length > 0).pop() ?? '';
  const words = segment.split(/[-_.+]/u).filter((word) => word.length > 0);
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || !words.every((word) => /^\p{L}+$/u.test(word))) return [];
  return words.map(keyOf);
}

/** Profile links read at most. */
const MAX_LINKS = 20;

/** What may stand between two words of one name: a space (after an initial's full stop), or a hyphen. */
const NAME_GAP = /^(?:\.?\s+|-)$/u;

/**
 * The names that profile links spell and the page's text shows, as the text writes them, each once.
 *
 * @param urls - profile links (absolute URLs)
 * @param text - the page's visible text
 * @returns the names found in the text, in the links' order
 * @example
 * ```ts
 * namesShownFor(['https://example.com/by/jane-q-roe'], 'Story by Jane Q. Roe, May 2'); //=> ['Jane Q. Roe']
 * ```
 */
export function namesShownFor(urls: readonly string[], text: string): string[] {
  const wanted = urls.slice(0, MAX_LINKS).map(slugName).filter((name) => name.length > 0);
  if (wanted.length === 0) return [];
  const words = [...text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)];
  const keys = words.map((word) => keyOf(word[0]));
  const names: string[] = [];
  for (const name of wanted) {
    const forms: string[] = [];
    keys.forEach((key, start) => {
      const end = start + name.length - 1;
      const fits = (word: string, offset: number): boolean => {
        const before = words[start + offset - 1];
        return keys[start + offset] === word && (offset === 0 || (before !== undefined && NAME_GAP.test(text.slice(before.index + before[0].length, words[start + offset]?.index))));
      };
      const last = words[end];
      if (key === name[0] && last !== undefined && name.every(fits)) forms.push(text.slice(words[start]?.index, last.index + last[0].length).replace(/\s+/gu, ' '));
    });
    // A name set in capitals (a styled byline) is taken as the page writes it elsewhere, else capitalised as a name.
    const shown = forms.find((form) => form !== form.toUpperCase()) ?? forms[0]?.replace(/\p{L}+/gu, (word) => `${word.slice(0, 1)}${word.slice(1).toLowerCase()}`);
    if (shown !== undefined && !names.includes(shown)) names.push(shown);
  }
  return names;
}
