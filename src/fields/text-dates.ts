import { clockTimeBefore } from './clock-time';
import { toIsoString } from './dates';
import { monthOf } from './month-names';
import { relativeDate } from './relative-dates';
import { zoneOffsetMinutes } from './time-zones';
import { updateWordAlternation } from './update-words';

/**
 * Finding the dates a page prints: `Nov. 19, 2019 8:03 am ET`, `19 November 2019`, `2019/11/19`,
 * `Updated 3:04 PM EST, Tue November 19, 2019`, `19.11.2019`, `21.dez.2018 às 12h55`, `02 - Avril - 2019`,
 * `23 мая 2023 г.`, `2017年3月10日`, `2023년 10월 20일`, and relative ones (`il y a 3 heures`) against a reference
 * date. Month names come from `month-names`. A month and year without a day (`April 2023`) is no date: the Article
 * keeps days, and a month is too coarse to order an article among others.
 * @module
 */

/** A date found in text. */
export interface FoundDate {
  /** The instant, as a UTC ISO string. */
  readonly iso: string;
  /** Whether the words before it say it is the publication or the last update. */
  readonly kind: 'published' | 'modified' | 'unknown';
  /** Offset of the date in the text. */
  readonly index: number;
}

/** Update words in every language (`UPDATE_WORDS`), for the patterns below. */
const UPDATE = updateWordAlternation();
/** An update word in the words before a date (`Updated 3:04 PM EST, Tue November 19, 2019`, `Mis à jour le …`). */
const MODIFIED = new RegExp(`(?:${UPDATE})[^|•/]{0,30}$`, 'iu');
/**
 * An update word right after the date and its time (`2019.03.26 lastupdate`, `2019年3月26日 10:00 更新`), with no
 * date of its own after it (`May 4, 2023 Updated May 5, 2023` updates on the second date).
 */
const MODIFIED_AFTER = new RegExp(`^[\\s\\d:.,()（）]{0,12}(?:last ?)?(?:${UPDATE})(?!\\D{0,20}\\d)`, 'iu');
const PUBLISHED = /(?:published|posted|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|publikováno|опубликовано|公開日?|发布)[^|•/]{0,30}$/iu;

const ISO_DATE = /(?<!\d)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/gu;
// `2019.03.08` (East Asian and some European pages): two-digit month and day, so a version number (`2021.3.2`) is no date.
const DOTTED_DATE = /(?<![\d.])((?:19|20)\d{2})\.(\d{2})\.(\d{2})(?!\d|\.\d)/gu;
const CJK_DATE = /((?:19|20)\d{2}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]/gu;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)?\d{2})(?![\d.])/gu;
// A year may run straight into a time where a rendering dropped the space (`December 15, 20163:33 PM ET`).
// A month word is matched as a whole letter run (`\p{L}+`) and its length checked in code (`isMonthWordLength`):
// a bounded repeat of a Unicode property class (`\p{L}{3,12}`) costs V8 tens of ms to compile on a process's first date.
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|º|\.)?(?: de)?[\s.-]{1,3}(\p{L}+)(?: de)?[\s.,-]{1,3}((?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))/gu;
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}+)\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s((?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))/gu;
const TIME = /^\D{0,12}?(?:at\s|à\s|um\s|às\s|a las\s)?(\d{1,2})[:.h](\d{2})(?::\d{2})?\s?(?:([ap])\.?m\.?)?\s?(\p{Lu}{1,5}\b|[+-]\d{2}:?\d{2})?/iu;

const ANY_TIME = /(\d{1,2})[:.h](\d{2})\s?(?:([ap])\.?m\.?)?\s?(\p{Lu}{2,5}\b|[+-]\d{2}:?\d{2})?/giu;

/** A time written right before a date (`3:04 PM EST, Tue November 19, 2019`). */
function timeJustBefore(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  ANY_TIME.lastIndex = 0;
  for (let match = ANY_TIME.exec(before); match !== null; match = ANY_TIME.exec(before)) last = match;
  return last !== null && last.index + last[0].length >= before.length - 16 ? last : null;
}

interface Match {
  readonly index: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return month >= 0 && month <= 11 && date.getUTCDate() === day && date.getUTCMonth() === month;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year > 50 ? 1900 + year : 2000 + year) : year;
}

/** Whether a letter run has the length of a month word: 3 to 12 letters (code points). */
function isMonthWordLength(word: string | undefined): word is string {
  const letters = word === undefined ? 0 : [...word].length;
  return letters >= 3 && letters <= 12;
}

/** All calendar days written in the text, with where they stand. */
function calendarDays(text: string, language: string | undefined): Match[] {
  const found: Match[] = [];
  const push = (index: number, end: number, year: number, month: number, day: number): void => {
    if (validDay(year, month, day) && !found.some((other) => index < other.end && end > other.index)) found.push({ index, end, year, month, day });
  };
  for (const match of text.matchAll(ISO_DATE)) push(match.index, match.index + match[0].length, Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  for (const match of text.matchAll(DOTTED_DATE)) push(match.index, match.index + match[0].length, Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  for (const match of text.matchAll(CJK_DATE)) push(match.index, match.index + match[0].length, Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const month = isMonthWordLength(match[2]) ? monthOf(match[2], language) : undefined;
    if (month !== undefined) push(match.index, match.index + match[0].length, Number(match[3]), month, Number(match[1]));
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    const month = isMonthWordLength(match[1]) ? monthOf(match[1], language) : undefined;
    if (month !== undefined) push(match.index, match.index + match[0].length, Number(match[3]), month, Number(match[2]));
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = fullYear(match[4] ?? '');
    // Day first unless that is impossible, or the text is English with slashes or two-digit years (US style).
    const monthFirst = second > 12 || (first <= 12 && language === 'en');
    push(match.index, match.index + match[0].length, year, (monthFirst ? first : second) - 1, monthFirst ? second : first);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Finds the dates a piece of text prints, in order.
 *
 * @param text - one line or a few lines of page text
 * @param options - the page language (for month names and day/month order) and the reference date for relative dates
 * @returns the dates found
 * @example
 * ```ts
 * findDates('Updated 3:04 PM EST, Tue November 19, 2019')[0];
 * //=> { iso: '2019-11-19T20:04:00.000Z', kind: 'modified', index: 22 }
 * ```
 */
export function findDates(text: string, options: { language?: string; referenceDate?: Date } = {}): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const day of calendarDays(text, options.language)) {
    let hours = 0;
    let minutes = 0;
    let offset = 0;
    const around = `${text.slice(day.end, day.end + 40)}`;
    const before = text.slice(Math.max(0, day.index - 40), day.index);
    const time = TIME.exec(around) ?? timeJustBefore(before);
    if (time !== null) {
      hours = Number(time[1]);
      minutes = Number(time[2]);
      const meridiem = time[3]?.toLowerCase();
      if (meridiem === 'p' && hours < 12) hours += 12;
      if (meridiem === 'a' && hours === 12) hours = 0;
      offset = zoneOffsetMinutes(time[4], new Date(Date.UTC(day.year, day.month, day.day))) ?? 0;
    }
    if (hours > 23 || minutes > 59) {
      hours = 0;
      minutes = 0;
    }
    const iso = toIsoString(new Date(Date.UTC(day.year, day.month, day.day, hours, minutes) - offset * 60_000));
    if (iso === undefined) continue;
    const kind = MODIFIED.test(before) ? 'modified' : PUBLISHED.test(before) ? 'published' : MODIFIED_AFTER.test(text.slice(day.end)) ? 'modified' : 'unknown';
    dates.push({ iso, kind, index: day.index });
  }
  if (options.referenceDate !== undefined) {
    const relative = relativeDate(text, options.referenceDate);
    if (relative !== undefined) dates.push({ iso: relative.iso, kind: relative.modified ? 'modified' : 'unknown', index: relative.index });
    // A time of day alone (`1:39 PM ET`) is that day's, the day of the reference.
    const clock = dates.length === 0 ? clockTimeBefore(text, options.referenceDate) : undefined;
    if (clock !== undefined) dates.push({ iso: clock, kind: 'unknown', index: 0 });
  }
  return dates;
}
