import { readBylineLine } from '../fields/byline-forms';
import { findDates } from '../fields/text-dates';
import { isClockTimeLine } from '../fields/clock-time';
import { countWords } from '../text/prose';
import type { PageLine } from './lines';

/**
 * The lines of a page that belong to an article's header without being its headline: bylines and datelines. A
 * headline stands just above them (or just below a dateline), and is never one of them.
 * @module
 */

/** Where the page's bylines and datelines are. */
export interface HeaderMarks {
  /** Lines a byline word opens or that are names with a role, outlet or date. */
  readonly bylines: ReadonlySet<number>;
  /** Short lines that are mostly a date (`March 9 2017 4:21 PM`, `2019年02月22日 14時30分 公開`). */
  readonly datelines: ReadonlySet<number>;
}

/** Whether a line is marked as a byline or a dateline. */
export function isMarked(marks: HeaderMarks | undefined, index: number): boolean {
  return marks !== undefined && (marks.bylines.has(index) || marks.datelines.has(index));
}

/** Lines longer than this are prose, not header lines. */
const MAX_HEADER_LINE = 120;
/** Words at most on a header line (a byline with its outlet and date, a dateline with its place). */
const MAX_HEADER_WORDS = 20;

/** Words at most on a line of names alone (`Jane Roe and John Doe`). */
const MAX_NAME_LINE_WORDS = 6;

/** Lines below a name-like line within which a `By …` byline makes it a headline rather than a byline. */
const NAME_MARKER_REACH = 3;

/** At most this many words besides the date on a dateline (`Updated:`, `Published on`, a place, a time zone). */
const MAX_DATELINE_WORDS = 7;

/** Whether a line is mostly a date: a date found, and few words left beside it. */
function isDateline(text: string, language: string | undefined): boolean {
  if (!/\d/u.test(text)) return false;
  // A time of day alone (`1:39 PM ET`) dates the article like a date: today's, or the date's on the line above.
  if (isClockTimeLine(text)) return true;
  const dates = findDates(text, language === undefined ? {} : { language });
  if (dates.length === 0) return false;
  const words = text.replace(/[\d\p{P}\p{S}]+/gu, ' ').trim().split(/\s+/u).filter((word) => word.length > 0);
  return words.length <= MAX_DATELINE_WORDS;
}

/**
 * Marks the bylines and datelines of a page.
 *
 * @param lines - the page's lines
 * @param commonWords - words the page writes in lower case
 * @param language - the page language, for month names
 * @param around - the first and last line to mark (the lines around the article's start); the whole page by default
 * @returns the marked lines
 */
export function findHeaderMarks(
  lines: readonly PageLine[],
  commonWords: ReadonlySet<string>,
  language: string | undefined,
  around: readonly [number, number] = [0, lines.length - 1],
): HeaderMarks {
  const bylines = new Set<number>();
  const datelines = new Set<number>();
  const names: number[] = [];
  for (const line of lines.slice(Math.max(0, around[0]), around[1] + 1)) {
    if (line.text.length > MAX_HEADER_LINE || countWords(line.text, MAX_HEADER_WORDS + 1) > MAX_HEADER_WORDS) continue;
    if (isDateline(line.text, language)) datelines.add(line.index);
    const byline = readBylineLine(line.text, commonWords);
    if (byline !== undefined && (byline.form === 'marker' || datelines.has(line.index))) bylines.add(line.index);
    else if (byline !== undefined && countWords(line.text, MAX_NAME_LINE_WORDS + 1) <= MAX_NAME_LINE_WORDS) names.push(line.index);
  }
  // A name alone on the line right above or below a dateline is the byline (`Jane Roe` over `9/11/13 10:00AM`),
  // unless a `By …` line stands just below it: then the name-like line is a short headline (`Broken Pledge`).
  const markerBylines = [...bylines];
  for (const index of names) {
    const signedBelow = markerBylines.some((byline) => byline > index && byline - index <= NAME_MARKER_REACH);
    if ((datelines.has(index - 1) || datelines.has(index + 1)) && !signedBelow) bylines.add(index);
  }
  return { bylines, datelines };
}

/** How far from the article's start a dateline may stand when none is printed beside its headline or byline. */
const MAX_DATELINE_DISTANCE = 30;

/**
 * The date of the dateline nearest the article's start, for a page whose header around the headline carries none
 * (the date printed above a breadcrumb, below a standfirst or after a share bar).
 *
 * @param lines - the page's lines
 * @param marks - the page's header marks
 * @param around - the article's first line
 * @param language - the page language, for month names
 * @returns the date and its line, or `undefined` when no dateline stands near enough
 */
export function nearestDateline(lines: readonly PageLine[], marks: HeaderMarks, around: number, language: string | undefined): { iso: string; line: number } | undefined {
  let best: number | undefined;
  for (const index of marks.datelines) {
    const distance = Math.abs(index - around);
    // A time alone dates nothing by itself.
    if (distance <= MAX_DATELINE_DISTANCE && (best === undefined || distance < Math.abs(best - around)) && !isClockTimeLine(lines[index]?.text ?? '')) best = index;
  }
  const text = best === undefined ? undefined : lines[best]?.text;
  const date = text === undefined ? undefined : findDates(text, language === undefined ? {} : { language })[0];
  return date === undefined || best === undefined ? undefined : { iso: date.iso, line: best };
}

/** Lines at the end of the article where a signature byline stands (`NAME / Outlet` under the last paragraph). */
const SIGNATURE_LINES = 3;
/** The separator before the outlet in a signature (`NAME / Outlet`, `NAME | Outlet`, `NAME, Outlet`). */
const SIGNATURE_OUTLET = /\s[/|–—-]\s|,\s/u;
/** Words at most in a signature line. */
const MAX_SIGNATURE_WORDS = 8;

/** A post's footer line: names, a dash or bar, then the post's date (`Jane Roe — 2013-09-29 — in Code — Permalink`). */
const NAME_BEFORE_DATE = /^([^—–|·\d]{3,60})[—–|·]\s?\d/u;

/** Marks that end a sentence, followed by a space, after which a run-in signature may stand. */
const SENTENCE_ENDS = ['. ', '! ', '? ', '.” ', '.» ', '." '];

/** What follows a paragraph's last sentence (`… they wrote. Jane Roe` → `Jane Roe`), or `undefined`. */
function runInTail(text: string): string | undefined {
  const end = Math.max(...SENTENCE_ENDS.map((mark) => (text.includes(mark) ? text.lastIndexOf(mark) + mark.length : -1)));
  const tail = text.slice(end).trim();
  // A sentence after the last one would end with its own mark: the tail is no sentence.
  return end > 0 && end < text.length && !/[.!?:;,…]$/u.test(tail) ? tail : undefined;
}

/**
 * The byline signed at the end of the article, for an article with none above it: one of its last lines that is
 * names alone or with an outlet (`NAME / Outlet`, `NAME, Outlet`), or a byline word and names.
 *
 * @param lines - the page's lines
 * @param region - the article's first and last line
 * @param commonWords - words the page writes in lower case
 * @returns the line and the names, or `undefined`
 */
export function signatureByline(lines: readonly PageLine[], region: readonly [number, number], commonWords: ReadonlySet<string>): { line: number; names: readonly string[] } | undefined {
  // The signature closes the article's last paragraph or stands just below it, outside the region found.
  for (let offset = 1; offset > -SIGNATURE_LINES; offset--) {
    const index = region[1] + offset;
    if (index <= region[0]) break;
    const line = lines[index]?.text ?? '';
    // A signature may also be run in after the last sentence of a paragraph (`… they wrote. NAME`).
    const long = line.split(/\s+/u).length > MAX_SIGNATURE_WORDS;
    const runIn = long ? runInTail(line) : undefined;
    // A post's footer names its writer before the date (`NAME — DATE — in Section`): the names are a signature.
    const dated = long && runIn === undefined ? NAME_BEFORE_DATE.exec(line)?.[1]?.trim() : undefined;
    const text = runIn ?? dated ?? line;
    if (text.split(/\s+/u).length > MAX_SIGNATURE_WORDS) continue;
    const reading = readBylineLine(text, commonWords);
    // A name alone on a line there may be a menu item or a related link: a signature has a byline word, names an
    // outlet, or closes the paragraph itself.
    if (reading !== undefined && reading.names.length > 0 && reading.editor !== true && (reading.form === 'marker' || SIGNATURE_OUTLET.test(text) || runIn !== undefined || dated !== undefined)) {
      return { line: index, names: reading.names };
    }
  }
  return undefined;
}
