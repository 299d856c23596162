import { foldCase } from '../text/phrases';
import { toIsoString } from './dates';
import { updateWordAlternation } from './update-words';

/**
 * Relative dates (`3 hours ago`, `il y a 3 heures`, `vor 3 Stunden`, `hace 3 horas`, `před 21 minutami`), resolved
 * against a reference date in its local calendar.
 * @module
 */

type Unit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Unit words by their stem, in several languages; the first unit one of whose stems starts the word wins. */
const UNITS: readonly (readonly [readonly string[], Unit])[] = [
  [['min'], 'minutes'],
  [['h', 'stund', 'uur', 'ora', 'ore'], 'hours'],
  [['d', 'jour', 'tag', 'día', 'giorn'], 'days'],
  [['w', 'semaine', 'semana', 'settiman', 'týd'], 'weeks'],
  [['mo', 'mes', 'mês', 'maand', 'měsí'], 'months'],
  [['y', 'an', 'jahr', 'año', 'ano', 'jaar', 'rok', 'let'], 'years'],
];

/** The unit a word names, by its stem. */
function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase();
  return UNITS.find(([stems]) => stems.some((stem) => lower.startsWith(stem)))?.[1];
}

/** Milliseconds in a unit of clock time; the calendar units are counted on the calendar instead. */
const CLOCK_UNIT_MS: Readonly<Partial<Record<Unit, number>>> = { minutes: 60_000, hours: 3_600_000 };

/**
 * The moment `amount` units before `reference`, counted as date-fns `sub` counts: months and years on the local
 * calendar, kept on the last day of a shorter month (31 March less a month is the last day of February); days and
 * weeks on the local calendar; minutes and hours on the clock.
 */
function unitsBefore(reference: Date, unit: Unit, amount: number): Date {
  const date = new Date(reference.getTime());
  if (amount === 0) return date;
  const clock = CLOCK_UNIT_MS[unit];
  if (clock !== undefined) return new Date(date.getTime() - amount * clock);
  if (unit === 'days' || unit === 'weeks') {
    date.setDate(date.getDate() - (unit === 'weeks' ? amount * 7 : amount));
    return date;
  }
  const dayOfMonth = date.getDate();
  const monthEnd = new Date(date.getTime());
  monthEnd.setMonth(date.getMonth() - (unit === 'years' ? amount * 12 : amount) + 1, 0);
  if (dayOfMonth >= monthEnd.getDate()) return monthEnd;
  date.setFullYear(monthEnd.getFullYear(), monthEnd.getMonth(), dayOfMonth);
  return date;
}

/**
 * A relative date, read on case-folded text (`foldCase`) with the `u` flag, which matches where the same pattern
 * with `iu` matches the text: with `i`, V8 compiles each `\p{L}` of the bounded repeats with its case closure, tens
 * of milliseconds in a fresh process. The `d` flag gives where the unit word stands in the text as written.
 */
const AGO = /(?:(\d{1,3}) ?|(an|a|one) )(\p{L}{1,12}) (?:ago|geleden|fa)\b|(?:il y a|vor|hace|há|před) (\d{1,3}|une|un|una|uma|einer|einem) (\p{L}{1,12})/du;
/** What every relative date holds, case-folded: a text without any of these has none, and the pattern is not run. */
const AGO_WORDS: readonly string[] = [' ago', ' geleden', ' fa', 'il y a ', 'vor ', 'hace ', 'há ', 'před '];

/** An update word (`UPDATE_WORDS`) right before a relative date (`Updated 5 minutes ago`, `Mis à jour il y a 3 heures`). */
const UPDATED_BEFORE = new RegExp(`(?:${updateWordAlternation()})\\p{L}*[^\\p{L}\\p{N}]*$`, 'iu');

/**
 * Reads a relative date.
 *
 * @param text - a line of text
 * @param reference - the moment "ago" counts from
 * @returns the instant, whether the words say it is an update, and where it stands; `undefined` when none
 * @example
 * ```ts
 * relativeDate('il y a 3 heures', new Date('2024-01-02T12:00:00Z'))?.iso; //=> '2024-01-02T09:00:00.000Z'
 * ```
 */
export function relativeDate(text: string, reference: Date): { iso: string; modified: boolean; index: number } | undefined {
  const folded = foldCase(text);
  if (!AGO_WORDS.some((word) => folded.includes(word))) return undefined;
  const match = AGO.exec(folded);
  if (match === null) return undefined;
  const amountText = match[1] ?? match[2] ?? match[4] ?? '';
  const unitAt = match.indices?.[3] ?? match.indices?.[5];
  const unitText = unitAt === undefined ? '' : text.slice(unitAt[0], unitAt[1]);
  const amount = /^\d+$/u.test(amountText) ? Number(amountText) : 1;
  const unit = unitOf(unitText);
  if (unit === undefined) return undefined;
  const iso = toIsoString(unitsBefore(reference, unit, amount));
  if (iso === undefined) return undefined;
  const before = text.slice(0, match.index);
  return { iso, modified: UPDATED_BEFORE.test(before), index: match.index };
}
