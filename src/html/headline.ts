import type { Element } from 'domhandler';
import { slugOverlap } from '../fields/slug';
import { countWords } from '../text/prose';
import { isHidden, textOf } from './dom';

/**
 * The headline as the page shows it: the `<h1>` that tells the article's title, so that a `<title>` carrying the
 * site's name (`Story：Site`, `Story | Site`), a kicker (`Opinion | Story`) or a shortened social title
 * (`og:title`) gives way to the story's own words. A heading is tied to the page's own titles (`og:title`,
 * `<title>`, `twitter:title`, each also without its site name) in one of three ways, strongest first (the first way
 * any heading shows decides):
 * 1. an `<h1>` **repeats** a title: it is most of it, the title with a site name or kicker around it;
 * 2. a heading **extends** a title: it says all the title says and more (`… Her Coat` → `… Her Céline Coat: 'I Wore
 *    It …'`); an `<h2>` too, when no `<h1>` is tied to the titles (a section name above the story's heading);
 * 3. the page's only headline-shaped `<h1>` is **related** to a title or the URL's slug (shares a content word), on
 *    an article page: the shown headline where the social and document titles were reworded for sharing and search.
 * An `<h1>` tied by none is not taken: it is as often a section or site name; nor is a heading that is only the
 * site's declared name.
 * @module
 */

/** Headings read at most: pages with more `<h1>`s than this use them for teasers, not for the headline. */
const MAX_HEADINGS = 4;
/** `<h2>`s read at most when looking for one that extends a title: the story's heading is near the top. */
const MAX_SUBHEADINGS = 12;
/** Fewest letters of a word that carries content (shorter ones are articles, prepositions, pronouns). */
const MIN_CONTENT_WORD = 4;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Comparison form: NFKC, lower case, letters and digits only. */
function squeeze(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The words of a text in comparison form; a CJK run gives its character pairs (CJK writes no spaces).
 *
 * @param text - a heading or title
 * @param minLength - fewest letters of a kept (non-CJK) word
 * @returns the set of words and pairs
 */
function wordsOf(text: string, minLength: number): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (CJK.test(word)) {
      const chars = [...word];
      for (let index = 0; index + 1 < chars.length; index++) words.add(`${chars[index] ?? ''}${chars[index + 1] ?? ''}`);
    } else if (word.length >= minLength) words.add(word);
  }
  return words;
}

/** Whether a heading reads as a headline: a few words, or a few CJK characters, and not a sentence of prose. */
function headlineShaped(text: string): boolean {
  if (text.length < 6 || text.length > 300) return false;
  return CJK.test(text) || countWords(text, 40) >= 3;
}

/** The visible, headline-shaped texts of the first `limit` headings of a tag. */
function headingTexts(headings: readonly Element[], tag: string, limit: number): string[] {
  return headings
    .filter((heading) => heading.name === tag)
    .slice(0, limit)
    .filter((heading) => !isHidden(heading))
    .map((heading) => textOf(heading))
    .filter(headlineShaped);
}

/** Whether a heading is most of a title, not a word of it (a section name, a site name). */
function repeats(heading: string, titles: readonly string[]): boolean {
  const key = squeeze(heading);
  return key.length > 0 && titles.some((title) => title.includes(key) && key.length * 2 >= title.length);
}

/**
 * Whether a heading says everything one of the titles says (all its words, or its whole text); `more`: and says
 * more than it.
 */
function extendsTitle(heading: string, titles: readonly string[], more = false): boolean {
  const key = squeeze(heading);
  const words = wordsOf(heading, 1);
  return titles.some((title) => {
    const titleKey = squeeze(title);
    if (titleKey.length === 0 || (more && key.length <= titleKey.length)) return false;
    if (key.includes(titleKey)) return true;
    const titleWords = wordsOf(title, 1);
    return titleWords.size > 0 && [...titleWords].every((word) => words.has(word));
  });
}

/** Whether a heading shares a content word with a title or the URL's slug. */
function related(heading: string, titles: readonly string[], slugWords: ReadonlySet<string>): boolean {
  const words = wordsOf(heading, MIN_CONTENT_WORD);
  return titles.some((title) => [...wordsOf(title, MIN_CONTENT_WORD)].some((word) => words.has(word))) || slugOverlap(heading, slugWords) > 0;
}

/** What the page says about its own title, for finding the headline it shows. */
export interface TitleEvidence {
  /** The page's own titles (`og:title`, `<title>`, ...), as given. */
  readonly titles: readonly string[];
  /** The same titles without their site names and section crumbs (for words they share with a heading). */
  readonly cleanTitles: readonly string[];
  /** The site's declared names (`og:site_name`, `application-name`): a heading saying only one is no headline. */
  readonly siteNames: readonly string[];
  /** The words of the page URL's path. */
  readonly slugWords: ReadonlySet<string>;
  /** Whether the page reads as an article: only there is an `<h1>` loosely tied to the titles its headline (on a
   * product, documentation or listing page it is a tagline, and the declared title names the page). */
  readonly article: boolean;
}

/**
 * Finds the headline the page shows.
 *
 * @param headingElements - the page's `<h1>` and `<h2>` elements (in its body), in document order
 * @param evidence - the page's titles, site names and URL slug
 * @returns the headline's text, or `undefined`
 */
export function visibleHeadline(headingElements: readonly Element[], evidence: TitleEvidence): string | undefined {
  const siteKeys = new Set(evidence.siteNames.map(squeeze).filter((key) => key.length > 0));
  const shaped = headingTexts(headingElements, 'h1', MAX_HEADINGS + 1);
  if (shaped.length > MAX_HEADINGS) return undefined;
  const headings = shaped.filter((text) => !siteKeys.has(squeeze(text)));
  const squeezedTitles = evidence.titles.map(squeeze).filter((title) => title.length > 0);
  let repeating: string | undefined;
  for (const heading of headings) {
    if (repeats(heading, squeezedTitles) && (repeating === undefined || heading.length > repeating.length)) repeating = heading;
  }
  if (repeating !== undefined) return repeating;
  const extending = headings.find((heading) => extendsTitle(heading, evidence.titles));
  if (extending !== undefined) return extending;
  const only = shaped.length === 1 && evidence.article ? headings[0] : undefined;
  if (only !== undefined && related(only, evidence.cleanTitles, evidence.slugWords)) return only;
  // No `<h1>` tells the story's title (it names a section, or there is none): an `<h2>` that extends a title does.
  const subheading = headings.some((heading) => related(heading, evidence.cleanTitles, evidence.slugWords)) ? undefined : headingTexts(headingElements, 'h2', MAX_SUBHEADINGS).find((heading) => !siteKeys.has(squeeze(heading)) && extendsTitle(heading, evidence.titles, true));
  return subheading;
}

/**
 * The leading body chunks that only repeat the headline (the `<h1>` above the lede, the title again as a heading):
 * the headline is the article's `title`, never its first body block.
 *
 * @param chunks - the body chunks, in order
 * @param titles - every title the page gives (the shown headline, `og:title`, the cleaned `<title>`, JSON-LD's)
 * @returns how many chunks at the start repeat one of the titles
 */
export function leadingTitleChunks(chunks: readonly { readonly text: string }[], titles: readonly string[]): number {
  const keys = new Set(titles.map(squeeze).filter((key) => key.length > 0));
  // A chunk with more ASCII letters and digits than the longest key has characters is no title (NFKC and
  // lower-casing keep each one a letter or digit of its own): counted near its start, a giant chunk is not squeezed.
  const longest = Math.max(0, ...[...keys].map((key) => key.length));
  const isTitle = (text: string): boolean => (text.slice(0, 2 * longest).match(/[\dA-Za-z]/gu)?.length ?? 0) <= longest && keys.has(squeeze(text));
  let count = 0;
  while (count < chunks.length && isTitle(chunks[count]?.text ?? '')) count++;
  return count;
}
