import { parseISO } from 'date-fns/parseISO';
import { urlPath } from './urls';

/**
 * Date normalisers. Every date leaves the library as a UTC ISO 8601 string (`Date#toISOString()` form).
 * A date without a zone is read as UTC, so the output never depends on the machine's time zone.
 * @module
 */

/** `2023-10-20`, `2023-10-20T14:34+0000`, `2017-11-03 03:01:00.000000`, `2015-07-24T05:36:09+01:00`. */
const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)? ?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/iu;

/**
 * Parses an ISO 8601-like date (`T` or space separator, any fraction length, `+0000` or `+00:00` zones, date only).
 *
 * @param text - the date as written
 * @returns the instant as a UTC ISO string, or `undefined` when `text` is no such date
 * @example
 * ```ts
 * parseIsoLikeDate('2023-10-20T14:34+0000'); //=> '2023-10-20T14:34:00.000Z'
 * ```
 */
export function parseIsoLikeDate(text: string): string | undefined {
  const match = ISO_LIKE.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const pad = (value: string | undefined, fallback = '00'): string => (value ?? fallback).padStart(2, '0');
  const millis = (fraction ?? '').padEnd(3, '0').slice(0, 3);
  let offset = 'Z';
  if (zone !== undefined && /^[+-]/u.test(zone)) {
    const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
    offset = `${zone.charAt(0)}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
  }
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${millis}${offset}`;
  return toIsoString(parseISO(iso));
}

/**
 * Formats a valid date as a UTC ISO string, or returns `undefined` for an invalid one or one outside 1900–2200.
 * @param date - a date
 * @returns the ISO string
 */
export function toIsoString(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2200) return undefined;
  return date.toISOString();
}

/** `/20230917/`, `/2023/09/17/`, `/2023-09-17/` and `-20230917-` style dates inside a URL path. */
const URL_PATH_DATE = /(?:^|[/_-])((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/u;

/**
 * `/2015/08/150803-story/`: year and month folders, then a slug opening with the same date as `yymmdd` (its year
 * and month must repeat the folders', so a number that merely starts the slug is no date).
 */
const URL_FOLDER_SLUG_DATE = /\/((?:19|20)(\d{2}))\/(0[1-9]|1[0-2])\/\2\3(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/u;

/**
 * Reads the publication date a URL path carries (`/20230917/`, `/2023/09/17/`, `/2023/09/230917-story/`).
 *
 * @param url - an absolute URL
 * @returns midnight UTC of that day as an ISO string, or `undefined`
 * @example
 * ```ts
 * dateFromUrl('https://example.com/20230917/story.html'); //=> '2023-09-17T00:00:00.000Z'
 * ```
 */
export function dateFromUrl(url: string): string | undefined {
  const path = urlPath(url);
  if (path === undefined) return undefined;
  const folders = URL_FOLDER_SLUG_DATE.exec(path);
  const match = URL_PATH_DATE.exec(path);
  if (folders === null && match === null) return undefined;
  const [year, month, day] = folders === null ? [match?.[1], match?.[3], match?.[4]] : [folders[1], folders[3], folders[4]];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return undefined;
  return toIsoString(date);
}

/** `/2019/03/` or `/201903/`: a year and month folder in a URL path. */
const URL_MONTH_FOLDER = /\/((?:19|20)\d{2})\/?(0[1-9]|1[0-2])(?=\/)/u;

/**
 * The year and month a URL's folders carry (`/news/201903/story/`, `/2019/03/story.html`), when they carry no day.
 *
 * @param url - an absolute URL
 * @returns the month as `YYYY-MM`, or `undefined`
 * @example
 * ```ts
 * monthFromUrl('https://example.com/news/201903/story/'); //=> '2019-03'
 * ```
 */
export function monthFromUrl(url: string): string | undefined {
  const match = URL_MONTH_FOLDER.exec(urlPath(url) ?? '');
  return match === null ? undefined : `${match[1] ?? ''}-${match[2] ?? ''}`;
}
