import { toIsoString } from './dates';
import { zoneOffsetMinutes } from './time-zones';

/**
 * A time of day printed alone on a line (`1:39 PM ET`, `13:39 GMT`, `6:32 p.m.`): the time a dateline gives on its
 * own line under the date, or the whole dateline of an article published today. A bare `0:46` or `14:10` is a
 * video's length or a ticker's time as often, so a clock time carries a meridiem or a zone.
 * @module
 */

/** Hours, minutes, an optional meridiem and an optional zone (an abbreviation or an offset), nothing else. */
const LONE_TIME = /^(\d{1,2})[:.h](\d{2})\s?(?:([ap])\.?m\.?)?\s?([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/iu;

/** Last hour of a twelve-hour clock and of a twenty-four-hour one. */
const enum ClockLimits {
  meridiemHours = 12,
  dayHours = 23,
  hourMinutes = 59,
}

/**
 * Whether a line is only a time of day with a meridiem or a time zone the library knows (`zoneOffsetMinutes`).
 *
 * @param text - one line
 * @returns `true` for `1:39 PM ET`, `10:05 CET`, `6:32 PM`; `false` for `0:46`, `1:39 PM XYZ`, `25:00 GMT`
 * @example
 * ```ts
 * isClockTimeLine('1:39 PM ET'); //=> true
 * isClockTimeLine('8:09'); //=> false
 * ```
 */
export function isClockTimeLine(text: string): boolean {
  return clockTime(text) !== undefined;
}

/** The hours (0–23), minutes and zone of a lone clock time ({@link isClockTimeLine}), or `undefined`. */
function clockTime(text: string): { hours: number; minutes: number; zone: string | undefined } | undefined {
  const match = LONE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const meridiem = match[3]?.toLowerCase();
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const zone = match[4];
  if (hours > (meridiem === undefined ? ClockLimits.dayHours : ClockLimits.meridiemHours) || minutes > ClockLimits.hourMinutes) return undefined;
  if (zone === undefined ? meridiem === undefined : zoneOffsetMinutes(zone, new Date(0)) === undefined) return undefined;
  return { hours: meridiem === undefined ? hours : (hours % ClockLimits.meridiemHours) + (meridiem === 'p' ? ClockLimits.meridiemHours : 0), minutes, zone };
}

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/**
 * The moment a lone clock time names, against a reference moment: a page prints a time without a date for what it
 * published that day, so it is the last moment at or before the reference at which a clock in the printed zone (UTC
 * without one) showed that time.
 *
 * @param text - one line
 * @param reference - the moment the page was read (the caller's `referenceDate`)
 * @returns the UTC ISO string, or `undefined` when the line is no lone clock time
 * @example
 * ```ts
 * clockTimeBefore('1:39 PM ET', new Date('2019-04-29T22:00:00Z')); //=> '2019-04-29T17:39:00.000Z'
 * ```
 */
export function clockTimeBefore(text: string, reference: Date): string | undefined {
  const time = clockTime(text);
  if (time === undefined) return undefined;
  const offset = (zoneOffsetMinutes(time.zone, reference) ?? 0) * 60_000;
  const day = new Date(reference.getTime() + offset);
  const instant = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), time.hours, time.minutes) - offset;
  return toIsoString(new Date(instant > reference.getTime() ? instant - DAY_MS : instant));
}
