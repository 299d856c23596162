import { trimTrailing } from '../text/trim';
import type { WordLookup } from '../text/vocabulary';
import { foldCase } from '../text/phrases';
import { capitalisedRuns, nameTokens } from '../people/mentions';
import { AUXILIARIES, HONORIFIC_GENDER, ROLE_NOUNS, mergeLanguages } from './attribution/language-tables';

/**
 * Reading a speaker's name from the words beside a quote: the name before a speech verb (`… Jane Roe said`), after it
 * (`said Jane Roe, the mayor`), a sentence's subject, institutions (`Department of Conservation`), party tags
 * (`R-Neb.`) left out. Used by the speaker finder (`speakers.ts`).
 * @module
 */

/** A subject pronoun in the languages the library reads (`he`, `elle`, `er`, `ella`, `lui`). */
export const PRONOUN: RegExp = /^(?:he|she|it|they|we|i|il|elle|ils|elles|on|er|sie|wir|él|ella|ellos|ele|ela|eles|lui|lei|loro)$/iu;
/** An adverb between a name and its speech verb (`Roe also said`, `Roe reportedly said`). */
const ADVERB = /^(?:also|later|then|again|further|once|earlier|\p{L}+ly)$/u;
/** Whether a word is an adverb ({@link ADVERB} read in any case: the pattern runs on the folded word, see text/phrases). */
const isAdverb = (word: string): boolean => ADVERB.test(foldCase(word));
/**
 * Whether a word right before a speech verb is an adverb (`Roe reportedly said`, `Roe later said`): a capitalised
 * `-ly` word there is a name (`Kelly said`), unless a comma follows it (`Domestically, …`).
 */
const isAdverbBeforeVerb = (word: string, commaAfter = false): boolean => isAdverb(word) && (commaAfter || !/^\p{Lu}.*ly$/u.test(word));

/** Honorifics of every language (`mr`, `mrs`, `mme`, `frau`, `sr`): the word after one is a name. */
const HONORIFICS = mergeLanguages(HONORIFIC_GENDER);
/** Role nouns of every language (`president`, `ministre`): after an honorific still a form of address (`Mr. President`), no name. */
const ADDRESS_ROLES: ReadonlySet<string> = new Set(Object.values(ROLE_NOUNS).flatMap((row) => Object.keys(row)));

/**
 * The one word after an honorific (`Mr. King`, `Mrs English`, `Herr Prinz`): a surname, also where it reads as a
 * role or a nationality elsewhere.
 */
function afterHonorific(honorific: string, run: readonly string[]): string | undefined {
  const word = run.length === 1 ? (run[0] ?? '') : '';
  return HONORIFICS.has(foldCase(trimTrailing(honorific, '.'))) && /^\p{Lu}\p{Ll}/u.test(word) && !ADDRESS_ROLES.has(foldCase(word)) ? word : undefined;
}

/** A subject found before a speech verb: a name, or the words of a pronoun or role noun. */
type Subject = { readonly name: string } | { readonly reference: string } | undefined;

/** A definite role noun as a subject: `the senator`, `the former governor`, `le ministre`, `der Sprecher`. */
const ROLE_SUBJECT = /^(?:the|le|la|der|die|el|o|il|lo)\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+$/u;

/** Prepositions, articles and conjunctions: a role noun run (`party boss`) never holds one. */
const FUNCTION_WORD = /^(?:of|for|from|at|in|on|by|with|to|and|or|the|a|an|de|du|des|von|für|del|da|do)$/iu;

/** Words that end an organisation's name before `of` (`Department of Conservation`, `Council of Economic Advisers`). */
const ORGANISATION_HEAD = /^(?:department|ministry|council|committee|university|institute|agency|bank|office|board|bureau|commission|society|association|federation|union|league|court|house|party|church|academy|school|college|centre|center|secretary|minister|ministère|ministerio|ministério)$/iu;
/** Relative pronouns: what follows them (`said NAME who represents Atlantic City`) describes the name before them. */
const RELATIVE_WORD = /^(?:who|whom|whose|which|that|qui|que|dont|welche[rs]?|quien|quienes|cual|cuales|che|cui|который|которая|которые)$/iu;
/** An ordinal before a rank (`1st Lt.`, `2nd Lt.`). */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/u;
const CONNECTOR = /^(?:of|for|de|des|du|del|do|da|von|für)$/iu;
/** A preposition of origin between a person and a place, in lower case (`Jane Roe from Ames`, `Anna Roe aus Köln`, `Анна Роева из Москвы`). */
const ORIGIN = /^(?:from|aus|из)$/u;
/** Whether a word joins a name to what it belongs to or comes from ({@link CONNECTOR}, {@link ORIGIN}). */
const joinsName = (word: string): boolean => CONNECTOR.test(word) || ORIGIN.test(word);

/** The capitalised run that a list of words ends with, joining `Department of Conservation`-style names. */
function runAtEnd(words: readonly string[]): string[] | undefined {
  const text = trimTrailing(words.slice(-10).join(' '), ',;:.!?)”"»’ ');
  const runs = capitalisedRuns(text);
  const last = runs[runs.length - 1];
  if (last === undefined || !text.endsWith(last[last.length - 1] ?? '\u0000')) return undefined;
  const before = runs[runs.length - 2];
  const gap = text.slice(0, text.length - last.join(' ').length).trim().split(/\s+/u);
  const connector = gap[gap.length - 1] ?? '';
  // `Stacy Roe of Columbia, South Carolina`: the state after a person's town is no name; the person is.
  if (before !== undefined && connector.endsWith(',') && joinsName(gap[gap.length - 1 - before.length] ?? '')) {
    const person = runAtEnd(gap);
    if (person !== undefined && nameTokens(person).length >= 2) return person;
  }
  if (before !== undefined && (CONNECTOR.test(connector) || (ORIGIN.test(connector) && nameTokens(before).length >= 2)) && gap.length >= 2 && gap[gap.length - 2]?.replace(/[,.]$/u, '') === before[before.length - 1]) {
    // `Department of Conservation` is one name; `Mitch McConnell of Kentucky` is a person from a place (as is
    // `Jane Roe from Ames`, not `More from Roe`), and
    // `Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem` one from a body in a place.
    return ORGANISATION_HEAD.test(before[before.length - 1] ?? '') ? [...before, connector, ...last] : (runAtEnd(gap.slice(0, -1)) ?? before);
  }
  // `Archbishop Aris Shirvanian of the Armenian Patriarchate`, `Jane Roe at the Cato Institute`: a person of two
  // names or more, then where they work (but `the Department of the Interior` stays one name).
  const [preposition, article] = gap.slice(-2);
  const person = before === undefined ? [] : nameTokens(before);
  if (before !== undefined && person.length >= 2 && /^(?:of|at|from)$/u.test(preposition ?? '') && article === 'the' && gap[gap.length - 3] === before[before.length - 1]) {
    return ORGANISATION_HEAD.test(before[before.length - 1] ?? '') ? last : before;
  }
  return last;
}

/** {@link nameBefore} of a single word (no split needed): a pronoun, a name, or `undefined`. */
function nameOfOneWord(word: string, commonWords: WordLookup, commaAfter: boolean): Subject {
  if (word.length === 0 || isAdverbBeforeVerb(word, commaAfter)) return undefined;
  if (PRONOUN.test(word)) return { reference: word.toLowerCase() };
  const run = runAtEnd([word]);
  const name = run === undefined ? undefined : asName(run, commonWords);
  return name === undefined ? undefined : { name };
}

/** A name made of the capitalised words at the end of `text`, or the pronoun it ends with; `undefined` when none. */
export function nameBefore(rawText: string, commonWords: WordLookup): Subject {
  const untagged = withoutPartyTags(rawText).trim();
  const trimmed = trimTrailing(untagged, ',;: ');
  if (!/\s/u.test(trimmed)) return nameOfOneWord(trimmed, commonWords, untagged.endsWith(','));
  // `Mr. Warner, the Virginia Democrat,` — the name stands before its appositive.
  const segments = trimmed.split(', ');
  const closed = closedAppositives(segments, untagged.endsWith(','));
  if (closed > 0) {
    const found = nameBefore(segments.slice(0, segments.length - closed).join(', '), commonWords);
    if (found !== undefined && 'name' in found) return found;
  }
  const appositive = segments[segments.length - 1] ?? '';
  if (segments.length >= 2 && /^(?:the|a|an|his|her|their|its|who|le|la|les|un|une|der|die|das|ein|eine|el|los|o)\s/u.test(appositive)) {
    const found = nameBefore(segments.slice(0, -1).join(', '), commonWords);
    if (found !== undefined && 'name' in found) return found;
  }
  // `Brent Bozell III, founder of the Media Research Center,` / `Ramos, 58,` / `Mr. Daniloff, now 81 and retired in
  // Cambridge, Mass.,`: a name of capitalised words only, then an appositive in lower case or digits.
  // `Jeff Weaver, Sanders’ campaign manager,`: also an appositive that holds a lower-case word.
  if (segments.length >= 2 && /^[\p{Ll}\p{N}]|\s\p{Ll}/u.test(segments[1] ?? '') && isNameOnly(segments[0] ?? '')) {
    const found = nameBefore(`${segments[0] ?? ''},`, commonWords);
    if (found !== undefined && 'name' in found) return found;
  }
  const words = trimmed.split(/\s+/u);
  while (words.length > 0 && (isAdverbBeforeVerb(words[words.length - 1] ?? '') || AUXILIARIES.has(words[words.length - 1] ?? ''))) words.pop();
  const last = words[words.length - 1] ?? '';
  if (PRONOUN.test(last)) return { reference: last.toLowerCase() };
  const run = runAtEnd(words);
  // (`Mr. King said`: the honorific's dot ended its run)
  const name = run === undefined ? undefined : (asName(run, commonWords) ?? afterHonorific(words[words.length - 2] ?? '', run));
  if (name !== undefined) return { name };
  const role = words.slice(-4).join(' ');
  const article = words.findIndex((word, index) => index >= words.length - 4 && /^(?:the|le|la|der|die|el|o|il|lo)$/iu.test(word));
  return article >= 0 && ROLE_SUBJECT.test(foldCase(words.slice(article).join(' '))) && role.length > 0 ? { reference: words.slice(article).join(' ').toLowerCase() } : undefined;
}

/**
 * How many segments at the end of a subject are appositives or asides closed by a comma before the verb
 * (`Pantucci, at the Royal United Services Institute, said`, `NAME, clad in a red cape …, said`, `NAME, who helped
 * found the DLC, and wrote a book, said`, `NAME, Republican of Ohio, said`): those that open in lower case or with a
 * digit, and a party of a place. None when no comma closes the last one (`In Moscow, officials said`: `officials` is
 * the subject), and one segment always stays.
 */
function closedAppositives(segments: readonly string[], closedByComma: boolean): number {
  if (!closedByComma) return 0;
  let count = 0;
  for (; count < segments.length - 1; count += 1) {
    const match = APPOSITIVE.exec(segments[segments.length - 1 - count] ?? '');
    // (not `Department of Justice`)
    if (match === null || ORGANISATION_HEAD.test(match[1] ?? '')) break;
  }
  return count;
}

/** An appositive after a name: lower case or a digit first, or a party of a place (`Republican of West Virginia`). */
const APPOSITIVE = /^(?:[\p{Ll}\p{N}]|(\p{Lu}[\p{L}-]*) (?:of|from) \p{Lu})/u;

/** Whether text is capitalised words only (`Mr. Daniloff`, `Brent Bozell III`), not opening with a preposition (`In Moscow`). */
function isNameOnly(text: string): boolean {
  const words = text.split(' ');
  return words.every((word) => /^\p{Lu}/u.test(word)) && !FUNCTION_WORD.test(words[0] ?? '');
}

/**
 * A party-and-state tag after a name: `(R-Neb.)`, `, D-Calif.,`, a bare party in brackets `(D)`, or a bracketed
 * state abbreviation `(Tex.)`.
 */
const PARTY_TAG = /,? (?:\(?[RDI]-\p{Lu}[\p{L}.]{0,12}\)?|\((?:[RDI]|\p{Lu}\p{Ll}{1,4}\.)\))(?=[,.;:\s]|$),?/gu;

/** Drops party-and-state tags after a name (`Sen. Ben Sasse (R-Neb.)`, `Kevin McCarthy, R-Calif.,`, `Lisa Roe (D)`), which are no part of it. */
export function withoutPartyTags(text: string): string {
  if (!text.includes('-') && !text.includes('(')) return text;
  // A bracketed tag keeps the comma after it (`Sen. Jane Roe (D-Mo.), who …,`): that comma opens an apposition.
  return text.replace(PARTY_TAG, (tag) => (tag.endsWith(',') && tag.includes('(') && !tag.startsWith(',') ? ',' : ''));
}

/** A name at the start of `text`, after up to three lower-case words (`chief inspector Jennifer Mattinson`). */
export function nameAfter(text: string, commonWords: WordLookup): string | undefined {
  const words = text.trim().split(/\s+/u);
  let skip = 0;
  // (also a code or a hyphenated acronym before a title: `said UC-AFT President Bob Samuels`, `said L2 president …`)
  while (skip < 3 && /^(?:\p{Ll}|\p{Lu}+-\p{Lu}+$|\p{Lu}+\p{N}+$)/u.test(words[skip] ?? '')) skip += 1;
  // `selon le ministère des Affaires étrangères`: an institution written with a lower-case head is named whole.
  if (skip >= 2 && ORGANISATION_HEAD.test(words[skip - 2] ?? '') && CONNECTOR.test(words[skip - 1] ?? '')) return institution(words.slice(skip - 2));
  const rest = words.slice(skip);
  const runs = capitalisedRuns(rest.slice(0, 8).join(' '));
  if (runs[0] === undefined || !(rest[0] ?? '').replace(/^[“"«(]/u, '').startsWith(runs[0][0] ?? '\u0000')) return undefined;
  // `said Sen. Ben Sasse`: a title's dot ends its run; the name is the run after it.
  // (also after other title words: `said Democratic Rep. Dina Titus`)
  const titleOnly = (rest[runs[0].length - 1] ?? '').endsWith('.') && nameTokens(runs[0]).length === 0 && runs[1] !== undefined;
  const run = titleOnly ? (runs[1] ?? runs[0]) : runs[0];
  if (titleOnly) rest.splice(0, runs[0].length);
  const after = rest.slice(run.length, run.length + 2);
  const next = capitalisedRuns(rest.slice(run.length + 1, run.length + 8).join(' '))[0];
  if (next !== undefined && CONNECTOR.test(after[0] ?? '') && ORGANISATION_HEAD.test(run[run.length - 1] ?? '')) {
    return asName([...run, after[0] ?? '', ...next], commonWords);
  }
  // `said Virginia delegate Beau Correll`, `said Montclair State University political scientist Brigid Harrison`,
  // `said another Twitter user, Johanna Bayer`: a place, party or employer, up to four role words, the name.
  // (`said Pentagon spokesman Navy Capt. Jeff Davis`, `said Air Force 1st Lt. Tyler Livingston`: a rank, an ordinal)
  const lastOfRun = rest[run.length - 1] ?? '';
  if (!/[,;:.]$/u.test(lastOfRun)) {
    let roleWords = 0;
    const isRoleWord = (word: string): boolean => (/^\p{Ll}[\p{L}-]*$/u.test(word) && !FUNCTION_WORD.test(word) && !RELATIVE_WORD.test(word)) || ORDINAL.test(word);
    while (roleWords < 4 && isRoleWord(rest[run.length + roleWords] ?? '')) roleWords += 1;
    if (roleWords < 4 && /^\p{Ll}[\p{L}-]*,$/u.test(rest[run.length + roleWords] ?? '')) roleWords += 1;
    const personRuns = roleWords > 0 ? capitalisedRuns(rest.slice(run.length + roleWords, run.length + roleWords + 6).join(' ')) : [];
    const person = nameRun(personRuns);
    if (person !== undefined && (rest[run.length + roleWords] ?? '').startsWith(personRuns[0]?.[0] ?? '\u0000')) {
      const name = asName(person, commonWords);
      if (name !== undefined && name.includes(' ')) return name;
    }
  }
  return asName(run, commonWords) ?? (titleOnly ? afterHonorific(runs[0].join(' '), run) : undefined);
}

/**
 * An institution's name from its lower-case head and connector (`ministère des Affaires étrangères`): the
 * capitalised words after them and at most one lower-case word, up to a punctuation mark.
 */
function institution(words: readonly string[]): string | undefined {
  const name = words.slice(0, 2);
  for (const word of words.slice(2, 2 + MAX_INSTITUTION_WORDS)) {
    const bare = trimTrailing(word, ',;:.!?)”"»’');
    const lower = /^\p{Ll}/u.test(bare);
    if (bare.length === 0 || (lower && (name.length === 2 || /^\p{Ll}/u.test(name[name.length - 1] ?? '')))) break;
    name.push(bare);
    if (bare !== word) break;
  }
  return name.length > 2 ? name.join(' ') : undefined;
}

/** How many words after its head and connector an institution's name holds at most. */
const MAX_INSTITUTION_WORDS = 4;

/** The name an organisation or a person run stands for, or `undefined` for a role, an opener or a common word. */
export function asName(run: readonly string[], commonWords: WordLookup): string | undefined {
  if (run.some((token) => CONNECTOR.test(token))) return run.join(' ');
  const tokens = nameTokens(run);
  // `Certainly Trump`: a sentence-opening adverb or common word is no part of the name.
  while (tokens.length > 1 && (isAdverb(tokens[0] ?? '') || commonWords.has((tokens[0] ?? '').toLowerCase()))) tokens.shift();
  // `Mrs King`: the word after an honorific is a surname, whatever else it reads as.
  if (tokens.length === 0) return run.length === 2 ? afterHonorific(run[0] ?? '', run.slice(1)) : undefined;
  if (tokens.every((token) => commonWords.has(token.toLowerCase()))) return undefined;
  return tokens.join(' ');
}

/** The run that names someone: the first, or the one after it where the first is a title alone (`Mr. Putin`, `Capt. Jeff Davis`: the title's dot ends its run). */
export function nameRun(runs: readonly (readonly string[])[]): readonly string[] | undefined {
  return runs[0] !== undefined && nameTokens(runs[0]).length === 0 && runs[1] !== undefined ? runs[1] : runs[0];
}
