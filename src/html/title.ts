import { countWords } from '../text/prose';

/**
 * The headline from a document's `<title>`: the site name and section crumbs taken off
 * (`Story | Site`, `Site - Story`, `Section > Story`), as Readability does, so that the same page gives the same
 * title whatever renders it.
 * @module
 */

const SEPARATOR = / [|\-\\/>»] /u;
const HIERARCHY = / [\\/>»] /u;

/**
 * Cleans a `<title>` into the headline.
 *
 * @param title - the `<title>` text
 * @param headings - texts of the page's `h1`/`h2` headings
 * @returns the headline
 * @example
 * ```ts
 * cleanDocumentTitle('Bridge opens after ten years | Example News', []); //=> 'Bridge opens after ten years'
 * ```
 */
export function cleanDocumentTitle(title: string, headings: readonly string[]): string {
  const original = title.trim().replace(/\s+/gu, ' ');
  let current = original;
  let hierarchical = false;
  if (SEPARATOR.test(current)) {
    hierarchical = HIERARCHY.test(current);
    const separators = [...current.matchAll(new RegExp(SEPARATOR.source, 'gu'))];
    const first = separators[0];
    const last = separators[separators.length - 1];
    if (first !== undefined && last !== undefined) {
      current = original.slice(0, last.index);
      if (countWords(current) < 3) current = original.slice(first.index + first[0].length);
    }
  } else if (current.includes(': ')) {
    if (!headings.some((heading) => heading.trim() === current)) {
      const after = current.slice(current.lastIndexOf(': ') + 2);
      current = countWords(after) < 3 ? current.slice(current.indexOf(': ') + 2) : after;
      if (countWords(original.slice(0, original.indexOf(': '))) > 5) current = original;
    }
  } else if (current.length > 150 || current.length < 15) {
    const only = headings.length === 1 ? headings[0] : undefined;
    if (only !== undefined) current = only;
  }
  current = current.trim().replace(/\s+/gu, ' ');
  const words = countWords(current);
  if (words <= 4 && (!hierarchical || words !== countWords(original.replace(/[|\-\\/>»]+/gu, '')) - 1)) current = original;
  return current;
}
