import type { QuoteSpan } from './quote-spans';
import type { WordLookup } from '../text/vocabulary';
import { foldCase } from '../text/phrases';
import { trimTrailing } from '../text/trim';
import { LETTER, NUMBER, classBefore } from '../text/scan';
import { NAME_PARTICLES, isRoleWord } from '../people/mentions';
import { QUOTE_START, type QuoteReading, isSeparator, sentenceEnd, sentenceStart, spanStartingAt } from './quote-sentences';
import { PRONOUN, nameAfter, nameBefore, withoutPartyTags } from './speaker-names';
import { clauseSubject, sentenceSubject } from './sentence-subjects';
import { ADDRESSEE_VERBS, ADDRESS_PREPOSITIONS, AUXILIARIES, GROUP_PRONOUNS, MENTION_CUES } from './attribution/language-tables';
import { type VerbMatch, cueAfter, cueAfterAppositive } from './attribution/speech-verbs';
import { cueVerbsInWindow } from './attribution/verb-starts';

/**
 * Attributing a quotation to its speaker from the words around it: `“…,” Lavrov said`, `said Lavrov`,
 * `X said: “…”`, `Kim remarked that the “…”`, `“…,” he added` (the last named speaker).
 * @module
 */

/** A pronoun glued to or right after a verb: `a-t-il`, `sagte er`, `dit-elle`. */
const PRONOUN_AFTER = /^(?:-t)?-?(?:il|elle|ils|elles|er|sie|he|she|they|él|ella|ellos|ellas|ele|ela|eles|elas|lui|lei|loro|он|она|они)(?!\p{L})/u;

/**
 * Which sieve attributed a quote: `adjacent` (a speech verb and its subject right beside the quote, `NAME: “…”`,
 * `according to NAME`), `sentence` (a cue elsewhere in the quote's sentence), `paragraph` (the paragraph's one
 * speaker), `continuation` (a quote-only paragraph after a speaker's quote).
 */
export type Sieve = 'adjacent' | 'sentence' | 'paragraph' | 'continuation';

/** What attribution found for one quote. */
type Attribution =
  /** A name as written. */
  | { readonly kind: 'name'; readonly name: string; readonly sieve: Sieve }
  /** A pronoun or a definite role noun (`he`, `the senator`), resolved against the speakers already named; `''` when the cue gives no words. */
  | { readonly kind: 'reference'; readonly words: string; readonly sieve: Sieve }
  /** No speaker here; `final` when the cue names a group or a thing (`they said`), so no later sieve may give one. */
  | { readonly kind: 'none'; readonly final: boolean };

const NONE: Attribution = { kind: 'none', final: false };
const GROUP: Attribution = { kind: 'none', final: true };

/** The attribution a subject gives. */
function fromSubject(subject: { readonly name: string } | { readonly reference: string }, sieve: Sieve): Attribution {
  if ('name' in subject) return { kind: 'name', name: subject.name, sieve };
  const folded = foldCase(subject.reference);
  return GROUP_PRONOUNS.has(folded) || PLURAL_NOUN_PHRASE.test(folded) ? GROUP : { kind: 'reference', words: subject.reference, sieve };
}

/** A plural noun phrase (`the engineers`, `les experts`, `los analistas`): a group, not one speaker. */
const PLURAL_NOUN_PHRASE = /^(?:(?:the|les|los|las|os|as)\s(?:[\p{L}-]+\s){0,2}[\p{L}-]*[^s\s]s|(?:les|los|las|os|as)\s.+)$/u;

/** How many quotes joined by conjunctions (`“A”, “B” and “C,” X said`) are followed to the one attributed. */
const MAX_JOINED_HOPS = 3;

/** A conjunction, or nothing, between two quotes of one sentence (`“A” and “B”`, `« A » et « B »`). */
const CONJUNCTION = /^(?:(?:and|or|et|ou|und|oder|[eoyи]|ed|или)\s*)?$/iu;

/** Cues whose source follows them (`according to X`, `selon X`, `по словам X`); matched on their first word. */
const ACCORDING_TO = /^(?:according|selon|laut|según|segundo|secondo|по)$/iu;
/** The same cues anywhere in the words after a quote. */
const ACCORDING_TO_AFTER = /(?<![\p{L}\p{N}])(?:according to|selon|laut|según|segundo|secondo|по словам)\s/u;
/**
 * The last letter of each of those cues, in either case, before a space: words without one hold none of them and are
 * not folded for the pattern (`“…,” she said`).
 */
const ACCORDING_TO_END = /[ontм]\s/iu;

/** Whether words can open a verb's subject: a capital, a pronoun, a definite article, an auxiliary (`a-t-il`), or a role before a name. */
function startsLikeSubject(words: string): boolean {
  const first = words.split(/\s/u)[0] ?? '';
  return /^(?:\p{Lu}|(?:the|le|la|der|die|el|o|il|lo)\s)/u.test(words) || PRONOUN.test(first) || AUXILIARIES.has(first.toLowerCase()) || NAME_PARTICLES.has(first) || opensWithRole(words);
}

/** Up to four lower-case words before a capital. */
const LOWER_OPENING = /^((?:\p{Ll}[\p{L}-]*\s){1,4})\p{Lu}/u;
/** Possessive determiners before a relation and a name (`his nephew NAME`, `sa sœur NAME`). */
const RELATION_OPENER = /^(?:his|her|their|son|sa|ses|sein|seine|ihr|ihre|su|sus|seu|sua|suo)$/u;

/**
 * Whether words open with a role or a relation before a name (`former Florida governor Jeb Bush`, `spokesman NAME`,
 * `his friend NAME`): the subject of the verb after them, not a clause (`until Haley said`).
 */
function opensWithRole(words: string): boolean {
  const lower = LOWER_OPENING.exec(words)?.[1]?.trim().split(' ') ?? [];
  return lower.length > 0 && (RELATION_OPENER.test(lower[0] ?? '') || isRoleWord(lower[lower.length - 1] ?? ''));
}

/** A preposition ending the words before a name (`… a message to`, `… a letter for`, `… à`, `… an`; not `More from X:`, where X speaks): the name is not the subject. */
const PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ADDRESS_PREPOSITIONS.join('|')})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');

/**
 * A {@link MENTION_CUES} phrase ending the words before a quotation (its opening mark and a comma aside). The word
 * boundary before it is checked apart: a lookbehind on `\p{L}` under the `iu` flags costs ~10× the whole test on
 * text outside Latin-1 (`“a” “a” …`).
 */
const MENTION_CUE_BEFORE = new RegExp(
  `(?:${Object.values(MENTION_CUES)
    .flat()
    .map((cue) => cue.replaceAll('_', ' '))
    .join('|')})[\\s,:]*$`,
  'iu',
);

/** How many UTF-16 units before a quotation are read for a mention cue (longer than the longest cue). */
const MENTION_CUE_REACH = 32;

/** Whether a quotation names or titles a thing (`the hacker known as “Guccifer”`, `author of “…”`): no one said it. */
function isMention(paragraph: string, span: QuoteSpan): boolean {
  const window = paragraph.slice(Math.max(0, span.start - MENTION_CUE_REACH), span.start);
  // Every cue ends with a letter: one must stand before the quote, spaces, commas and colons aside (most quotes open
  // after a sentence's end or another quote, and then the pattern is not tried at each offset of the window).
  let end = window.length;
  while (end > 0 && /[\s,:]/u.test(window.charAt(end - 1))) end -= 1;
  if ((classBefore(window, end) & LETTER) === 0) return false;
  for (let from = 0; ; ) {
    const match = MENTION_CUE_BEFORE.exec(window.slice(from));
    if (match === null) return false;
    const start = from + match.index;
    // A cue right after a letter or digit is the end of another word.
    if ((classBefore(window, start) & (LETTER | NUMBER)) === 0) return true;
    from = start + 1;
  }
}

/** Verbs of naming: after a common noun they title a thing (`a book called “…”`), not report speech. */
const NAMING_VERB = /^(?:called|dubbed|named|titled|labeled|labelled|branded)$/iu;

/** What a cue after the quote says (`“…,” Lavrov said`, `“…,” he added`, `« … », a déclaré X`, `„…“, sagte er`, `…, according to X`), or `undefined` to read the sentence before it. */
function attributionAfter(after: string, commonWords: WordLookup): Attribution | undefined {
  // `…, according to the Department of Conservation`: the source follows the cue, whatever precedes it.
  const according = ACCORDING_TO_END.test(after) ? ACCORDING_TO_AFTER.exec(foldCase(after)) : null;
  const source = according === null ? undefined : nameAfter(withoutPartyTags(after.slice(according.index + according[0].length)), commonWords);
  if (source !== undefined) return { kind: 'name', name: source, sieve: 'adjacent' };
  const near = cueAfter(after);
  const afterVerb = near ?? cueAfterAppositive(after);
  if (afterVerb === undefined) return undefined;
  const object = afterVerb.object;
  // (read only where it counts, and once: most quotes are attributed by the subject before it)
  let verbWord: string | undefined;
  const verb = (): string => (verbWord ??= /^[\p{L}-]+/u.exec(after.slice(afterVerb.subject.length))?.[0] ?? '');
  // Past an apposition the verb must end its clause, or take an adverbial or the one addressed (`…, told CNN`,
  // `…, wrote on his blog`), not an object (`the club, a course in Ponte Vedra Beach, Fla., charged a fee`).
  if (near === undefined && !ADDRESSEE_VERBS.has(verb().toLowerCase()) && !TRAILING_TAIL.test(trimTrailing(object, '.!?”"» '))) return undefined;
  // The subject stands right after the quote (`Lavrov said`, `he added`, `the senator said`) or after the clause
  // the quote ends (`… contributing to this problem, the CDC says`), never inside a clause (`until Haley said`).
  const subject = afterVerb.subject.trim();
  // `“…,” adding that …`: a participle shares the sentence's subject, read before the quote.
  if (subject.length === 0 && /ing$/iu.test(verb())) return undefined;
  const lastClause = subject.includes(', ') ? subject.slice(subject.lastIndexOf(', ') + 2) : subject;
  // `“…” in the 2008 primary, said NAME`: a verb after a comma is inverted; its speaker follows it.
  const inverted = subject.endsWith(',') && !startsLikeSubject(subject);
  if (subject.length > 0 && !inverted && !startsLikeSubject(subject) && !startsLikeSubject(lastClause)) return undefined;
  // (the name after the verb is read only where the subject before it gives none: most quotes end there)
  const found = !inverted && subject.length > 0 ? nameBefore(subject, commonWords) : undefined;
  if (found !== undefined) return fromSubject(found, 'adjacent');
  const objectName = ADDRESSEE_VERBS.has(verb().toLowerCase()) ? undefined : nameAfter(withoutPartyTags(object), commonWords);
  if (inverted) return objectName === undefined ? undefined : { kind: 'name', name: objectName, sieve: 'adjacent' };
  if (objectName !== undefined) return { kind: 'name', name: objectName, sieve: 'adjacent' };
  const gluedLength = PRONOUN_AFTER.exec(foldCase(object))?.[0].length;
  const pronoun = (gluedLength === undefined ? undefined : object.slice(0, gluedLength)) ?? (PRONOUN.test(object.split(/\s/u)[0] ?? '') ? object.split(/\s/u)[0] : undefined);
  const glued = /-t-(il|elle)\b/iu.exec(subject)?.[1];
  if (pronoun !== undefined || glued !== undefined) return fromSubject({ reference: (glued ?? pronoun ?? '').replace(/^(?:-t)?-/u, '').toLowerCase() }, 'adjacent');
  if (subject.split(/\s+/u).length <= 4) return { kind: 'reference', words: subject.toLowerCase(), sieve: 'adjacent' };
  return undefined;
}

/** How many words a trailing attribution clause (`…, Comey has said.`) holds before its verb, at most. */
const MAX_TRAILING_SUBJECT_WORDS = 5;
/** How many words may follow its verb (`…, Ban said in an interview on Monday.`), at most. */
const MAX_TRAILING_TAIL_WORDS = 8;
/** How many clauses back from a sentence's end a trailing attribution is looked for. */
const MAX_TRAILING_CLAUSES = 3;
/** What may follow a trailing cue's verb: nothing, or an adverbial of time, place or manner (not a reported clause). */
const TRAILING_TAIL = /^(?:$|(?:on|in|at|during|after|before|last|this|earlier|later|recently|when|while|of|to|from|with|via|by|am|im|au|en|beim|el|no|na|nel|в|на)\s)/iu;

/**
 * `The FBI made a “mistake” in the background check, Comey has said.`: a sentence closed by an attribution clause
 * after a comma (a short subject and a speech verb, or the verb and its speaker) is that speaker's, also where the
 * verb stands too far from the quote for the adjacent sieve.
 */
function trailingAttribution(after: string, commonWords: WordLookup): Attribution | undefined {
  if (!/[.!?]["”»]?\s*$/u.test(after)) return undefined;
  let end = after.length;
  for (let clauses = 0; clauses < MAX_TRAILING_CLAUSES; clauses++) {
    const comma = after.lastIndexOf(', ', end - 1);
    if (comma < 0) return undefined;
    end = comma;
    const clause = after.slice(comma + 2);
    const cue = cueAfter(clause);
    if (cue === undefined) continue;
    const subject = cue.subject.trim();
    if (subject.split(/\s+/u).length > MAX_TRAILING_SUBJECT_WORDS || subject.includes(',')) continue;
    const tail = trimTrailing(cue.object, '.!?”"» ');
    // `…, said NAME.` / `…, a déclaré NAME.`: the verb (after an auxiliary at most) comes before its speaker.
    if (subject.length === 0 || AUXILIARIES.has(subject.toLowerCase())) {
      const name = nameAfter(withoutPartyTags(cue.object), commonWords);
      return name === undefined ? undefined : { kind: 'name', name, sieve: 'sentence' };
    }
    const verb = /^[\p{L}-]+/u.exec(clause.slice(cue.subject.length))?.[0] ?? '';
    const tailWords = tail.length === 0 ? 0 : tail.split(/\s+/u).length;
    if (tailWords > MAX_TRAILING_TAIL_WORDS || (!ADDRESSEE_VERBS.has(verb.toLowerCase()) && !TRAILING_TAIL.test(tail))) return undefined;
    const found = startsLikeSubject(subject) ? nameBefore(subject, commonWords) : undefined;
    return found === undefined ? undefined : fromSubject(found, 'sentence');
  }
  return undefined;
}

/**
 * What ends an outer cue's reach: a clause mark (`,` `;` `:`), a subordinating conjunction (`after`, `while`,
 * `bevor`, `quand`), or a conjunction before a new subject (`… and Donald Trump says`).
 */
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}\p{N}])(?:(?:after|before|while|because|since|until|although|though|whereas|après|avant|pendant|parce|nachdem|bevor|während|weil|después|antes|mientras|porque|depois|enquanto|dopo|prima|mentre|perché|после|пока|потому)\s|(?:and|but|et|mais|und|aber|[yeи]|pero|mas|ma|но)\s+(?:\p{Lu}|(?:he|she|they|il|elle|ils|er|sie|él|ella|ele|ela|lui|lei|он|она|они)\s))/u;

/**
 * `a book called “A Warning”`: a verb of naming right between a noun and the quote names a thing, no one speaks
 * (but `X … and called the system “rotten”`, `X in a speech called immigrants “rapists”` report X's words).
 */
function namesThing(before: string, verb: VerbMatch): boolean {
  const wordBefore = before.slice(0, verb.index).trim().split(/\s+/u).pop() ?? '';
  const naming = NAMING_VERB.test(verb.text) && /^\s*$/u.test(before.slice(verb.index + verb.text.length)) && /^\p{Ll}+$/u.test(wordBefore);
  return naming && !AUXILIARIES.has(wordBefore) && !PRONOUN.test(wordBefore) && !CONJUNCTION.test(wordBefore);
}

/** How many speech verbs before a quote are read for an outer cue (a constant per quote). */
const MAX_OUTER_VERBS = 4;

/**
 * The speaker of an outer cue whose clause holds the quote's cue (`Rep. Roe said Lee called the plan “…”`,
 * `Lee acknowledged that she had misspoken when she claimed that …`): reported speech belongs to its reporter. The
 * outer verb reaches the inner one when no clause break (`,` `;` `:`) stands between them.
 */
function outerSpeaker(before: string, verbs: readonly VerbMatch[], inner: VerbMatch, commonWords: WordLookup): Attribution | undefined {
  for (const verb of verbs) {
    if (verb.index >= inner.index) return undefined;
    if (/ing$/iu.test(verb.text) || ACCORDING_TO.test(verb.text.split(' ')[0] ?? '') || CLAUSE_BREAK.test(before.slice(verb.index, inner.index))) continue;
    const found = nameBefore(before.slice(0, verb.index), commonWords);
    if (found !== undefined) return fromSubject(found, 'sentence');
  }
  return undefined;
}

/**
 * Decides who said a quotation, from its sentence: the adjacent sieve (`“…,” NAME said`, `said NAME`,
 * `NAME said: “…”`, `NAME: “…”`, `according to NAME`) and the sentence sieve (a speech verb elsewhere in the
 * sentence, and its subject).
 *
 * @param reading - the paragraph holding the quote, with all its quotes ({@link readQuotes}, made once for them)
 * @param span - the quote
 * @param commonWords - words the article uses in lower case (a capitalised one of them is no name)
 * @param hops - how many joined quotes (`“A” and “B,” X said`) were followed to reach this one
 * @returns a name as written, a reference (pronoun or role noun) to resolve, or none
 */
export function attributeQuote(
  reading: QuoteReading,
  span: QuoteSpan,
  commonWords: WordLookup,
  hops = 0,
): Attribution {
  const { paragraph, spans, layout } = reading;
  if (isMention(paragraph, span)) return GROUP;
  const end = sentenceEnd(reading, span);
  let from = span.end;
  while (from < end && isSeparator(paragraph, from)) from += 1;
  const after = paragraph.slice(from, end);
  // `“A” and “B,” Dean said`: quotes joined by a conjunction share the attribution of the last one.
  // (A few hops at most: a run of joined quotes costs no more than a constant per quote.)
  const next = hops < MAX_JOINED_HOPS && ((layout[end] ?? 0) & QUOTE_START) !== 0 ? spanStartingAt(spans, end) : undefined;
  if (next !== undefined && CONJUNCTION.test(after)) return attributeQuote(reading, next, commonWords, hops + 1);

  const cued = attributionAfter(after, commonWords);
  if (cued !== undefined) return cued;

  // Lavrov said: “…” / Kim remarked that the “…” / Noh said it shows an effort to “…” / pollster Ann Selzer: “…”
  // (the sentence's start is looked for only now: most quotes are attributed by the words after them)
  const start = sentenceStart(reading, span);
  const before = paragraph.slice(start, span.start);
  let lastVerb: VerbMatch | undefined;
  const verbs = cueVerbsInWindow(paragraph, start, before, reading);
  // A participle (`…, asking if “…”`) shares the subject of the finite verb before it: that verb is the cue.
  for (const match of verbs) if (lastVerb === undefined || !/ing$/iu.test(match.text)) lastVerb = match;
  if (lastVerb !== undefined && namesThing(before, lastVerb)) return NONE;
  const outer = lastVerb === undefined ? undefined : outerSpeaker(before, verbs.slice(0, MAX_OUTER_VERBS), lastVerb, commonWords);
  if (outer !== undefined) return outer;
  if (lastVerb !== undefined) {
    const head = before.slice(0, lastVerb.index); // the words before the verb
    const between = before.slice(lastVerb.index + lastVerb.text.length);
    const sieve: Sieve = /^[\s:,]*(?:that\s|que\s|dass\s|что\s)?$/iu.test(between) ? 'adjacent' : 'sentence';
    // `Mr. Putin veered close to an admission about Ukraine, saying “…”`: a participle after a comma shares the
    // sentence's subject, not the last name before it.
    const participle = /ing$/iu.test(lastVerb.text) && /,\s*$/u.test(head);
    const subjectName = participle
      ? (sentenceSubject(withoutPartyTags(paragraph.slice(start, end)), commonWords) ?? clauseSubject(withoutPartyTags(head), false, commonWords))
      : undefined;
    if (subjectName !== undefined) return { kind: 'name', name: subjectName, sieve };
    const found = nameBefore(head, commonWords);
    if (found !== undefined) return fromSubject(found, sieve);
    // `according to Lavrov, “…”` / `selon Fabius, …` / `Said Comey, “…”`: the name follows the cue (a verb that opens
    // its sentence comes before its subject)
    if (ACCORDING_TO.test(lastVerb.text.split(' ')[0] ?? '') || /^[\s“"«„]*$/u.test(head)) {
      const name = nameAfter(withoutPartyTags(between), commonWords);
      if (name !== undefined) return { kind: 'name', name, sieve: 'adjacent' };
    }
    // `Mrs. Roe shook her head and said, “No.”`: the subject of the verb's clause.
    const subject = clauseSubject(withoutPartyTags(head), true, commonWords) ?? sentenceSubject(withoutPartyTags(paragraph.slice(start, end)), commonWords);
    if (subject !== undefined) return { kind: 'name', name: subject, sieve: 'sentence' };
    // "The engineers called it …": a group, not the last person named.
    const lastWord = head.trim().split(/\s+/u).pop() ?? '';
    if (/^\p{Ll}{3,}[^s]s$/u.test(lastWord) && !/^(?:his|its|was|has|this|thus)$/u.test(lastWord)) return GROUP;
    return { kind: 'reference', words: '', sieve: 'sentence' };
  }
  // pollster Ann Selzer: “…” / Trump leaned in: “…”
  if (before.trimEnd().endsWith(':')) {
    const words = before.replace(/:\s*$/u, '');
    // `… delivered a blunt message to Trump: “…”`: a name after a preposition is the one addressed or spoken of.
    const found = nameBefore(words, commonWords);
    const governed = found !== undefined && 'name' in found && PREPOSITION_BEFORE.test(words.slice(0, words.lastIndexOf(found.name.split(' ')[0] ?? '')));
    if (found !== undefined && !governed) return fromSubject(found, 'adjacent');
    const subject = sentenceSubject(paragraph.slice(start, end), commonWords);
    if (subject !== undefined) return { kind: 'name', name: subject, sieve: 'sentence' };
    const opening = /^\s*(\p{L}+)\s/u.exec(before)?.[1] ?? '';
    if (PRONOUN.test(opening)) return fromSubject({ reference: opening.toLowerCase() }, 'sentence');
  }
  return trailingAttribution(after, commonWords) ?? NONE;
}
