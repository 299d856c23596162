import { type KnownPerson, collectPeople } from './mentions';

/**
 * The people an article introduces by full name, from its body, its title and description, and the tags that
 * name people: the names quote speakers are resolved against.
 * @module
 */

/** A tag of two or three words of letters (`vladimir putin`, `Kim Jong-un`) may be a person's name. */
const NAME_LIKE_TAG = /^[\p{L}'’-]+(?: [\p{L}'’-]+){1,2}$/u;

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
  return collectPeople([...sources.body, ...sources.context, ...sources.tags.filter((tag) => NAME_LIKE_TAG.test(tag)).map(titleCase)]);
}
