import { LETTER, LOWER, NUMBER, UPPER, classAt, classBefore, widthAt, wordRunEnd } from '../text/scan';
import { NAME_WORD_JOINERS } from './person-name';

/**
 * Capitalised names after a short capitalised word that may be a title (`Mrs. Jane Roe`, `Herr Schmidt`,
 * `Mme Dupont`), found by scanning. The scan finds what
 * `(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{0,7})\.? (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2})` (flags `gu`)
 * finds, match after match; that pattern cost a fresh process milliseconds to compile (its bounded repeats of Unicode
 * classes are compiled once per repetition).
 * @module
 */

/** A title word and the name after it. */
export interface TitledName {
  /** The word before the name, without its dot (`Mrs`, `Herr`): a title only if the caller knows it as one. */
  readonly title: string;
  /** One to three capitalised words (`Jane Roe`). */
  readonly name: string;
}

/** Most lower-case letters after the capital of a title word (`Monsieur`, `Senatorin` is too long). */
const MAX_TITLE_LOWER = 7;
/** Most words of the name after the first. */
const MAX_MORE_NAME_WORDS = 2;

/** The end of a name word (a capital, then letters, marks, apostrophes and hyphens) starting at `start`, or `undefined`. */
function nameWordEnd(text: string, start: number): number | undefined {
  return (classAt(text, start) & UPPER) === 0 ? undefined : wordRunEnd(text, start, NAME_WORD_JOINERS);
}

/** The title word and name that start at `start`, and where they end, or `undefined`. */
function titledNameAt(text: string, start: number): (TitledName & { end: number }) | undefined {
  if ((classAt(text, start) & UPPER) === 0 || (classBefore(text, start) & (LETTER | NUMBER)) !== 0) return undefined;
  let index = start + widthAt(text, start);
  let lower = 0;
  while ((classAt(text, index) & LOWER) !== 0) {
    index += widthAt(text, index);
    lower += 1;
  }
  if (lower > MAX_TITLE_LOWER) return undefined;
  const titleEnd = index;
  if (text.charAt(index) === '.') index += 1;
  if (text.charAt(index) !== ' ') return undefined;
  const nameStart = index + 1;
  let end = nameWordEnd(text, nameStart);
  if (end === undefined) return undefined;
  for (let more = 0; more < MAX_MORE_NAME_WORDS && text.charAt(end) === ' '; more++) {
    const next = nameWordEnd(text, end + 1);
    if (next === undefined) break;
    end = next;
  }
  return { title: text.slice(start, titleEnd), name: text.slice(nameStart, end), end };
}

/**
 * Every capitalised name after a short capitalised word, in order, none overlapping the one before.
 *
 * @param text - a sentence
 * @returns each title word and name
 * @example
 * ```ts
 * titledNames('Yesterday Mrs. Jane Roe spoke.'); //=> [{ title: 'Mrs', name: 'Jane Roe' }]
 * ```
 */
export function titledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  let index = 0;
  while (index < text.length) {
    const match = titledNameAt(text, index);
    if (match === undefined) {
      index += 1;
      continue;
    }
    found.push({ title: match.title, name: match.name });
    index = match.end;
  }
  return found;
}
