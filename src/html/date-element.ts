import type { Document, Element } from 'domhandler';
import { isText } from 'domhandler';
import { findDates } from '../fields/text-dates';
import { updateWordAlternation } from '../fields/update-words';
import { attr, classAndId, findElements, isHidden } from './dom';
import { structuredDate } from './structured-date';
import { textPrefix } from './text-measure';

/**
 * The dates a page prints in its markup, for pages without JSON-LD or meta dates: its `<time>` elements, else a
 * short element whose class or id names a date (`date`, `pubdate`, `published`, `dateline`, `timestamp`:
 * `<p class="article__readTime date">2019年2月27日 …</p>`). One that dates an update (`class="updated"`,
 * `itemprop="dateModified"`, `Updated <time>…</time>`, `Mis à jour le …`) gives the update date.
 * @module
 */

/** The publication and update dates printed in a page's markup, as ISO strings. */
export interface PrintedDates {
  /** The publication date, when one is printed. */
  readonly published: string | undefined;
  /** The update date, when one is printed. */
  readonly modified: string | undefined;
}

/** Class or id words (split at spaces, `-` and `_`) that name an element holding the publication date. */
const DATE_WORDS = new Set('date dateline pubdate published publishdate publish postdate posted timestamp datetime time'.split(' '));

/** Class or id words of elements holding another date: a comment's, an event's. */
const OTHER_DATE_WORDS = new Set('comment comments reply event expires'.split(' '));

/** Update words of every language (`updated`, `modified`, `mis à jour`, `aktualisiert`). */
const UPDATE_WORD = new RegExp(updateWordAlternation(), 'iu');

/** Longest text (characters) of a date element: a dateline with a time and a place, not a paragraph. */
const MAX_DATE_TEXT = 120;

/** Elements read at most: the date is in the article's header, near the top of the page. */
const MAX_ELEMENTS = 5000;

/** Characters of a `<time>` element's text that are read for a date (a date is short; a flood is no date). */
const TIME_TEXT_LIMIT = 200;

/** `<time>` elements read after the publication date's for its update date (printed beside it). */
const UPDATE_TIME_REACH = 2;

/** Elements read after the publication date's for an update date printed beside it (`<span class="updated">`). */
const UPDATE_ELEMENT_REACH = 6;

/** Characters of the text just before an element read for an update word (`Last updated:`). */
const WORDS_BEFORE = 30;

/** Whether an element dates an update: its class, id or `itemprop`, or the text just before it, says so. */
function datesUpdate(element: Element): boolean {
  const before = element.prev !== null && isText(element.prev) ? element.prev.data.slice(-WORDS_BEFORE) : '';
  return UPDATE_WORD.test(`${classAndId(element)} ${attr(element, 'itemprop') ?? ''} ${before}`);
}

/**
 * The dates of a page's `<time>` elements (`datetime`, else the start of the text): the first is the publication
 * date (an update's too: a later `<time>` may be another article's), and the first update's among it and the two
 * after it is the update date.
 *
 * @param body - the page's body
 * @param referenceDate - the moment relative dates (`3 hours ago`) are resolved against, when the caller gave one
 * @param times - the `<time>` elements of the body in document order (found in it when not given)
 * @returns the dates found
 */
export function timeElementDates(body: Document | Element, referenceDate: Date | undefined, times: readonly Element[] = findElements(body, (time) => time.name === 'time')): PrintedDates {
  let published: string | undefined;
  let modified: string | undefined;
  let after = 0;
  for (const time of times) {
    const iso = structuredDate(attr(time, 'datetime') ?? textPrefix(time, TIME_TEXT_LIMIT), referenceDate);
    if (iso === undefined) continue;
    published ??= iso;
    if (datesUpdate(time)) modified ??= iso;
    if (modified !== undefined || after++ >= UPDATE_TIME_REACH) break;
  }
  return { published, modified };
}

/** Whether an element's class or id names a date (a publication's or an update's), not a comment's or an event's. */
function namesDate(element: Element): boolean {
  const words = classAndId(element).split(/[\s_-]+/u);
  return words.some((word) => DATE_WORDS.has(word) || UPDATE_WORD.test(word)) && !words.some((word) => OTHER_DATE_WORDS.has(word));
}

/**
 * The dates the first date elements of a page print: the publication date, and an update date printed before it or
 * within six elements after it.
 *
 * @param body - the page's body
 * @param referenceDate - the moment relative dates (`3 hours ago`) are resolved against, when the caller gave one
 * @returns the dates found
 */
export function dateElementDates(body: Document | Element, referenceDate: Date | undefined): PrintedDates {
  let published: string | undefined;
  let modified: string | undefined;
  let after = 0;
  for (const element of findElements(body, undefined, MAX_ELEMENTS)) {
    if (published !== undefined && (modified !== undefined || after++ >= UPDATE_ELEMENT_REACH)) break;
    if (!namesDate(element) || isHidden(element)) continue;
    const text = textPrefix(element, MAX_DATE_TEXT);
    if (text.length === 0 || text.length > MAX_DATE_TEXT) continue;
    const update = datesUpdate(element);
    for (const date of findDates(text, referenceDate === undefined ? {} : { referenceDate })) {
      if (update || date.kind === 'modified') modified ??= date.iso;
      else published ??= date.iso;
    }
  }
  return { published, modified };
}
