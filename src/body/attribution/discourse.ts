import { type KnownPerson, capitalisedRuns, isRoleWord, nameTokens } from '../../people/mentions';
import type { QuoteSpan } from '../quote-spans';
import { isPersonName } from '../../people/person-name';
import { titledNames } from '../../people/titled-names';
import type { WordLookup } from '../../text/vocabulary';
import { type Gender, HONORIFIC_GENDER, REFLEXIVE_PRONOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS, mergeLanguages } from './language-tables';
import { nameByVerb } from './speech-verbs';

/**
 * Light coreference for quote attribution: the people an article has mentioned so far, most recent first, with the
 * gender and roles the article gave them, so that a pronoun (`he said`) or a role noun (`the senator said`) resolves
 * to the entity it stands for.
 * @module
 */

/** Pronouns of every language with their gender. */
const PRONOUN_GENDER = mergeLanguages(SPEAKER_PRONOUNS);
/** Reflexive pronouns of every language with their gender (`himself`, `herself`). */
const REFLEXIVE_GENDER = mergeLanguages(REFLEXIVE_PRONOUNS);
/** Honorifics of every language with their gender. */
const HONORIFICS = mergeLanguages(HONORIFIC_GENDER);
/** Title words (`sen`, `senator`, `sprecher`) → the role noun that refers back to them (`senator`). */
const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = (() => {
  const roles = new Map<string, string[]>();
  for (const row of Object.values(ROLE_NOUNS)) {
    for (const [role, titles] of Object.entries(row)) for (const title of titles) roles.set(title, [...(roles.get(title) ?? []), role]);
  }
  return roles;
})();

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

/** An empty lookup. */
const NO_WORDS: WordLookup = { has: () => false };

/** How many recent entities are kept: a pronoun refers to someone named lately (and lookups stay bounded). */
const RECENT_LIMIT = 12;

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

/** A subject mention in a paragraph: the first person named in a sentence, or a sentence opening with a pronoun. */
export interface SubjectEvent {
  /** Offset in the paragraph. */
  readonly at: number;
  /** The person's full name, when a person is named. */
  readonly name?: string;
  /** The gender of an opening pronoun (`He …` tells the gender of the entity named just before). */
  readonly pronoun?: Gender;
  /** `true` when the person is the subject of a speech verb (`…, Cuban said`). */
  readonly speaks?: true;
  /** `true` when the name opens words after a quotation inside a sentence (`“proud” to support Clinton’s plan`): no subject a pronoun may refer to. */
  readonly inside?: true;
  /** The other people the sentence names (objects, appositions: `told Jane Roe`, `Roe met Lee`), in order. */
  readonly others?: readonly string[];
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

/** Records what a run's dropped title words tell: an honorific's gender, a title's role. */
function learnTitles(discourse: Discourse, name: string, titles: readonly string[], wordBefore: string): void {
  for (const raw of [...titles, wordBefore]) {
    const title = raw.replace(/\.$/u, '').toLowerCase();
    const gender = HONORIFICS.get(title);
    if (gender !== undefined) {
      if (!discourse.genders.has(name)) discourse.genders.set(name, gender);
      discourse.persons.add(name);
    }
    for (const role of TITLE_ROLES.get(title) ?? []) {
      discourse.roles.set(role, name);
      // A title a person holds (`President Obama`, `Sen. Cruz`) makes a one-word name a person's.
      discourse.persons.add(name);
    }
  }
}

/**
 * The subject mentions of one paragraph, outside its quotations, in order; learns genders and roles from titles
 * as it goes. One pass over the paragraph.
 *
 * @param discourse - the article's discourse
 * @param paragraph - the paragraph
 * @param spans - its quotations
 * @returns the events, in order
 */
export function subjectEvents(discourse: Discourse, paragraph: string, spans: readonly QuoteSpan[]): SubjectEvent[] {
  const events: SubjectEvent[] = [];
  let from = 0;
  // Whether the text after the last quotation opens a sentence (the quotation ended one), or continues it.
  let opens = true;
  // Whether the last quotation closed on a comma (`At an event billed as “Hard Hats,” Clinton unveiled …`): a name
  // right after it is the sentence's subject.
  let afterComma = false;
  for (const span of [...spans, { start: paragraph.length, end: paragraph.length, text: '' }]) {
    const outside = paragraph.slice(from, span.start);
    let offset = from;
    for (const [index, sentence] of outside.split(SENTENCE_BREAK).entries()) {
      const at = paragraph.indexOf(sentence, offset);
      offset = at + sentence.length;
      // `… “proud” to support Clinton’s plan.`: words after a quotation inside a sentence open no sentence.
      const subjectFirst = index === 0 && afterComma ? /^[\s,]*/u.exec(sentence)?.[0].length : undefined;
      const event = withOthers(discourse, sentence, at, sentenceEvent(discourse, sentence, at, index > 0 || opens, subjectFirst));
      if (event !== undefined) events.push(event);
    }
    from = span.end;
    opens = /[.!?…]$/u.test(span.text);
    afterComma = !opens && (paragraph.charAt(span.end) === ',' || /,[”"»’']{1,2}$/u.test(paragraph.slice(span.start, span.end)));
  }
  return events;
}

/** Records the gender of every person a sentence names after an honorific (`Mrs. Jane Roe`, `Herr Schmidt`, `Mme Dupont`). */
function learnHonorifics(discourse: Discourse, sentence: string): void {
  for (const { title, name } of titledNames(sentence)) {
    const gender = HONORIFICS.get(title.toLowerCase());
    const entity = gender === undefined ? undefined : entityOf(discourse, name.split(' '));
    if (entity === undefined || gender === undefined) continue;
    discourse.lastByGender.set(gender, entity);
    discourse.persons.add(entity);
    if (!discourse.genders.has(entity)) discourse.genders.set(entity, gender);
  }
}

/** A word of a sentence. */
const WORD = /\p{L}+/gu;

/**
 * Records a person's gender from the pronouns of the sentence that names them (`Roe said she would run`,
 * `Lee, who says he …`): when the sentence names no other person and its pronouns agree on one gender.
 */
function learnPronounGender(discourse: Discourse, sentence: string, person: string): void {
  if (discourse.genders.has(person) || !discourse.persons.has(person)) return;
  let found: Gender | undefined;
  for (const [word] of sentence.matchAll(WORD)) {
    const gender = PRONOUN_GENDER.get(word.toLowerCase()) ?? REFLEXIVE_GENDER.get(word.toLowerCase());
    if (gender === undefined || gender === 'any') continue;
    if (found !== undefined && found !== gender) return;
    found = gender;
  }
  if (found === undefined) return;
  for (const run of capitalisedRuns(sentence)) {
    const tokens = nameTokens(run);
    const other = tokens.length === 0 ? undefined : personOf(discourse, tokens)?.name;
    if (other !== undefined && other !== person && discourse.persons.has(other)) return;
  }
  discourse.genders.set(person, found);
}

/** A word that may be an abbreviated title (`Mrs`, `Sen`, `Dr`). */
const TITLE_DOT = /^\p{Lu}\p{Ll}{0,4}$/u;

/** The lower-case words between a modifier and a name (`Trump spokesman Hope Hicks`, `Kazakhstan’s foreign minister, Erlan Idrissov`). */
const ROLE_BETWEEN = /^(?:['’]s?)?,?((?: \p{Ll}[\p{L}-]*){1,4}),? $/u;

/**
 * The person a role names after a modifier (`McConnell spokesman Don Stewart`, `Democratic presidential candidate
 * Jane Roe`): when the run after `run` follows lower-case words ending in a role word and names a known person,
 * that person is who the phrase names, with the role.
 */
function roleHolder(discourse: Discourse, text: string, run: readonly string[], next: readonly string[] | undefined): { run: readonly string[]; name: string; role: string } | undefined {
  if (next === undefined) return undefined;
  const end = runEnd(text, run);
  const between = ROLE_BETWEEN.exec(text.slice(end, text.indexOf(next[0] ?? '', end)))?.[1];
  const role = between?.split(' ').pop() ?? '';
  if (!isRoleWord(role)) return undefined;
  const tokens = nameTokens(next);
  const person = tokens.length === 0 ? undefined : personOf(discourse, tokens)?.name;
  return person === undefined ? undefined : { run: next, name: person, role };
}

/**
 * Whether a sentence's first run ends on an abbreviated title and its dot (`Mrs. Jane Roe`, `Republican Rep. Lee
 * Zeldin`), so that the name is the run after it. A short opening word without a dot (`Since launching his bid,
 * Roe …`, `After Lee spoke, …`) is no title: the name after it is no subject.
 */
function endsOnTitleDot(text: string, run: readonly string[]): boolean {
  return TITLE_DOT.test(run[run.length - 1] ?? '') && text.charAt(runEnd(text, run)) === '.';
}

/** Where a run's words, found in order from its first word's first occurrence, end in `text`. */
function runEnd(text: string, run: readonly string[]): number {
  let end = text.indexOf(run[0] ?? '');
  for (const word of run) end = text.indexOf(word, end) + word.length;
  return end;
}

/** A sentence's opening: up to one short phrase before a comma, then up to three lower-case words (`There, the district chairman …`). */
const OPENING = /^[\s“"(]*(?:[^,]{1,40}, )?(?:\p{Ll}[\p{L}-]* ){0,3}/u;

/**
 * The subject event of one sentence: the person named beside a speech verb (`…, Cuban said`), else the person
 * the sentence opens with; or the sentence's opening pronoun. `subjectAt`: where a name is the subject although the
 * words continue a sentence (after a quote that closes on a comma).
 */
function sentenceEvent(discourse: Discourse, sentence: string, at: number, opensSentence: boolean, subjectAt?: number): SubjectEvent | undefined {
  learnHonorifics(discourse, sentence);
  const byVerb = nameByVerb(sentence);
  const speakerWord = byVerb?.name;
  // `Mr. Warner, the Virginia Democrat, called …`: the word before the verb ends an appositive, not the subject.
  const appositive = byVerb !== undefined && byVerb.before && /, (?:the|a|an) [^,]*$/iu.test(sentence.slice(Math.max(0, byVerb.index - 60), byVerb.index + 1));
  const speaker = speakerWord === undefined || appositive ? undefined : entityOf(discourse, [speakerWord]);
  if (speaker !== undefined && byVerb !== undefined) {
    // A speaker is a person when the name reads as one, or is one word in lower-case letters (`Obama`, not `CNN`).
    if (isPersonLike(discourse, speaker) || (byVerb.before && /^\p{Lu}\p{Ll}+$/u.test(speaker))) discourse.persons.add(speaker);
    learnPronounGender(discourse, sentence.slice(byVerb.index), speaker);
    return { at: at + byVerb.index, name: speaker, speaks: true };
  }
  const opening = /^[\s,]*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase() ?? '';
  const pronoun = PRONOUN_GENDER.get(opening);
  if (pronoun !== undefined) return { at, pronoun };
  for (const skip of new Set([subjectAt ?? 0, OPENING.exec(sentence)?.[0].length ?? 0])) {
    const rest = sentence.slice(skip);
    const runs = capitalisedRuns(rest.slice(0, 120));
    if (runs[0] === undefined || !rest.replace(/^[\s“"(]+/u, '').startsWith(runs[0][0] ?? '\u0000')) continue;
    // `Mrs. Jane Roe …`, `Republican Rep. Lee Zeldin …`: a title's dot ends its run; the name is the run after it.
    const opener = nameTokens(runs[0]).length === 0 && runs[1] !== undefined && endsOnTitleDot(rest, runs[0]) ? runs[1] : runs[0];
    const holder = roleHolder(discourse, rest, opener, runs[runs.indexOf(opener) + 1]);
    const run = holder?.run ?? opener;
    if (holder !== undefined) learnTitles(discourse, holder.name, [holder.role], '');
    const tokens = nameTokens(run);
    const entity = tokens.length === 0 ? undefined : entityOf(discourse, tokens);
    // A sentence that opens with a name (`Mr. Warner, the Virginia Democrat, …`) has it as its subject.
    if (entity === undefined) continue;
    const runAt = skip + rest.indexOf(run[0] ?? '');
    const wordBefore = (sentence.slice(Math.max(0, runAt - 30), runAt).trim().split(/\s/u).pop() ?? '').replace(/\.$/u, '');
    learnTitles(discourse, entity, run.slice(0, run.indexOf(tokens[0] ?? '')), wordBefore);
    if (opensSentence) learnPronounGender(discourse, sentence.slice(runAt), entity);
    return opensSentence || skip === subjectAt ? { at: at + skip, name: entity } : { at: at + skip, name: entity, inside: true };
  }
  return undefined;
}

/**
 * A sentence's event with the other people it names: persons (not things or places) besides its subject, so that
 * a pronoun may stand for someone introduced as an object (`She met Jane Roe on Monday. “…,” Roe said.`).
 */
function withOthers(discourse: Discourse, sentence: string, at: number, event: SubjectEvent | undefined): SubjectEvent | undefined {
  const others: string[] = [];
  for (const run of capitalisedRuns(sentence)) {
    const tokens = nameTokens(run);
    const person = tokens.length === 0 ? undefined : personOf(discourse, tokens)?.name;
    if (person !== undefined && person !== event?.name && discourse.persons.has(person) && !others.includes(person)) others.push(person);
  }
  if (others.length === 0) return event;
  return event === undefined ? { at, others } : { ...event, others };
}

/**
 * Applies one event: a named subject becomes the most recent entity; an opening pronoun tells that entity's gender;
 * the other people named, when not recent already, enter behind everyone named as a subject.
 */
export function applyEvent(discourse: Discourse, event: SubjectEvent | undefined): void {
  if (event === undefined) return;
  if (event.name !== undefined && event.inside !== true) remember(discourse, event.name);
  else if (event.pronoun !== undefined && event.pronoun !== 'any') {
    const latest = discourse.recent[0];
    if (latest !== undefined && !discourse.genders.has(latest)) discourse.genders.set(latest, event.pronoun);
  }
  for (const other of event.others ?? []) {
    if (discourse.recent.includes(other)) continue;
    // (behind everyone named as a subject: the last place, taken over from the oldest when the list is full)
    discourse.recent.splice(Math.min(discourse.recent.length, RECENT_LIMIT - 1), 1, other);
  }
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
