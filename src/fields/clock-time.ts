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
  const match = LONE_TIME.exec(text.trim());
  if (match === null) return false;
  const meridiem = match[3] !== undefined;
  if (Number(match[1]) > (meridiem ? ClockLimits.meridiemHours : ClockLimits.dayHours) || Number(match[2]) > ClockLimits.hourMinutes) return false;
  const zone = match[4];
  if (zone === undefined) return meridiem;
  return zoneOffsetMinutes(zone, new Date(0)) !== undefined;
}
