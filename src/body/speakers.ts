import type { QuoteSpan } from './quote-spans';
import { trimTrailing } from '../text/trim';
import { LETTER, classOf } from '../text/scan';
import type { WordLookup } from '../text/vocabulary';
import { NAME_PARTICLES, capitalisedRuns, nameTokens } from '../people/mentions';
import { ADDRESSEE_VERBS, AUXILIARIES, SPEECH_VERB_ALTERNATION } from './attribution/language-tables';

/**
 * Attributing a quotation to its speaker from the words around it: `“…,” Lavrov said`, `said Lavrov`,
 * `X said: “…”`, `Kim remarked that the “…”`, `“…,” he added` (the last named speaker).
 * @module
 */

/** Speech verbs of every language the library reads (see the per-language table). */
const SPEECH_VERBS = SPEECH_VERB_ALTERNATION;

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}-])';
/** After a cue word: no letter, and no hyphenated word (`so-called`) unless a pronoun is glued on (`dit-elle`). */
const LETTER_AFTER = '(?![\\p{L}\\p{N}]|-(?!(?:t-)?(?:il|elle|ils|elles|on)(?!\\p{L}))\\p{L})';
const VERB = new RegExp(`${LETTER_BEFORE}(?:${SPEECH_VERBS})${LETTER_AFTER}`, 'giu');
const AFTER_VERB = new RegExp(`^(.{0,60}?)${LETTER_BEFORE}(?:${SPEECH_VERBS})${LETTER_AFTER}[\\s:,-]*(.{0,120})`, 'iu');
const PRONOUN = /^(?:he|she|it|they|we|i|il|elle|ils|elles|on|er|sie|wir|él|ella|ellos|ele|ela|eles|lui|lei|loro)$/iu;
/** A pronoun glued to or right after a verb: `a-t-il`, `sagte er`, `dit-elle`. */
const PRONOUN_AFTER = /^(?:-t)?-?(?:il|elle|ils|elles|er|sie|he|she|they)(?!\p{L})/iu;
const ADVERB = /^(?:also|later|then|again|further|once|earlier|\p{L}+ly)$/iu;

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

/** A subject found before a speech verb: a name, or the words of a pronoun or role noun. */
type Subject = { readonly name: string } | { readonly reference: string } | undefined;

/** The attribution a subject gives. */
function fromSubject(subject: { readonly name: string } | { readonly reference: string }, sieve: Sieve): Attribution {
  if ('name' in subject) return { kind: 'name', name: subject.name, sieve };
  return GROUP_WORD.test(subject.reference) || PLURAL_NOUN_PHRASE.test(subject.reference) ? GROUP : { kind: 'reference', words: subject.reference, sieve };
}

/** Pronouns for a group, and plural nouns: `they said`, `officials said`. */
const GROUP_WORD = /^(?:they|we|ils|elles|on|wir|ellos|ellas|eles|elas|loro|они|мы)$/iu;
/** A plural noun phrase (`the engineers`, `les experts`, `los analistas`): a group, not one speaker. */
const PLURAL_NOUN_PHRASE = /^(?:(?:the|les|los|las|os|as)\s(?:[\p{L}-]+\s){0,2}[\p{L}-]*[^s\s]s|(?:les|los|las|os|as)\s.+)$/iu;
/** A definite role noun as a subject: `the senator`, `the former governor`, `le ministre`, `der Sprecher`. */
const ROLE_SUBJECT = /^(?:the|le|la|der|die|el|o|il|lo)\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+$/iu;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Mt|No|vs|etc|Inc|Co|Corp|Ltd|Mme|Mlle|Hr|Fr|Nr|Dipl|Ing)$/u;

/** The longest {@link ABBREVIATION}, in UTF-16 units (`Capt`, `Dipl`). */
const LONGEST_ABBREVIATION = 4;

/** Whether the UTF-16 unit at `index` is a letter or a dot (a surrogate half is neither). */
function isLetterOrDot(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2e || (classOf(code) & LETTER) !== 0;
}

/** Whether the `.` at `index` ends an abbreviation (`Mr.`, `U.S.`, `J.`), not a sentence. */
function isAbbreviationDot(paragraph: string, index: number): boolean {
  if (paragraph.charAt(index) !== '.') return false;
  let start = index;
  while (start > 0 && index - start < 20 && isLetterOrDot(paragraph, start - 1)) start -= 1;
  const lastDot = paragraph.lastIndexOf('.', index - 1);
  const from = lastDot >= start ? lastDot + 1 : start; // the word after the last inner dot
  return index - from <= LONGEST_ABBREVIATION && ABBREVIATION.test(paragraph.slice(from, index));
}

/** How far from a quote its sentence is looked for: attribution further away is not read (and costs stay linear). */
const SENTENCE_WINDOW = 400;

/** Flags of {@link QuoteLayout}'s offsets. */
const INSIDE = 1;
const QUOTE_START = 2;
const SENTENCE_END = 4;

/**
 * Where the quotes of one paragraph stand, computed once per paragraph: per offset, whether it is inside a
 * quotation ({@link INSIDE}), where one opens ({@link QUOTE_START}), and just after a quotation that ends a sentence
 * (`…said.”`, {@link SENTENCE_END}).
 */
type QuoteLayout = Uint8Array;

const layouts = new WeakMap<readonly QuoteSpan[], QuoteLayout>();

/** The layout of a paragraph's quotations (cached per spans array). */
function layoutOf(paragraph: string, spans: readonly QuoteSpan[]): QuoteLayout {
  const cached = layouts.get(spans);
  if (cached !== undefined) return cached;
  const layout = new Uint8Array(paragraph.length + 1);
  for (const span of spans) {
    for (let index = span.start; index < span.end; index++) layout[index] = (layout[index] ?? 0) | INSIDE;
    layout[span.start] = (layout[span.start] ?? 0) | QUOTE_START;
    if (/[.!?]$/u.test(span.text)) layout[span.end] = (layout[span.end] ?? 0) | SENTENCE_END;
  }
  layouts.set(spans, layout);
  return layout;
}

/** Whether the UTF-16 unit at `index` is whitespace, a comma or a dash (`[\s,—–-]`): what separates a quote from its attribution. */
function isSeparator(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x20 || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  return (code < 0x20 || code > 0x7e) && /\s/u.test(text.charAt(index));
}

/** Whether the character at `index` is `.`, `!` or `?`. */
function isStopMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** Whether the `.`, `!` or `?` at `index` ends a sentence: outside quotes and not an abbreviation's dot. */
function isStop(paragraph: string, layout: QuoteLayout, index: number): boolean {
  return isStopMark(paragraph, index) && ((layout[index] ?? 0) & INSIDE) === 0 && !isAbbreviationDot(paragraph, index);
}

/** The span that starts at `start`, found by binary search (spans are in order): constant work per quote stays logarithmic. */
function spanStartingAt(spans: readonly QuoteSpan[], start: number): QuoteSpan | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return undefined;
    if (span.start === start) return span;
    if (span.start < start) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Where the sentence holding a span starts: after the last sentence end before it, within {@link SENTENCE_WINDOW}. */
function sentenceStart(paragraph: string, span: QuoteSpan, layout: QuoteLayout): number {
  const floor = Math.max(0, span.start - SENTENCE_WINDOW);
  for (let index = span.start - 1; index > floor; index--) {
    if ((isStop(paragraph, layout, index) || ((layout[index + 1] ?? 0) & SENTENCE_END) !== 0) && /\s/u.test(paragraph.charAt(index + 1))) {
      return index + 1;
    }
  }
  return floor;
}

/** Where the sentence holding a span ends: at the next sentence end or quote after it, within {@link SENTENCE_WINDOW}. */
function sentenceEnd(paragraph: string, span: QuoteSpan, layout: QuoteLayout): number {
  if (closesSentence(paragraph, span)) return span.end;
  const limit = Math.min(paragraph.length, span.end + SENTENCE_WINDOW);
  for (let index = span.end; index < limit; index++) {
    if (isStop(paragraph, layout, index) && (index + 1 === paragraph.length || /\s/u.test(paragraph.charAt(index + 1)))) return index + 1;
    if (((layout[index] ?? 0) & QUOTE_START) !== 0) return index;
  }
  return limit;
}

/** A capitalised pronoun: after a quote it opens a new sentence (`“…you.” She says …`), never an attribution. */
const CAPITALISED_PRONOUN = /^(?:He|She|They|We|It|I|Il|Elle|Ils|Er|Sie|Es|Wir|Él|Ella|Ele|Ela|Lui|Lei|Он|Она)(?!\p{L})/u;

/**
 * Whether a quotation that ends with its own full stop (`“… a liar.” However, he …`) also ends its sentence:
 * a capital follows it, and after `.` that capital is not an attribution in the other languages' style.
 * After `!` or `?` a name may still attribute it (`“Why?” Smith asked`), a capitalised pronoun not.
 */
function closesSentence(paragraph: string, span: QuoteSpan): boolean {
  const mark = span.text.charAt(span.text.length - 1);
  if (mark !== '.' && mark !== '!' && mark !== '?') return false;
  const next = /^\s+(\S+)/u.exec(paragraph.slice(span.end, span.end + 40))?.[1] ?? '';
  if (!/^\p{Lu}/u.test(next)) return false;
  return mark === '.' || CAPITALISED_PRONOUN.test(next);
}

/** Prepositions, articles and conjunctions: a role noun run (`party boss`) never holds one. */
const FUNCTION_WORD = /^(?:of|for|from|at|in|on|by|with|to|and|or|the|a|an|de|du|des|von|für|del|da|do)$/iu;

/** Words that end an organisation's name before `of` (`Department of Conservation`, `Council of Economic Advisers`). */
const ORGANISATION_HEAD = /^(?:department|ministry|council|committee|university|institute|agency|bank|office|board|bureau|commission|society|association|federation|union|league|court|house|party|church|academy|school|college|centre|center|secretary|minister|ministère|ministerio|ministério)$/iu;
const CONNECTOR = /^(?:of|for|de|des|du|del|do|da|von|für)$/iu;

/** The capitalised run that a list of words ends with, joining `Department of Conservation`-style names. */
function runAtEnd(words: readonly string[]): string[] | undefined {
  const text = trimTrailing(words.slice(-10).join(' '), ',;:.!?)”"»’ ');
  const runs = capitalisedRuns(text);
  const last = runs[runs.length - 1];
  if (last === undefined || !text.endsWith(last[last.length - 1] ?? '\u0000')) return undefined;
  const before = runs[runs.length - 2];
  const gap = text.slice(0, text.length - last.join(' ').length).trim().split(/\s+/u);
  const connector = gap[gap.length - 1] ?? '';
  if (before !== undefined && CONNECTOR.test(connector) && gap.length >= 2 && gap[gap.length - 2]?.replace(/[,.]$/u, '') === before[before.length - 1]) {
    // `Department of Conservation` is one name; `Mitch McConnell of Kentucky` is a person from a place.
    return ORGANISATION_HEAD.test(before[before.length - 1] ?? '') ? [...before, connector, ...last] : before;
  }
  return last;
}

/** {@link nameBefore} of a single word (no split needed): a pronoun, a name, or `undefined`. */
function nameOfOneWord(word: string, commonWords: WordLookup): Subject {
  if (word.length === 0 || ADVERB.test(word)) return undefined;
  if (PRONOUN.test(word)) return { reference: word.toLowerCase() };
  const run = runAtEnd([word]);
  const name = run === undefined ? undefined : asName(run, commonWords);
  return name === undefined ? undefined : { name };
}

/** A name made of the capitalised words at the end of `text`, or the pronoun it ends with; `undefined` when none. */
function nameBefore(rawText: string, commonWords: WordLookup): Subject {
  const trimmed = trimTrailing(withoutPartyTags(rawText).trim(), ',;: ');
  if (!/\s/u.test(trimmed)) return nameOfOneWord(trimmed, commonWords);
  // `Mr. Warner, the Virginia Democrat,` — the name stands before its appositive.
  const segments = trimmed.split(', ');
  const appositive = segments[segments.length - 1] ?? '';
  if (segments.length >= 2 && /^(?:the|a|an|his|her|their|its|who|le|la|les|un|une|der|die|das|ein|eine|el|los|o)\s/u.test(appositive)) {
    const found = nameBefore(segments.slice(0, -1).join(', '), commonWords);
    if (found !== undefined && 'name' in found) return found;
  }
  // `Brent Bozell III, founder of the Media Research Center,` / `Ramos, 58,` / `Mr. Daniloff, now 81 and retired in
  // Cambridge, Mass.,`: a name of capitalised words only, then an appositive in lower case or digits.
  // `Jeff Weaver, Sanders’ campaign manager,`: also an appositive that holds a lower-case word.
  if (segments.length >= 2 && /^[\p{Ll}\p{N}]|\s\p{Ll}/u.test(segments[1] ?? '') && isNameOnly(segments[0] ?? '')) {
    const found = nameBefore(segments[0] ?? '', commonWords);
    if (found !== undefined && 'name' in found) return found;
  }
  const words = trimmed.split(/\s+/u);
  while (words.length > 0 && (ADVERB.test(words[words.length - 1] ?? '') || AUXILIARIES.has(words[words.length - 1] ?? ''))) words.pop();
  const last = words[words.length - 1] ?? '';
  if (PRONOUN.test(last)) return { reference: last.toLowerCase() };
  const run = runAtEnd(words);
  const name = run === undefined ? undefined : asName(run, commonWords);
  if (name !== undefined) return { name };
  const role = words.slice(-4).join(' ');
  const article = words.findIndex((word, index) => index >= words.length - 4 && /^(?:the|le|la|der|die|el|o|il|lo)$/iu.test(word));
  return article >= 0 && ROLE_SUBJECT.test(words.slice(article).join(' ')) && role.length > 0 ? { reference: words.slice(article).join(' ').toLowerCase() } : undefined;
}

/** Whether text is capitalised words only (`Mr. Daniloff`, `Brent Bozell III`), not opening with a preposition (`In Moscow`). */
function isNameOnly(text: string): boolean {
  const words = text.split(' ');
  return words.every((word) => /^\p{Lu}/u.test(word)) && !FUNCTION_WORD.test(words[0] ?? '');
}

/** Drops party-and-state tags after a name (`Sen. Ben Sasse (R-Neb.)`, `Kevin McCarthy, R-Calif.,`), which are no part of it. */
export function withoutPartyTags(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(/,? \(?[RDI]-\p{Lu}[\p{L}.]{0,12}\)?(?=[,.;:\s]|$),?/gu, '');
}

/** A name at the start of `text`, after up to three lower-case words (`chief inspector Jennifer Mattinson`). */
function nameAfter(text: string, commonWords: WordLookup): string | undefined {
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
  const titleOnly = runs[0].length === 1 && (rest[0] ?? '').endsWith('.') && nameTokens(runs[0]).length === 0 && runs[1] !== undefined;
  const run = titleOnly ? (runs[1] ?? runs[0]) : runs[0];
  if (titleOnly) rest.shift();
  const after = rest.slice(run.length, run.length + 2);
  const next = capitalisedRuns(rest.slice(run.length + 1, run.length + 8).join(' '))[0];
  if (next !== undefined && CONNECTOR.test(after[0] ?? '') && ORGANISATION_HEAD.test(run[run.length - 1] ?? '')) {
    return asName([...run, after[0] ?? '', ...next], commonWords);
  }
  // `said Virginia delegate Beau Correll`, `said Montclair State University political scientist Brigid Harrison`,
  // `said another Twitter user, Johanna Bayer`: a place, party or employer, up to four role words, the name.
  const lastOfRun = rest[run.length - 1] ?? '';
  if (!/[,;:.]$/u.test(lastOfRun)) {
    let roleWords = 0;
    while (roleWords < 4 && /^\p{Ll}[\p{L}-]*$/u.test(rest[run.length + roleWords] ?? '') && !FUNCTION_WORD.test(rest[run.length + roleWords] ?? '')) roleWords += 1;
    if (roleWords < 4 && /^\p{Ll}[\p{L}-]*,$/u.test(rest[run.length + roleWords] ?? '')) roleWords += 1;
    const person = roleWords > 0 ? capitalisedRuns(rest.slice(run.length + roleWords, run.length + roleWords + 5).join(' '))[0] : undefined;
    if (person !== undefined && (rest[run.length + roleWords] ?? '').startsWith(person[0] ?? '\u0000')) {
      const name = asName(person, commonWords);
      if (name !== undefined && name.includes(' ')) return name;
    }
  }
  return asName(run, commonWords);
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
function asName(run: readonly string[], commonWords: WordLookup): string | undefined {
  if (run.some((token) => CONNECTOR.test(token))) return run.join(' ');
  const tokens = nameTokens(run);
  // `Certainly Trump`: a sentence-opening adverb or common word is no part of the name.
  while (tokens.length > 1 && (ADVERB.test(tokens[0] ?? '') || commonWords.has((tokens[0] ?? '').toLowerCase()))) tokens.shift();
  if (tokens.length === 0) return undefined;
  if (tokens.every((token) => commonWords.has(token.toLowerCase()))) return undefined;
  return tokens.join(' ');
}

/**
 * The name a sentence opens with (`Lavrov touched on…`), also after a short opening phrase
 * (`Earlier Saturday, Yoon apologized…`).
 *
 * @param sentence - a sentence
 * @param commonWords - words the article writes in lower case
 * @returns the name, or `undefined`
 */
function sentenceSubject(sentence: string, commonWords: WordLookup): string | undefined {
  const candidates = [sentence];
  const comma = sentence.indexOf(', ');
  if (comma > 0 && comma < 40) candidates.push(sentence.slice(comma + 2));
  for (const candidate of candidates) {
    const match = /^[\s“"«]*((?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’-]*),?\s+\p{Ll}/u.exec(candidate);
    const runs = match === null ? [] : capitalisedRuns(match[1] ?? '');
    // `Mr. Putin …`: a title's dot ends its run; the name is the run after it.
    const run = runs[0] !== undefined && nameTokens(runs[0]).length === 0 && runs[1] !== undefined ? runs[1] : runs[0];
    const name = run === undefined ? undefined : asName(run, commonWords);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** How many quotes joined by conjunctions (`“A”, “B” and “C,” X said`) are followed to the one attributed. */
const MAX_JOINED_HOPS = 3;

/** A conjunction, or nothing, between two quotes of one sentence (`“A” and “B”`, `« A » et « B »`). */
const CONJUNCTION = /^(?:(?:and|or|et|ou|und|oder|[eoyи]|ed|или)\s*)?$/iu;

/** Cues whose source follows them (`according to X`, `selon X`, `по словам X`); matched on their first word. */
const ACCORDING_TO = /^(?:according|selon|laut|según|segundo|secondo|по)$/iu;
/** The same cues anywhere in the words after a quote. */
const ACCORDING_TO_AFTER = /(?<![\p{L}\p{N}])(?:according to|selon|laut|según|segundo|secondo|по словам)\s/iu;

/** Whether words can open a verb's subject: a capital, a pronoun, a definite article, or an auxiliary (`a-t-il`). */
function startsLikeSubject(words: string): boolean {
  const first = words.split(/\s/u)[0] ?? '';
  return /^(?:\p{Lu}|(?:the|le|la|der|die|el|o|il|lo)\s)/u.test(words) || PRONOUN.test(first) || AUXILIARIES.has(first.toLowerCase()) || NAME_PARTICLES.has(first);
}

/** Verbs of naming: after a common noun they title a thing (`a book called “…”`), not report speech. */
const NAMING_VERB = /^(?:called|dubbed|named|titled|labeled|labelled|branded)$/iu;

/** What a cue after the quote says (`“…,” Lavrov said`, `“…,” he added`, `« … », a déclaré X`, `„…“, sagte er`, `…, according to X`), or `undefined` to read the sentence before it. */
function attributionAfter(after: string, commonWords: WordLookup): Attribution | undefined {
  // `…, according to the Department of Conservation`: the source follows the cue, whatever precedes it.
  const according = ACCORDING_TO_AFTER.exec(after);
  const source = according === null ? undefined : nameAfter(withoutPartyTags(after.slice(according.index + according[0].length)), commonWords);
  if (source !== undefined) return { kind: 'name', name: source, sieve: 'adjacent' };
  const afterVerb = AFTER_VERB.exec(after);
  if (afterVerb === null) return undefined;
  const object = afterVerb[2] ?? '';
  const verb = /^[\p{L}-]+/u.exec(after.slice(afterVerb[1]?.length ?? 0))?.[0] ?? '';
  // The subject stands right after the quote (`Lavrov said`, `he added`, `the senator said`) or after the clause
  // the quote ends (`… contributing to this problem, the CDC says`), never inside a clause (`until Haley said`).
  const subject = (afterVerb[1] ?? '').trim();
  // `“…,” adding that …`: a participle shares the sentence's subject, read before the quote.
  if (subject.length === 0 && /ing$/iu.test(verb)) return undefined;
  const lastClause = subject.includes(', ') ? subject.slice(subject.lastIndexOf(', ') + 2) : subject;
  // `“…” in the 2008 primary, said NAME`: a verb after a comma is inverted; its speaker follows it.
  const inverted = subject.endsWith(',') && !startsLikeSubject(subject);
  if (subject.length > 0 && !inverted && !startsLikeSubject(subject) && !startsLikeSubject(lastClause)) return undefined;
  const objectName = ADDRESSEE_VERBS.has(verb.toLowerCase()) ? undefined : nameAfter(withoutPartyTags(object), commonWords);
  if (inverted) return objectName === undefined ? undefined : { kind: 'name', name: objectName, sieve: 'adjacent' };
  const found = subject.length > 0 ? nameBefore(subject, commonWords) : undefined;
  if (found !== undefined) return fromSubject(found, 'adjacent');
  if (objectName !== undefined) return { kind: 'name', name: objectName, sieve: 'adjacent' };
  const pronoun = PRONOUN_AFTER.exec(object)?.[0] ?? (PRONOUN.test(object.split(/\s/u)[0] ?? '') ? object.split(/\s/u)[0] : undefined);
  const glued = /-t-(il|elle)\b/iu.exec(subject)?.[1];
  if (pronoun !== undefined || glued !== undefined) return fromSubject({ reference: (glued ?? pronoun ?? '').replace(/^(?:-t)?-/u, '').toLowerCase() }, 'adjacent');
  if (subject.split(/\s+/u).length <= 4) return { kind: 'reference', words: subject.toLowerCase(), sieve: 'adjacent' };
  return undefined;
}

/**
 * Decides who said a quotation, from its sentence: the adjacent sieve (`“…,” NAME said`, `said NAME`,
 * `NAME said: “…”`, `NAME: “…”`, `according to NAME`) and the sentence sieve (a speech verb elsewhere in the
 * sentence, and its subject).
 *
 * @param paragraph - the paragraph holding the quote
 * @param span - the quote
 * @param spans - all quotes of the paragraph
 * @param commonWords - words the article uses in lower case (a capitalised one of them is no name)
 * @param hops - how many joined quotes (`“A” and “B,” X said`) were followed to reach this one
 * @returns a name as written, a reference (pronoun or role noun) to resolve, or none
 */
export function attributeQuote(
  paragraph: string,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  commonWords: WordLookup,
  hops = 0,
): Attribution {
  const layout = layoutOf(paragraph, spans);
  const end = sentenceEnd(paragraph, span, layout);
  let from = span.end;
  while (from < end && isSeparator(paragraph, from)) from += 1;
  const after = paragraph.slice(from, end);
  // `“A” and “B,” Dean said`: quotes joined by a conjunction share the attribution of the last one.
  // (A few hops at most: a run of joined quotes costs no more than a constant per quote.)
  const next = hops < MAX_JOINED_HOPS && ((layout[end] ?? 0) & QUOTE_START) !== 0 ? spanStartingAt(spans, end) : undefined;
  if (next !== undefined && CONJUNCTION.test(after)) return attributeQuote(paragraph, next, spans, commonWords, hops + 1);

  const cued = attributionAfter(after, commonWords);
  if (cued !== undefined) return cued;

  // Lavrov said: “…” / Kim remarked that the “…” / Noh said it shows an effort to “…” / pollster Ann Selzer: “…”
  // (the sentence's start is looked for only now: most quotes are attributed by the words after them)
  const start = sentenceStart(paragraph, span, layout);
  const before = paragraph.slice(start, span.start);
  let lastVerb: RegExpExecArray | null = null;
  VERB.lastIndex = 0;
  // A participle (`…, asking if “…”`) shares the subject of the finite verb before it: that verb is the cue.
  for (let match = VERB.exec(before); match !== null; match = VERB.exec(before)) if (lastVerb === null || !/ing$/iu.test(match[0])) lastVerb = match;
  if (lastVerb !== null) {
    const between = before.slice(lastVerb.index + lastVerb[0].length);
    const sieve: Sieve = /^[\s:,]*(?:that\s|que\s|dass\s|что\s)?$/iu.test(between) ? 'adjacent' : 'sentence';
    // `Mr. Putin veered close to an admission about Ukraine, saying “…”`: a participle after a comma shares the
    // sentence's subject, not the last name before it.
    const participle = /ing$/iu.test(lastVerb[0]) && /,\s*$/u.test(before.slice(0, lastVerb.index));
    const subjectName = participle ? sentenceSubject(paragraph.slice(start, end), commonWords) : undefined;
    if (subjectName !== undefined) return { kind: 'name', name: subjectName, sieve };
    const found = nameBefore(before.slice(0, lastVerb.index), commonWords);
    if (found !== undefined) return fromSubject(found, sieve);
    // `according to Lavrov, “…”` / `selon Fabius, …`: the name follows the cue
    if (ACCORDING_TO.test(lastVerb[0].split(' ')[0] ?? '')) {
      const name = nameAfter(withoutPartyTags(between), commonWords);
      if (name !== undefined) return { kind: 'name', name, sieve: 'adjacent' };
    }
    // `a book called “A Warning”`: a verb of naming right between a noun and the quote names a thing, no one speaks
    // (but `X … and called the system “rotten”`, `X in a speech called immigrants “rapists”` report X's words).
    const wordBefore = before.slice(0, lastVerb.index).trim().split(/\s+/u).pop() ?? '';
    const naming = NAMING_VERB.test(lastVerb[0]) && /^\s*$/u.test(between) && /^\p{Ll}+$/u.test(wordBefore);
    if (naming && !AUXILIARIES.has(wordBefore) && !PRONOUN.test(wordBefore) && !CONJUNCTION.test(wordBefore)) return NONE;
    const subject = sentenceSubject(paragraph.slice(start, end), commonWords);
    if (subject !== undefined) return { kind: 'name', name: subject, sieve: 'sentence' };
    // "The engineers called it …": a group, not the last person named.
    const head = before.slice(0, lastVerb.index).trim().split(/\s+/u).pop() ?? '';
    if (/^\p{Ll}{3,}[^s]s$/u.test(head) && !/^(?:his|its|was|has|this|thus)$/u.test(head)) return GROUP;
    return { kind: 'reference', words: '', sieve: 'sentence' };
  }
  // pollster Ann Selzer: “…” / Trump leaned in: “…”
  if (/:\s*$/u.test(before)) {
    const found = nameBefore(before.replace(/:\s*$/u, ''), commonWords);
    if (found !== undefined) return fromSubject(found, 'adjacent');
    const subject = sentenceSubject(paragraph.slice(start, end), commonWords);
    if (subject !== undefined) return { kind: 'name', name: subject, sieve: 'sentence' };
    const opening = /^\s*(\p{L}+)\s/u.exec(before)?.[1] ?? '';
    if (PRONOUN.test(opening)) return fromSubject({ reference: opening.toLowerCase() }, 'sentence');
  }
  return NONE;
}
