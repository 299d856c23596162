import type { WordLookup } from '../../text/vocabulary';
import type { Discourse } from './discourse';
import { personOf } from './discourse';
import { midSentenceCapitals, thingNamesIn } from './entity-scan';

/**
 * Which words can be a speaker: an entity the body names, never a sentence opener (`Instead`, `Sure`) or a
 * heading word taken for a name.
 * @module
 */

/**
 * The words a text writes capitalised inside a sentence (proper nouns: after a word, a digit or a comma, after a
 * quote that a comma closes, after a title's dot; see entity-scan), collected on the first lookup.
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
        for (const text of texts) for (const word of midSentenceCapitals(text)) words.add(word.replace(/['’]s?$/u, ''));
      }
      return words.has(word);
    },
  };
}

/**
 * The names a text writes after a definite article or `in` (things and places, not people: `the United States`,
 * `in New Hampshire`, `la Maison Blanche`; see entity-scan), collected on the first lookup.
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
        for (const text of texts) for (const name of thingNamesIn(text)) names.add(name);
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
