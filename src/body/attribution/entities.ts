import type { WordLookup } from '../../text/vocabulary';
import type { Discourse } from './discourse';
import { personOf } from './discourse';

/**
 * Which words can be a speaker: an entity the body names, never a sentence opener (`Instead`, `Sure`) or a
 * heading word taken for a name.
 * @module
 */

/**
 * A capitalised word inside a sentence: after a word, a digit or a comma, after a quote that a comma closes
 * (`“…,” Sarandon told`, `,'' Xinhua wrote`), or after a title's dot (`Mr. Warner`).
 */
const MID_SENTENCE_CAPITAL = /(?<=[\p{L}\p{N},;] |,(?:[”"»']|'') |(?<![\p{L}.])\p{Lu}\p{Ll}{0,3}\. )\p{Lu}[\p{L}\p{M}'’-]*/gu;

/**
 * The words a text writes capitalised inside a sentence (proper nouns), collected on the first lookup.
 *
 * @param texts - the body's paragraphs
 * @returns a lookup by the word as written, a possessive `’s` dropped
 * @example
 * ```ts
 * properNouns(['Then she met Lavrov in Oslo.']).has('Lavrov'); //=> true
 * ```
 */
export function properNouns(texts: readonly string[]): WordLookup {
  let words: Set<string> | undefined;
  return {
    has(word: string): boolean {
      if (words === undefined) {
        words = new Set();
        for (const text of texts) for (const match of text.matchAll(MID_SENTENCE_CAPITAL)) words.add(match[0].replace(/['’]s?$/u, ''));
      }
      return words.has(word);
    },
  };
}

/**
 * A capitalised run after a definite article or a locative `in` (`the United States`, `the Republican Party`,
 * `in New Hampshire`, `la Maison Blanche`, `der Bundestag`): the name of a thing or a place. The run is read from its
 * first letter (linear time); a possessive ends it.
 */
const THING_NAME = /(?<![\p{L}\p{N}])(?:[Tt]he|[Ii]n|[Ll]es?|[Ll]a|[Dd]e[mnr]|[Dd]ie|[Dd]as|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Gg]li|[Вв])\s(\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,4})/gu;

/**
 * The names a text writes after a definite article or `in` (things and places, not people), collected on the
 * first lookup.
 *
 * @param texts - the body's paragraphs
 * @returns a lookup by the name as written
 * @example
 * ```ts
 * thingNames(['She flew to the United States.']).has('United States'); //=> true
 * ```
 */
export function thingNames(texts: readonly string[]): WordLookup {
  let names: Set<string> | undefined;
  return {
    has(name: string): boolean {
      if (names === undefined) {
        names = new Set();
        for (const text of texts) for (const match of text.matchAll(THING_NAME)) names.add(match[1] ?? '');
      }
      return names.has(name);
    },
  };
}

/**
 * Whether a speaker is an entity of the body: a person the article introduced, a name of two words or more, or a
 * single word the body also writes capitalised inside a sentence.
 *
 * @param name - the speaker as resolved
 * @param discourse - the article's people
 * @param nouns - the body's proper nouns
 * @returns `true` for an entity
 */
export function isBodyEntity(name: string, discourse: Discourse, nouns: WordLookup): boolean {
  const tokens = name.split(' ');
  if (tokens.length >= 2) return true;
  return personOf(discourse, tokens) !== undefined || nouns.has(name);
}
