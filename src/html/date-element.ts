import type { Document, Element } from 'domhandler';
import { getElementsByTagName } from 'domutils';
import { findDates } from '../fields/text-dates';
import { classAndId, isHidden } from './dom';
import { textPrefix } from './text-measure';

/**
 * The page's date element: a short element whose class or id names a publication date (`date`, `pubdate`,
 * `published`, `dateline`, `timestamp`), for pages that print their date without a `<time>` element or a meta tag
 * (`<p class="article__readTime date">2019年2月27日 …</p>`). An update date (`Updated …`) is not the publication's.
 * @module
 */

/** Class or id words (split at spaces, `-` and `_`) that name an element holding the publication date. */
const DATE_WORDS = new Set('date dateline pubdate published publishdate publish postdate posted timestamp datetime time'.split(' '));

/** Class or id words of elements holding another date: an update, a comment's, an event's. */
const OTHER_DATE_WORDS = new Set('updated modified update comment comments reply event expires'.split(' '));

/** Longest text (characters) of a date element: a dateline with a time and a place, not a paragraph. */
const MAX_DATE_TEXT = 120;

/** Elements read at most: the date is in the article's header, near the top of the page. */
const MAX_ELEMENTS = 5000;

/** Whether an element's class or id names a publication date. */
function namesDate(element: Element): boolean {
  const words = classAndId(element).split(/[\s_-]+/u);
  return words.some((word) => DATE_WORDS.has(word)) && !words.some((word) => OTHER_DATE_WORDS.has(word));
}

/**
 * The publication date the first date element of a page prints.
 *
 * @param body - the page's body
 * @param referenceDate - the moment relative dates (`3 hours ago`) are resolved against, when the caller gave one
 * @returns the ISO date, or `undefined`
 */
export function dateElementDate(body: Document | Element, referenceDate: Date | undefined): string | undefined {
  for (const element of getElementsByTagName(() => true, body, true, MAX_ELEMENTS)) {
    if (!namesDate(element) || isHidden(element)) continue;
    const text = textPrefix(element, MAX_DATE_TEXT);
    if (text.length === 0 || text.length > MAX_DATE_TEXT) continue;
    const date = findDates(text, referenceDate === undefined ? {} : { referenceDate }).find((found) => found.kind !== 'modified');
    if (date !== undefined) return date.iso;
  }
  return undefined;
}
