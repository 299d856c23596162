import { LATIN_LANGUAGES } from './detect-language';

/**
 * Month names in many languages, read from the platform's own locale data (`Intl.DateTimeFormat`, present in every
 * browser, Node, Deno, Bun and worker) instead of shipping locale tables in the bundle.
 * @module
 */

/** The months of one language: the whole words and abbreviations that name each, lower case and without dots. */
interface MonthTable {
  /** Exact forms (full names in both grammatical cases, the platform's abbreviations) → month 0–11. */
  readonly exact: ReadonlyMap<string, number>;
  /** Full names, for the prefix rule (`sept` → September, `janv` → janvier). */
  readonly full: readonly (readonly [string, number])[];
}

/** Cyrillic-script languages whose month names are read (`23 мая 2023 г.`, `5 листопада`), in that order. */
const CYRILLIC_LANGUAGES: readonly string[] = ['ru', 'uk', 'bg', 'sr'];

/**
 * English names. English needs no `Intl` table: its abbreviations are all prefixes of the full names (`Sep`,
 * `Sept`), which the prefix rule reads, so a page in English never pays for the platform's date-format data on
 * its first date (tens of ms in a fresh process). Also the fallback for a platform whose `Intl` lacks locale data.
 */
export const ENGLISH_MONTHS: readonly string[] = 'january february march april may june july august september october november december'.split(' ');

/** The shortest prefix of a full month name read as that month (`jun`, `mär`), when no other month shares it. */
const MIN_PREFIX = 3;

const tables = new Map<string, MonthTable | undefined>();

const clean = (word: string): string => word.toLowerCase().replaceAll('.', '');

/** The month forms one `Intl` format prints for each month (`undefined` when the platform lacks the language). */
function intlForms(language: string, options: Intl.DateTimeFormatOptions): string[] | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.DateTimeFormat !== 'function') return undefined;
  const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  if (format.resolvedOptions().locale.split('-')[0] !== language) return undefined;
  const forms: string[] = [];
  for (let month = 0; month < 12; month++) {
    const part = format.formatToParts(new Date(Date.UTC(2000, month, 15))).find((item) => item.type === 'month');
    forms.push(clean(part?.value ?? ''));
  }
  return forms;
}

/** A language's month table, built the first time a date needs that language. */
function buildTable(language: string): MonthTable | undefined {
  const standalone = language === 'en' ? ENGLISH_MONTHS : intlForms(language, { month: 'long' });
  if (standalone === undefined) return undefined;
  const exact = new Map<string, number>();
  const full: [string, number][] = [];
  const add = (forms: readonly string[] | undefined, isFull: boolean): void => {
    forms?.forEach((form, month) => {
      if (!/\p{L}/u.test(form)) return; // numeric forms (`1.`) name no month
      if (!exact.has(form)) exact.set(form, month);
      if (isFull) full.push([form, month]);
    });
  };
  add(standalone, true);
  if (language === 'en') return { exact, full };
  add(intlForms(language, { day: 'numeric', month: 'long' }), true); // genitive forms: `listopadu`, `března`
  add(intlForms(language, { month: 'short' }), false);
  add(intlForms(language, { day: 'numeric', month: 'short' }), false);
  return { exact, full };
}

function tableOf(language: string): MonthTable | undefined {
  if (!tables.has(language)) tables.set(language, buildTable(language));
  return tables.get(language);
}

/** The month one language's table gives a word: an exact form, else a prefix of one month's full names only. */
function lookUp(table: MonthTable, word: string): number | undefined {
  const exact = table.exact.get(word);
  if (exact !== undefined) return exact;
  if (word.length < MIN_PREFIX) return undefined;
  let found: number | undefined;
  for (const [name, month] of table.full) {
    if (!name.startsWith(word)) continue;
    if (found !== undefined && found !== month) return undefined;
    found = month;
  }
  return found;
}

/**
 * The month (0–11) a word names, trying the page language first and then the other languages the library reads.
 * Full names, the platform's abbreviations (with or without their dot) and unambiguous prefixes of three letters or
 * more are recognised, in any letter case.
 *
 * @param word - one word, e.g. `Nov.`, `März`, `listopadu`
 * @param language - the page language (ISO 639-1), tried first
 * @returns the month index, or `undefined` when the word names no month
 * @example
 * ```ts
 * monthOf('Sept.'); //=> 8
 * monthOf('listopadu'); //=> 10
 * monthOf('мая'); //=> 4
 * monthOf('Tuesday'); //=> undefined
 * ```
 */
export function monthOf(word: string, language?: string): number | undefined {
  const key = clean(word);
  if (key.length === 0) return undefined;
  const order = /\p{Script=Cyrillic}/u.test(key)
    ? CYRILLIC_LANGUAGES
    : language !== undefined && LATIN_LANGUAGES.includes(language)
      ? [language, ...LATIN_LANGUAGES.filter((code) => code !== language)]
      : LATIN_LANGUAGES;
  for (const code of order) {
    const table = tableOf(code);
    const month = table === undefined ? undefined : lookUp(table, key);
    if (month !== undefined) return month;
  }
  return undefined;
}
