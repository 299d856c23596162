import type { QuoteSpan } from './quote-spans';
import { trimTrailing } from '../text/trim';
import { LETTER, classOf } from '../text/scan';
import type { WordLookup } from '../text/vocabulary';
import { capitalisedRuns, nameTokens } from '../people/mentions';

/**
 * Attributing a quotation to its speaker from the words around it: `“…,” Lavrov said`, `said Lavrov`,
 * `X said: “…”`, `Kim remarked that the “…”`, `“…,” he added` (the last named speaker).
 * @module
 */

/** Verbs and phrases that introduce or attribute speech, in the languages the library reads. */
const SPEECH_VERBS = [
  // English
  'said|says|say|saying|told|tells|added|adds|adding|explained|explains|explaining|noted|notes|noting|remarked|remarks|',
  'stated|states|asked|asks|replied|replies|argued|argues|insisted|insists|warned|warns|claimed|claims|characterized|',
  'characterised|characterizing|described|describes|describing|called|calls|calling|dismissed|dismissing|expressed|',
  'stressed|stresses|emphasized|emphasised|wrote|writes|tweeted|commented|continued|recalled|admitted|acknowledged|',
  'announced|declared|suggested|suggests|observed|concluded|urged|pointed out|according to|predicted|promised|vowed|',
  'boasted|conceded|complained|joked|quipped|shouted|whispered|answered|instructed|responded|reads|read|posted|',
  // French
  'dit|déclaré|déclare|affirme|affirmé|explique|expliqué|ajoute|ajouté|estime|estimé|souligne|souligné|assure|assuré|',
  'précise|précisé|indique|indiqué|raconte|raconté|confie|confié|lance|lancé|poursuit|martèle|selon|',
  // German
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte hinzu|teilte mit|schreibt|schrieb|so|laut|',
  // Spanish, Portuguese, Italian
  'dijo|afirmó|explicó|declaró|aseguró|añadió|señaló|indicó|comentó|según|disse|afirmou|explicou|declarou|',
  'acrescentou|segundo|ha detto|ha dichiarato|ha spiegato|ha aggiunto|secondo',
].join('');

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const VERB = new RegExp(`${LETTER_BEFORE}(?:${SPEECH_VERBS})${LETTER_AFTER}`, 'giu');
const AFTER_VERB = new RegExp(`^(.{0,60}?)${LETTER_BEFORE}(?:${SPEECH_VERBS})${LETTER_AFTER}[\\s:,-]*(.{0,60})`, 'iu');
const PRONOUN = /^(?:he|she|they|we|i|il|elle|ils|elles|on|er|sie|wir|él|ella|ellos|ele|ela|eles|lui|lei|loro)$/iu;
/** A pronoun glued to or right after a verb: `a-t-il`, `sagte er`, `dit-elle`. */
const PRONOUN_AFTER = /^(?:-t)?-?(?:il|elle|ils|elles|er|sie|he|she|they)(?!\p{L})/iu;
const ADVERB = /^(?:also|later|then|again|further|once|earlier|\p{L}+ly)$/iu;

/** What attribution found for one quote. */
type Attribution =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'previous' }
  | { readonly kind: 'none' };

const PREVIOUS: Attribution = { kind: 'previous' };
const NONE: Attribution = { kind: 'none' };

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
  const limit = Math.min(paragraph.length, span.end + SENTENCE_WINDOW);
  for (let index = span.end; index < limit; index++) {
    if (isStop(paragraph, layout, index) && (index + 1 === paragraph.length || /\s/u.test(paragraph.charAt(index + 1)))) return index + 1;
    if (((layout[index] ?? 0) & QUOTE_START) !== 0) return index;
  }
  return limit;
}

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

/** {@link nameBefore} of a single word (no split needed): `''` for a pronoun, else its name or `undefined`. */
function nameOfOneWord(word: string, commonWords: WordLookup): string | undefined {
  if (word.length === 0 || ADVERB.test(word)) return undefined;
  if (PRONOUN.test(word)) return '';
  const run = runAtEnd([word]);
  return run === undefined ? undefined : asName(run, commonWords);
}

/** A name made of the capitalised words at the end of `text`; `''` for a pronoun; `undefined` when none. */
function nameBefore(text: string, commonWords: WordLookup): string | undefined {
  const trimmed = trimTrailing(text.trim(), ',;: ');
  if (!/\s/u.test(trimmed)) return nameOfOneWord(trimmed, commonWords);
  // `Mr. Warner, the Virginia Democrat,` — the name stands before its appositive.
  const segments = trimmed.split(', ');
  const appositive = segments[segments.length - 1] ?? '';
  if (segments.length >= 2 && /^(?:the|a|an|his|her|their|its|who|le|la|les|un|une|der|die|das|ein|eine|el|los|o)\s/u.test(appositive)) {
    const name = nameBefore(segments.slice(0, -1).join(', '), commonWords);
    if (name !== undefined && name !== '') return name;
  }
  const words = trimmed.split(/\s+/u);
  while (words.length > 0 && ADVERB.test(words[words.length - 1] ?? '')) words.pop();
  const last = words[words.length - 1] ?? '';
  if (PRONOUN.test(last)) return '';
  const run = runAtEnd(words);
  return run === undefined ? undefined : asName(run, commonWords);
}

/** A name at the start of `text`, after up to three lower-case words (`chief inspector Jennifer Mattinson`). */
function nameAfter(text: string, commonWords: WordLookup): string | undefined {
  const words = text.trim().split(/\s+/u);
  let skip = 0;
  while (skip < 3 && /^\p{Ll}/u.test(words[skip] ?? '')) skip += 1;
  const rest = words.slice(skip);
  const run = capitalisedRuns(rest.slice(0, 8).join(' '))[0];
  if (run === undefined || !(rest[0] ?? '').replace(/^[“"«(]/u, '').startsWith(run[0] ?? '\u0000')) return undefined;
  const after = rest.slice(run.length, run.length + 2);
  const next = capitalisedRuns(rest.slice(run.length + 1, run.length + 8).join(' '))[0];
  if (next !== undefined && CONNECTOR.test(after[0] ?? '') && ORGANISATION_HEAD.test(run[run.length - 1] ?? '')) {
    return asName([...run, after[0] ?? '', ...next], commonWords);
  }
  return asName(run, commonWords);
}

/** The name an organisation or a person run stands for, or `undefined` for a role, an opener or a common word. */
function asName(run: readonly string[], commonWords: WordLookup): string | undefined {
  if (run.some((token) => CONNECTOR.test(token))) return run.join(' ');
  const tokens = nameTokens(run);
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
export function sentenceSubject(sentence: string, commonWords: WordLookup): string | undefined {
  const candidates = [sentence];
  const comma = sentence.indexOf(', ');
  if (comma > 0 && comma < 40) candidates.push(sentence.slice(comma + 2));
  for (const candidate of candidates) {
    const match = /^[\s“"«]*((?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’-]*),?\s+\p{Ll}/u.exec(candidate);
    const run = match === null ? undefined : capitalisedRuns(match[1] ?? '')[0];
    const name = run === undefined ? undefined : asName(run, commonWords);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * Decides who said a quotation, from its sentence.
 *
 * @param paragraph - the paragraph holding the quote
 * @param span - the quote
 * @param spans - all quotes of the paragraph
 * @param commonWords - words the article uses in lower case (a capitalised one of them is no name)
 * @returns a name as written, `previous` (a pronoun or descriptor: the last named speaker), or `none`
 */
export function attributeQuote(
  paragraph: string,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  commonWords: WordLookup,
): Attribution {
  const layout = layoutOf(paragraph, spans);
  const end = sentenceEnd(paragraph, span, layout);
  let from = span.end;
  while (from < end && isSeparator(paragraph, from)) from += 1;
  const after = paragraph.slice(from, end);

  // “…,” Lavrov said / “…,” he added / “…,” said Lavrov / « … », a déclaré X / „…“, sagte er
  const afterVerb = AFTER_VERB.exec(after);
  if (afterVerb !== null) {
    const subject = (afterVerb[1] ?? '').trim();
    const object = afterVerb[2] ?? '';
    const subjectName = subject.length > 0 ? nameBefore(subject, commonWords) : undefined;
    if (subjectName === '') return PREVIOUS;
    if (subjectName !== undefined) return { kind: 'name', name: subjectName };
    const objectName = nameAfter(object, commonWords);
    if (objectName !== undefined) return { kind: 'name', name: objectName };
    if (PRONOUN_AFTER.test(object) || PRONOUN.test(object.split(/\s/u)[0] ?? '') || /-t-(?:il|elle)\b/iu.test(subject)) {
      return PREVIOUS;
    }
    if (subject.split(/\s+/u).length <= 4) return PREVIOUS;
  }

  // Lavrov said: “…” / Kim remarked that the “…” / Noh said it shows an effort to “…”
  // (the sentence's start is looked for only now: most quotes are attributed by the words after them)
  const start = sentenceStart(paragraph, span, layout);
  const before = paragraph.slice(start, span.start);
  let lastVerb: RegExpExecArray | null = null;
  VERB.lastIndex = 0;
  for (let match = VERB.exec(before); match !== null; match = VERB.exec(before)) lastVerb = match;
  if (lastVerb !== null) {
    const name = nameBefore(before.slice(0, lastVerb.index), commonWords);
    if (name === '') return PREVIOUS;
    if (name !== undefined) return { kind: 'name', name };
    const subject = sentenceSubject(paragraph.slice(start, end), commonWords);
    if (subject !== undefined) return { kind: 'name', name: subject };
    // "The engineers called it …": a group, not the last person named.
    const head = before.slice(0, lastVerb.index).trim().split(/\s+/u).pop() ?? '';
    if (/^\p{Ll}{3,}[^s]s$/u.test(head) && !/^(?:his|its|was|has|this|thus)$/u.test(head)) return NONE;
    return PREVIOUS;
  }
  if (span.kind === 'direct' && before.trim().length === 0 && after.trim().length === 0) return PREVIOUS;
  return NONE;
}
