import { LETTER, classAt, widthAt } from '../text/scan';
import { type KnownPerson, collectPeople } from './mentions';
import { NAME_WORD_JOINERS } from './person-name';

/**
 * The people an article introduces by full name, from its body, its title and description, and the tags that
 * name people: the names quote speakers are resolved against.
 * @module
 */

/**
 * Whether a tag of two or three words of letters (`vladimir putin`, `Kim Jong-un`) may be a person's name: what
 * `^[\p{L}'’-]+(?: [\p{L}'’-]+){1,2}$` (flag `u`) matches, scanned (the pattern cost a fresh process milliseconds).
 *
 * @param tag - a tag or keyword
 * @returns `true` for two or three words of letters, apostrophes and hyphens, one space apart
 * @example
 * ```ts
 * isNameLikeTag('vladimir putin'); //=> true
 * isNameLikeTag('2024 election'); //=> false
 * ```
 */
export function isNameLikeTag(tag: string): boolean {
  const words = tag.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => {
    if (word.length === 0) return false;
    for (let index = 0; index < word.length; index += widthAt(word, index)) {
      if ((classAt(word, index) & LETTER) === 0 && !NAME_WORD_JOINERS.includes(word.charAt(index))) return false;
    }
    return true;
  });
}

/** Title-cases a lower-case tag that may be a person's name (`vladimir putin` → `Vladimir Putin`). */
function titleCase(tag: string): string {
  return tag.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

/** Where an article introduces people. */
export interface PeopleSources {
  /** The body blocks' text, in reading order. */
  readonly body: readonly string[];
  /** Title, description and other text the front end found beside the body. */
  readonly context: readonly string[];
  /** Tags and keywords. */
  readonly tags: readonly string[];
}

/**
 * Collects the people an article introduces: the body first, then its context, then the tags that read as names.
 *
 * @param sources - the article's texts
 * @returns the people, each once, in that order of priority
 * @example
 * ```ts
 * articlePeople({ body: ['Sergei Lavrov arrived.'], context: [], tags: ['kim jong-un'] }).map((p) => p.name);
 * //=> ['Sergei Lavrov', 'Kim Jong-un']
 * ```
 */
export function articlePeople(sources: PeopleSources): KnownPerson[] {
  return collectPeople([...sources.body, ...sources.context, ...sources.tags.filter(isNameLikeTag).map(titleCase)]);
}
