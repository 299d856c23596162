/**
 * Time-zone abbreviations pages print after a time, as offsets from UTC. US zones follow US daylight-saving
 * rules when written without S/D (`ET`, `PT`).
 * @module
 */

const FIXED: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180,
  MSK: 180, JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

const US_STANDARD: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** The n-th Sunday of a month (UTC), for daylight-saving boundaries. */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** Whether US daylight-saving time is in force on a day (second Sunday of March to first Sunday of November). */
function usDaylightSaving(day: Date): boolean {
  const year = day.getUTCFullYear();
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2));
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1));
  return day.getTime() >= start && day.getTime() < end;
}

/**
 * The UTC offset, in minutes, of a zone written after a time (`EST`, `ET`, `CEST`, `+01:00`).
 *
 * @param zone - the abbreviation or numeric offset, if any
 * @param day - the day it applies to (for `ET`-style zones)
 * @returns the offset, or `undefined` when the zone is unknown
 * @example
 * ```ts
 * zoneOffsetMinutes('EST', new Date('2019-11-19')); //=> -300
 * zoneOffsetMinutes('ET', new Date('2019-07-01')); //=> -240
 * ```
 */
export function zoneOffsetMinutes(zone: string | undefined, day: Date): number | undefined {
  if (zone === undefined) return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
  if (numeric !== null) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const upper = zone.toUpperCase();
  const fixed = FIXED[upper];
  if (fixed !== undefined) return fixed;
  const standard = US_STANDARD[upper];
  if (standard !== undefined) return standard + (usDaylightSaving(day) ? 60 : 0);
  return undefined;
}
