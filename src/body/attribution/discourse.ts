import { type KnownPerson, nameTokens } from '../../people/mentions';
import { isPersonName } from '../../people/person-name';
import type { WordLookup } from '../../text/vocabulary';
import { type Gender, SPEAKER_PRONOUNS, mergeLanguages } from './language-tables';

/**
 * Light coreference for quote attribution: the people an article has mentioned so far, most recent first, with the
 * gender and roles the article gave them, so that a pronoun (`he said`) or a role noun (`the senator said`) resolves
 * to the entity it stands for.
 * @module
 */

/** Pronouns of every language with their gender. */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = mergeLanguages(SPEAKER_PRONOUNS);

/** A Cyrillic word. */
const CYRILLIC = /^\p{Script=Cyrillic}/u;
/** Prefix of the stem keys in the token index (no name token starts with it). */
const STEM_KEY = '\u0000';

/** A Russian surname without its case ending (`Петровой`, `Петрова` → `Петров`; `Пескова` → `Песков`). */
function cyrillicStem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ой|ого|ому|ым|ом|ей|ую|[ауеыяю])$/u, '') : word;
}

/** Where a sentence ends: after `.`, `!` or `?` before a capital, not after a title's or an initial's dot (`Mrs. Roe`, `J. Roe`). */
export const SENTENCE_BREAK: RegExp = /(?<=[.!?])(?<!(?:^|\s)\p{Lu}\p{Ll}{0,3}\.)\s+(?=\p{Lu})/u;
/** A stop before a space: where a {@link SENTENCE_BREAK} may stand (a text without one is one sentence, read without the pattern). */
const STOP_SPACE = /[.!?]\s/u;

/**
 * The sentences of a text, split at each {@link SENTENCE_BREAK}.
 *
 * @param text - any text
 * @returns its sentences, in order (the text itself, alone, when it holds no break)
 * @example
 * ```ts
 * sentences('Mrs. Roe spoke. She left.'); //=> ['Mrs. Roe spoke.', 'She left.']
 * ```
 */
export function sentences(text: string): string[] {
  return STOP_SPACE.test(text) ? text.split(SENTENCE_BREAK) : [text];
}

/** An empty lookup. */
const NO_WORDS: WordLookup = { has: () => false };

/** How many recent entities are kept: a pronoun refers to someone named lately (and lookups stay bounded). */
export const RECENT_LIMIT = 12;

/** What the attribution knows about the article's people while it reads the body in order. */
export interface Discourse {
  /** People the article introduces, by each of their name tokens. */
  readonly byToken: ReadonlyMap<string, readonly KnownPerson[]>;
  /** A person's gender where an honorific or a following pronoun tells it. */
  readonly genders: Map<string, Gender>;
  /** Role noun → the person last introduced with it (`senator` → `Ben Sasse`). */
  readonly roles: Map<string, string>;
  /** Entities mentioned as subjects or speakers, most recent first. */
  readonly recent: string[];
  /** The names that read as a person's (not an organisation, a place or a party): what `he` and `she` may stand for. */
  readonly persons: Set<string>;
  /** The person last named after an honorific of each gender: what `he` or `she` falls back to. */
  readonly lastByGender: Map<Gender, string>;
  /** Words the body writes capitalised inside a sentence: a one-word entity (`Warner`) no full name introduced. */
  readonly nouns: WordLookup;
  /** Names the body writes after a definite article or `in` (`the United States`, `in Ohio`): things and places. */
  readonly things: WordLookup;
}

/** A discourse over the people an article introduces. */
export function createDiscourse(people: readonly KnownPerson[], commonWords: WordLookup, nouns: WordLookup, things: WordLookup = NO_WORDS): Discourse {
  const byToken = new Map<string, KnownPerson[]>();
  const persons = new Set<string>();
  for (const person of people) {
    if (isPersonName(person.name) && !commonWords.has((person.tokens[0] ?? '').toLowerCase())) persons.add(person.name);
  }
  for (const person of people) {
    const last = person.tokens[person.tokens.length - 1] ?? '';
    const keys = CYRILLIC.test(last) ? [...person.tokens, STEM_KEY + cyrillicStem(last)] : person.tokens;
    for (const token of new Set(keys)) {
      const list = byToken.get(token);
      if (list === undefined) byToken.set(token, [person]);
      else if (list.length < 8) list.push(person);
    }
  }
  return { byToken, genders: new Map(), roles: new Map(), recent: [], persons, nouns, things, lastByGender: new Map() };
}

/** Moves an entity to the front of the recent list. */
export function remember(discourse: Discourse, name: string): void {
  const at = discourse.recent.indexOf(name);
  if (at >= 0) discourse.recent.splice(at, 1);
  discourse.recent.unshift(name);
  if (discourse.recent.length > RECENT_LIMIT) discourse.recent.pop();
}

/** The introduced person a mention's tokens name (`Luntz` → `Frank Luntz`, `Te Kaurinui` → `Te Kaurinui Robert Parata`). */
export function personOf(discourse: Discourse, tokens: readonly string[]): KnownPerson | undefined {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return undefined;
  let candidates = (discourse.byToken.get(last) ?? []).filter((person) => tokens.every((token) => person.tokens.includes(token)));
  // Russian declines surnames (`по словам Петровой` → `Анна Петрова`): a one-word mention matches by its stem.
  if (candidates.length === 0 && tokens.length === 1 && CYRILLIC.test(last)) candidates = [...(discourse.byToken.get(STEM_KEY + cyrillicStem(last)) ?? [])];
  // A full name (`Te Kaurinui`) takes the fullest name holding it; a surname the first person introduced with it.
  if (tokens.length > 1) return candidates.reduce<KnownPerson | undefined>((fullest, person) => (person.tokens.length > (fullest?.tokens.length ?? 0) ? person : fullest), undefined);
  return candidates.find((person) => person.tokens[person.tokens.length - 1] === last) ?? candidates[0];
}

/** The entity a mention's tokens name: an introduced person's full name, else a one-word proper noun of the body. */
export function entityOf(discourse: Discourse, tokens: readonly string[]): string | undefined {
  const person = personOf(discourse, tokens);
  if (person !== undefined) return person.name;
  // A one-word entity is a proper noun of the body that is no title, role or date word (`said Saturday`).
  const only = tokens.length === 1 ? nameTokens(tokens)[0] : undefined;
  return only !== undefined && only.length >= 3 && discourse.nouns.has(only) ? only : undefined;
}

/** Whether a speaker may be a person: a full name that reads as one, or the surname of an introduced person. */
export function isPersonLike(discourse: Discourse, name: string): boolean {
  return name.includes(' ') ? isPersonName(name) : personOf(discourse, [name]) !== undefined;
}

/**
 * Resolves a reference to the entity it stands for: a pronoun to the most recent entity of a compatible gender
 * (learning that gender when it was unknown), a role noun (`the senator`) to the person introduced with that role,
 * anything else to the most recent entity.
 *
 * @param discourse - the article's discourse
 * @param words - the pronoun or role noun, lower case (`''` when the cue gave none)
 * @returns the entity's name, or `undefined`
 */
export function resolveReference(discourse: Discourse, words: string): string | undefined {
  const gender = PRONOUN_GENDER.get(words);
  if (gender !== undefined && gender !== 'any') {
    // (a name the body writes after `the` or `in` is a thing or a place, unless a title or a pronoun told a gender)
    const match = discourse.recent.find(
      (name) => discourse.persons.has(name) && (discourse.genders.get(name) ?? gender) === gender && (discourse.genders.has(name) || !discourse.things.has(name)),
    );
    if (match !== undefined && !discourse.genders.has(match)) discourse.genders.set(match, gender);
    return match ?? discourse.lastByGender.get(gender);
  }
  const head = words.split(' ').pop() ?? '';
  const role = discourse.roles.get(head);
  if (role !== undefined) return role;
  // A role noun no one was introduced with (`the president said`) stands for a person, not an organisation or a place.
  if (words.includes(' ')) return discourse.recent.find((name) => discourse.persons.has(name)) ?? discourse.recent[0];
  return discourse.recent[0];
}
