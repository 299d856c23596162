import { capitalisedRuns, nameTokens } from '../../people/mentions';
import type { QuoteSpan } from '../quote-spans';
import { type Discourse, entityOf, sentences } from './discourse';
import { titledNames } from '../../people/titled-names';
import { GENDERED_PRONOUNS, type Gender, HONORIFIC_GENDER, SPEAKER_PRONOUNS, mergeLanguages } from './language-tables';
import { textOutside } from './sieves';
import { opensSpeechVerb } from './speech-verbs';

/**
 * A person's gender from the whole article, before attribution reads it in order: the honorifics written before
 * the name (`Mrs. Roe`) and the pronouns of the sentences that name the person alone (`Roe said her plan …`,
 * `Roe spoke. She …`). One wrong pronoun (`Roe said he would back Lee`) is outvoted by the article's others.
 * @module
 */

/** Possessive and reflexive pronouns of every language. */
const POSSESSIVES = mergeLanguages(GENDERED_PRONOUNS);
/** Subject pronouns of every language (`he`, `sie`, `она`): they stand for a sentence's subject, as a person named alone most often is. */
const SUBJECTS = mergeLanguages(SPEAKER_PRONOUNS);
/** Honorifics of every language with their gender. */
const HONORIFICS = mergeLanguages(HONORIFIC_GENDER);

/** The weights of the evidence for a person's gender, on one scale (a pronoun counts 1). */
const enum GenderEvidence {
  /** A possessive or reflexive pronoun (`his`, `herself`) after the name, in a sentence that names the person and no one else. */
  Pronoun = 1,
  /** A subject pronoun (`he`, `she`) there: it stands for a subject, not for someone the sentence speaks of (`her father`). */
  SubjectPronoun = 2,
  /** An honorific before the name (`Mr.`, `Frau`): the article says it outright. */
  Honorific = 10,
}

/** When the votes tell a gender. */
const enum GenderDecision {
  /** How many times the votes of one gender must outnumber the other's. */
  Majority = 3,
  /** The fewest votes that tell a gender: one possessive (`her career`) may be someone else's. */
  Least = 2,
}

/** A word of a sentence. */
const WORD = /\p{L}+/gu;

/** The votes for each gender of one person. */
interface Votes {
  m: number;
  f: number;
}

/**
 * Adds the gendered pronouns of `text` to a person's votes. `besideName`: the text follows the name in its own
 * sentence, where a pronoun before a speech verb is someone speaking of the person (`Roe is wrong, she said`).
 */
function countPronouns(text: string, votes: Votes, besideName: boolean): void {
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    const gender = SUBJECTS.get(lower) ?? POSSESSIVES.get(lower);
    if (gender !== 'm' && gender !== 'f') continue;
    const subject = SUBJECTS.has(lower);
    // `Roe is wrong, she said`: a pronoun before a speech verb is someone speaking of the person.
    if (besideName && subject && opensSpeechVerb(/^\s*(\p{L}*)/u.exec(text.slice(match.index + lower.length))?.[1] ?? '')) continue;
    votes[gender] += subject ? GenderEvidence.SubjectPronoun : GenderEvidence.Pronoun;
  }
}

/**
 * Whom a sentence names: the first entity (`undefined` for a name that is no known entity: it still counts as
 * someone), where it is first named, and whether the sentence names anyone else too.
 */
type Named = [entity: string | undefined, at: number, several: boolean];

/**
 * Whom a sentence names (`undefined` for no one), see {@link Named}: no map is made per sentence, only the first
 * entity and whether there are others count. Records the honorifics before the names (`Mrs. Roe`).
 */
function namedEntities(discourse: Discourse, sentence: string, votesOf: (name: string) => Votes): Named | undefined {
  let named: Named | undefined;
  let from = 0;
  for (const run of capitalisedRuns(sentence)) {
    const tokens = nameTokens(run);
    const first = tokens[0] ?? '';
    if (first === '' || (tokens.length === 1 && SUBJECTS.has(first.toLowerCase()))) continue;
    const at = sentence.indexOf(first, from);
    from = Math.max(from, at);
    const entity = entityOf(discourse, tokens);
    // A capitalised word opening the sentence that is no entity (`Later`, `Meanwhile`) names no one.
    if (entity === undefined && tokens.length === 1 && /^[\s“"(]*$/u.test(sentence.slice(0, at))) continue;
    if (named === undefined) named = [entity, from, false];
    else if (entity !== named[0]) named[2] = true;
  }
  for (const { title, name } of titledNames(sentence)) {
    const gender = HONORIFICS.get(title.toLowerCase());
    const entity = gender === undefined ? undefined : entityOf(discourse, name.split(' '));
    if (entity !== undefined && (gender === 'm' || gender === 'f')) votesOf(entity)[gender] += GenderEvidence.Honorific;
  }
  return named;
}

/**
 * Learns the gender of the people an article names from the evidence of the whole article: honorifics, and the
 * pronouns of the sentences that name one person alone (and of the sentence after, if it names no one). A
 * gender is set when one side's votes outnumber the other's {@link GenderDecision.Majority} times; quotations
 * are not read (their pronouns are the speaker's).
 *
 * @param discourse - the article's discourse (its genders are filled in place)
 * @param paragraphs - the body's paragraphs
 * @param spans - the quotations of each paragraph
 */
export function learnArticleGenders(discourse: Discourse, paragraphs: readonly string[], spans: readonly (readonly QuoteSpan[])[]): void {
  const votes = new Map<string, Votes>();
  const votesOf = (name: string): Votes => {
    let entry = votes.get(name);
    if (entry === undefined) {
      entry = { m: 0, f: 0 };
      votes.set(name, entry);
    }
    return entry;
  };
  for (const [index, paragraph] of paragraphs.entries()) {
    let alone: string | undefined;
    for (const sentence of sentences(textOutside(paragraph, spans[index] ?? []))) {
      const named = namedEntities(discourse, sentence, votesOf);
      // A sentence that names no one continues the person named alone before it.
      if (named === undefined) {
        if (alone !== undefined) countPronouns(sentence, votesOf(alone), false);
        continue;
      }
      const [only, at, several] = named;
      alone = !several && only !== undefined && !discourse.things.has(only) ? only : undefined;
      if (alone !== undefined) countPronouns(sentence.slice(at), votesOf(alone), true);
    }
  }
  for (const [name, { m, f }] of votes) {
    const gender: Gender | undefined = Math.max(m, f) < GenderDecision.Least ? undefined : m > f * GenderDecision.Majority ? 'm' : f > m * GenderDecision.Majority ? 'f' : undefined;
    if (gender !== undefined && !discourse.genders.has(name)) discourse.genders.set(name, gender);
  }
}
