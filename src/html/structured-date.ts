import { parseIsoLikeDate } from '../fields/dates';
import { findDates } from '../fields/text-dates';

/**
 * Reading the dates of a page's markup: structured data, microdata and `<time>` elements.
 * @module
 */

/**
 * Parses a date as printed in structured data or a `<time>` element: ISO-like, else a date form pages print (a
 * relative one, `3 hours ago`, only against a reference date).
 *
 * @param value - the attribute or text
 * @param referenceDate - the moment relative dates are resolved against, when the caller gave one
 * @returns the ISO date, or `undefined`
 */
export function structuredDate(value: string | undefined, referenceDate?: Date): string | undefined {
  if (value === undefined) return undefined;
  return parseIsoLikeDate(value) ?? findDates(value, referenceDate === undefined ? {} : { referenceDate })[0]?.iso;
}
