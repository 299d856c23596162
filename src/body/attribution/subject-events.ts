import { capitalisedRuns, isRoleWord, nameTokens } from '../../people/mentions';
import type { QuoteSpan } from '../quote-spans';
import { titledNames } from '../../people/titled-names';
import { type Gender, HONORIFIC_GENDER, REFLEXIVE_PRONOUNS, ROLE_NOUNS, mergeLanguages } from './language-tables';
import { type Discourse, PRONOUN_GENDER, RECENT_LIMIT, entityOf, isPersonLike, personOf, remember, sentences } from './discourse';
import { nameByVerb } from './speech-verbs';

/**
 * The subject mentions of a paragraph, read in order for quote attribution: the person each sentence names as its
 * subject (or beside a speech verb), or the pronoun it opens with; learning on the way the genders honorifics and
 * pronouns tell and the roles titles give (`Sen. Cruz` → `the senator`).
 * @module
 */

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
  // (one past the last quotation, the paragraph's end stands for one, so the text after it is read too)
  for (let spanIndex = 0; spanIndex <= spans.length; spanIndex++) {
    const span = spans[spanIndex];
    const outside = paragraph.slice(from, span?.start);
    let offset = from;
    // (nothing between two quotations, or before one that opens the paragraph, is no sentence: it names no one)
    for (const [index, sentence] of (outside.length === 0 ? [] : sentences(outside)).entries()) {
      const at = paragraph.indexOf(sentence, offset);
      offset = at + sentence.length;
      // `… “proud” to support Clinton’s plan.`: words after a quotation inside a sentence open no sentence.
      const subjectFirst = index === 0 && afterComma ? /^[\s,]*/u.exec(sentence)?.[0].length : undefined;
      const event = withOthers(discourse, sentence, at, sentenceEvent(discourse, sentence, at, index > 0 || opens, subjectFirst));
      if (event !== undefined) events.push(event);
    }
    if (span === undefined) break;
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
    // (a person already is one: not judged again)
    if (!discourse.persons.has(speaker) && (isPersonLike(discourse, speaker) || (byVerb.before && /^\p{Lu}\p{Ll}+$/u.test(speaker)))) discourse.persons.add(speaker);
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
