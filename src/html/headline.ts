import type { Document, Element } from 'domhandler';
import { getElementsByTagName } from 'domutils';
import { countWords } from '../text/prose';
import { isHidden, textOf } from './dom';

/**
 * The headline as the page shows it: the `<h1>` that agrees with the document's titles (`og:title`, `<title>`), so
 * that a `<title>` carrying the site's name (`Story：Site`, `Story | Site`) or a kicker (`Opinion | Story`) gives way
 * to the story's own words. An `<h1>` no title repeats is not taken: it is as often a section or site name.
 * @module
 */

/** Headings read at most: pages with more `<h1>`s than this use them for teasers, not for the headline. */
const MAX_HEADINGS = 4;

/** Comparison form: NFKC, lower case, letters and digits only. */
function squeeze(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a heading reads as a headline: a few words, or a few CJK characters, and not a sentence of prose. */
function headlineShaped(text: string): boolean {
  if (text.length < 6 || text.length > 300) return false;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  return cjk || countWords(text, 40) >= 3;
}

/**
 * Finds the headline the page shows.
 *
 * @param document - the parsed page
 * @param titles - the page's own titles (`og:title`, `<title>`, ...)
 * @returns the headline's text, or `undefined`
 */
export function visibleHeadline(document: Document | Element, titles: readonly string[]): { text: string } | undefined {
  const headings = getElementsByTagName('h1', document, true, MAX_HEADINGS + 1)
    .filter((heading: Element) => !isHidden(heading))
    .map((heading) => textOf(heading))
    .filter(headlineShaped);
  if (headings.length === 0 || headings.length > MAX_HEADINGS) return undefined;
  const squeezedTitles = titles.map(squeeze).filter((title) => title.length > 0);
  let agreeing: string | undefined;
  for (const heading of headings) {
    const key = squeeze(heading);
    // The heading must be most of a title, not a word of it (a section name, a site name).
    if (key.length > 0 && squeezedTitles.some((title) => title.includes(key) && key.length * 2 >= title.length)) {
      if (agreeing === undefined || heading.length > agreeing.length) agreeing = heading;
    }
  }
  return agreeing === undefined ? undefined : { text: agreeing };
}
