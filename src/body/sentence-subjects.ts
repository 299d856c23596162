import type { WordLookup } from '../text/vocabulary';
import { capitalisedRuns, isRoleWord } from '../people/mentions';
import { asName, nameRun } from './speaker-names';

/**
 * The subject a sentence or a clause opens with (`Lavrov touched on…`, `Roe went after Lee, calling him “…”`), a
 * role phrase before it passed over (`Democratic presidential candidate Jane Roe`). Used by the speaker finder
 * (`speakers.ts`) where no speech verb stands beside a quote.
 * @module
 */

/**
 * The name a sentence opens with (`Lavrov touched on…`), also after a short opening phrase
 * (`Earlier Saturday, Yoon apologized…`).
 *
 * @param sentence - a sentence
 * @param commonWords - words the article writes in lower case
 * @returns the name, or `undefined`
 */
export function sentenceSubject(sentence: string, commonWords: WordLookup): string | undefined {
  const candidates = [sentence];
  const comma = sentence.indexOf(', ');
  if (comma > 0 && comma < 40) candidates.push(sentence.slice(comma + 2));
  for (const [index, candidate] of candidates.entries()) {
    const match = /^[\s“"«]*((?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’-]*),?\s+\p{Ll}/u.exec(candidate);
    // (after an opening phrase the name is followed by its verb: `in Ames, Iowa, on Sunday` names a place)
    if (index > 0 && match?.[0].includes(',') === true) continue;
    const name = match === null ? undefined : subjectName(candidate, match, commonWords);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The name a subject match (its capitalised words in group 1) gives in `text`: a person after a role, else the named run. */
function subjectName(text: string, match: RegExpExecArray, commonWords: WordLookup): string | undefined {
  const run = nameRun(capitalisedRuns(match[1] ?? ''));
  return run === undefined ? undefined : (personAfterRole(text.slice(match.index + match[0].length - 1), commonWords) ?? asName(run, commonWords));
}

/** How many lower-case words a role phrase between a modifier and a name holds (`presidential candidate`). */
const MAX_ROLE_WORDS = 4;

/**
 * The person named after lower-case words that end in a role (`Democratic| presidential candidate Bernie Sanders`,
 * `CBS| moderator Nancy Cordes`): a capitalised modifier and a role before a name make the name the subject.
 *
 * @param rest - the words right after the modifier, opening with a lower-case word
 */
function personAfterRole(rest: string, commonWords: WordLookup): string | undefined {
  const words = rest.trimStart().split(' ', MAX_ROLE_WORDS + 1);
  const roleWords = words.findIndex((word) => !/^\p{Ll}[\p{L}-]*$/u.test(word));
  if (roleWords < 1 || !isRoleWord(words[roleWords - 1] ?? '')) return undefined;
  const after = rest.trimStart().split(' ').slice(roleWords, roleWords + MAX_ROLE_WORDS + 2).join(' ');
  const runs = capitalisedRuns(after);
  const run = nameRun(runs);
  if (run === undefined || !after.startsWith(runs[0]?.[0] ?? '\u0000')) return undefined;
  const name = asName(run, commonWords);
  return name !== undefined && name.includes(' ') ? name : undefined;
}

/** A clause that opens with a name and a lower-case word (`Trump went …`, `which President Obama on Friday …`), after an optional conjunction or relative pronoun. */
const CLAUSE_SUBJECT = /^[\s“"«(]*(?:(?:which|who|that|and|but|as|while|when|because|whom|qui|que|et|mais|der|die|und|aber|[yeи]|pero|mas|che|ma|но|который|которая)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}/u;

/** How many clauses before a verb are read for its subject. */
const MAX_CLAUSES_BACK = 4;

/**
 * The subject of the clause a verb stands in, or of the clauses before it (`Mrs. Roe shook her head and said`,
 * `Roe went after Lee, calling him “…”`): the first clause, read backwards from the verb's, that opens with a name
 * followed by a lower-case word. A lone participle opener (`Speaking at …`) and a possessive (`Roe’s aide …`) are no subject.
 *
 * @param before - the sentence up to the verb
 * @param ownClause - `false` to skip the verb's own clause (a participle after a comma shares the main clause's subject)
 * @param commonWords - words the article writes in lower case
 * @returns the name, or `undefined`
 */
export function clauseSubject(before: string, ownClause: boolean, commonWords: WordLookup): string | undefined {
  const clauses = before.split(/[,;:—–]\s+/u);
  let index = clauses.length - (ownClause ? 1 : 2);
  for (let read = 0; index >= 0 && read < MAX_CLAUSES_BACK; index--, read++) {
    const match = CLAUSE_SUBJECT.exec(clauses[index] ?? '');
    const words = match?.[1];
    if (match === null || words === undefined || /['’]s?$/u.test(words) || /^\p{Lu}\p{Ll}+ing$/u.test(words)) continue;
    const name = subjectName(clauses[index] ?? '', match, commonWords);
    if (name !== undefined) return name;
  }
  return undefined;
}
