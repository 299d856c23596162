import { type FoundDate, findDates } from '../fields/text-dates';
import type { PageLine } from './lines';
import { isCreditLine, withoutLinks } from '../fields/byline-forms';
import { updateWordAlternation } from '../fields/update-words';
import { isClockTimeLine } from '../fields/clock-time';

/**
 * Finding the article's publication and update dates in page text: the dates printed on the byline and the lines
 * around the headline, nearest first.
 * @module
 */

/** The dates found for an article. */
export interface Datelines {
  readonly published?: { readonly iso: string; readonly line: number };
  readonly modified?: { readonly iso: string; readonly line: number };
}

/** Lines from the publication date's line on which its update date is still looked for (a dateline block). */
const UPDATE_LINE_REACH = 2;

/**
 * Looks for the article's dates near an anchor line (the byline, else the headline).
 *
 * @param lines - the page's lines
 * @param anchor - the byline's or headline's line
 * @param regionStart - the article's first line
 * @param options - language and reference date, for {@link findDates}
 * @returns the published and modified dates found
 */
export function findDatelines(
  lines: readonly PageLine[],
  anchor: number,
  regionStart: number,
  options: { language?: string; referenceDate?: Date },
): Datelines {
  const from = Math.max(0, Math.min(anchor, regionStart) - 8);
  const to = Math.min(lines.length - 1, Math.max(anchor, regionStart) + 6);
  const order: number[] = [];
  for (let index = from; index <= to; index++) order.push(index);
  order.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || a - b);
  let published: { iso: string; line: number } | undefined;
  let modified: { iso: string; line: number } | undefined;
  for (const index of order) {
    // Once the publication date is found, only the lines beside it are read, for the update date printed with it
    // (`First Posted: …` over `Last Update Posted: …`).
    if (published !== undefined && (modified !== undefined || Math.abs(index - published.line) > UPDATE_LINE_REACH)) continue;
    // Links written out in full are no part of a dateline (`By NAME : DATE Share http://…`). A time alone on the
    // next line is the date's (`Apr 29, 2019` over `1:39 PM ET`).
    const next = lines[index + 1]?.text ?? '';
    const text = withoutLinks(lines[index]?.text ?? '') + (isClockTimeLine(next) ? ` ${next.trim()}` : '');
    // A picture's caption or credit dates the picture, not the article.
    if (text.length > 300 || isCreditLine(text)) continue;
    const found: FoundDate[] = findDates(text, options);
    for (const date of found) {
      if (date.kind === 'modified') modified ??= { iso: date.iso, line: index };
      else published ??= { iso: date.iso, line: index };
    }
  }
  return { ...(published === undefined ? {} : { published }), ...(modified === undefined ? {} : { modified }) };
}

/** Update words anywhere on a lone dateline (`2019.03.26 lastupdate`, `更新`): it dates a revision, not the article. */
const UPDATE_WORD = new RegExp(updateWordAlternation(), 'iu');

/** Longest line (characters) read as a lone dateline when only the URL's month says which date is the article's. */
const LONE_DATELINE_LENGTH = 40;

/**
 * The dateline nearest an anchor whose date falls in the month the article's URL carries (`/news/201903/…` and a
 * line `2019.03.08`): where no date stands beside the headline, a short date line agreeing with the URL is the
 * article's, not a listing's from another month. Dates written as updates are left out.
 *
 * @param lines - the page's lines
 * @param month - the URL's month, `YYYY-MM`
 * @param anchor - the headline's line (or the article's first line)
 * @param options - language and reference date, for {@link findDates}
 * @returns the date and its line, or `undefined`
 */
export function datelineInUrlMonth(
  lines: readonly PageLine[],
  month: string,
  anchor: number,
  options: { language?: string; referenceDate?: Date },
): { readonly iso: string; readonly line: number } | undefined {
  let best: { iso: string; line: number } | undefined;
  for (const line of lines) {
    if (line.text.length > LONE_DATELINE_LENGTH || (best !== undefined && Math.abs(line.index - anchor) >= Math.abs(best.line - anchor))) continue;
    const date = findDates(line.text, options).find((found) => found.kind !== 'modified' && found.iso.startsWith(month));
    if (date !== undefined && !isCreditLine(line.text) && !UPDATE_WORD.test(line.text)) best = { iso: date.iso, line: line.index };
  }
  return best;
}
