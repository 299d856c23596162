import { LETTER, MARK, NUMBER, UPPER, classAt, classBefore, widthAt, widthBefore } from '../../text/scan';
import { type PhraseTable, foldCase, nextWordStart, phraseEndsAt, phraseTable, wordEnd } from '../../text/phrases';
import { ADDRESSEE_VERBS, SPEECH_VERBS } from './language-tables';

/**
 * Finding the speech verbs of {@link SPEECH_VERBS} in a text, by looking its words up (see text/phrases) rather
 * than with one regular expression of every verb: the cue after or before a quotation (`“…,” Lavrov said`,
 * `« … », a-t-il déclaré`), whether a paragraph holds any, and the name beside a verb (`Cuban said`, `said Cuban`).
 * @module
 */

/** Every speech verb and phrase of every language (`said`, `according to`). */
const SPEECH_VERB_PHRASES: readonly string[] = Object.values(SPEECH_VERBS)
  .flat()
  .map((verb) => verb.replaceAll('_', ' '));

let caseless: PhraseTable | undefined;
let exact: PhraseTable | undefined;
let speakerAfter: PhraseTable | undefined;
/** The verbs in any case (`Said`, `SAID`), indexed on first use. */
const anyCase = (): PhraseTable => (caseless ??= phraseTable(SPEECH_VERB_PHRASES, true));
/** The verbs as written (lower case). */
const asWritten = (): PhraseTable => (exact ??= phraseTable(SPEECH_VERB_PHRASES, false));
/** The verbs after which a name is the speaker (`said Lavrov`, not `told Reuters`), as written. */
const beforeSpeaker = (): PhraseTable => (speakerAfter ??= phraseTable(SPEECH_VERB_PHRASES.filter((verb) => !ADDRESSEE_VERBS.has(verb)), false));

/** The longest first word of a speech verb, in UTF-16 units (case folding keeps a word's length). */
export const LONGEST_OPENING_WORD: number = SPEECH_VERB_PHRASES.reduce((longest, verb) => Math.max(longest, (verb.split(' ')[0] ?? '').length), 0);

/**
 * Whether a word, in any case, is the first word of a speech verb (`said`, `according`): the words where
 * {@link cueVerbsIn} can find one.
 *
 * @param word - one word (a run of letters and digits)
 * @returns `true` when a speech verb starts with it
 */
export function opensSpeechVerb(word: string): boolean {
  return word.length <= LONGEST_OPENING_WORD && anyCase().byFirstWord.has(foldCase(word));
}

/** A speech verb found in a text. */
export interface VerbMatch {
  /** Where the verb starts. */
  readonly index: number;
  /** The verb as written. */
  readonly text: string;
}

/**
 * Whether a text holds a speech verb as a word of its own (`they said`, not `unsaid`).
 *
 * @param text - any text
 * @returns `true` when one of the verbs is there, in any case
 */
export function hasSpeechVerb(text: string): boolean {
  for (let start = nextWordStart(text, 0); start !== undefined; start = nextWordStart(text, wordEnd(text, start))) {
    if (phraseEndsAt(anyCase(), text, start).length > 0) return true;
  }
  return false;
}

const HYPHEN = 0x2d;
/** French subject pronouns glued to a verb by a hyphen (`dit-il`, `a-t-elle`), lower case. */
const GLUED_PRONOUNS: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on']);

/** Whether a glued pronoun (`il`, `t-elle`) starts at `at`: one of the pronouns, no letter after it. */
function gluedPronounAt(text: string, at: number): boolean {
  if (foldCase(text.slice(at, at + 2)) === 't-' && gluedPronounAt(text, at + 2)) return true;
  let end = at;
  while (end < text.length && (classAt(text, end) & LETTER) !== 0) end += widthAt(text, end);
  return GLUED_PRONOUNS.has(foldCase(text.slice(at, end)));
}

/** A cue verb's end: no letter or digit, and no hyphenated word (`so-called`) unless a pronoun is glued on (`dit-elle`). */
function endsCue(text: string, end: number): boolean {
  if ((classAt(text, end) & (LETTER | NUMBER)) !== 0) return false;
  if (text.charCodeAt(end) !== HYPHEN || (classAt(text, end + 1) & LETTER) === 0) return true;
  return gluedPronounAt(text, end + 1);
}

/** The end of the cue verb starting at a word start, in any case, or `undefined`: not after a hyphen, see {@link endsCue}. */
function cueEndAt(text: string, start: number): number | undefined {
  if (text.charCodeAt(start - 1) === HYPHEN) return undefined;
  for (const end of phraseEndsAt(anyCase(), text, start)) if (endsCue(text, end)) return end;
  return undefined;
}

/** Whether the word at `start` is capitalised after a capitalised word (`the United States`): a name's word, no verb. */
function inName(text: string, start: number): boolean {
  if ((classAt(text, start) & UPPER) === 0 || text.charAt(start - 1) !== ' ') return false;
  let index = start - 1;
  while (index > 0 && (classBefore(text, index) & LETTER) !== 0) index -= widthBefore(text, index);
  return index < start - 1 && (classAt(text, index) & UPPER) !== 0;
}

/**
 * The cue verbs of a text in order, as a global regular expression would find them (a verb's words are not read
 * again as the start of another).
 *
 * @param text - the words before a quotation
 * @returns each verb, in any case, that is no part of a hyphenated word
 */
export function cueVerbsIn(text: string): VerbMatch[] {
  const found: VerbMatch[] = [];
  let start = nextWordStart(text, 0);
  while (start !== undefined) {
    const end = inName(text, start) ? undefined : cueEndAt(text, start);
    if (end !== undefined) found.push({ index: start, text: text.slice(start, end) });
    start = nextWordStart(text, end ?? wordEnd(text, start));
  }
  return found;
}

/**
 * How far into the words after a quotation its cue verb may start (the subject: `Sen. Ted Cruz, R-Texas,`), and how
 * much after the verb is read (its object, or an inverted subject: `said Lavrov`): code points of one line.
 */
const SUBJECT_SPAN = /.{0,60}/uy;
const OBJECT_SPAN = /.{0,120}/uy;
/** Spaces, colons, commas and hyphens between a cue verb and its object. */
const BEFORE_OBJECT = /[\s:,-]*/y;

/** The offset after what a sticky pattern matches at `from` (each of these matches, if only the empty string). */
function matchEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return from + (pattern.exec(text)?.[0].length ?? 0);
}

/** The cue after a quotation: the words before its verb, and up to 120 code points after it. */
export interface CueAfter {
  /** The words before the verb (empty when the verb comes first). */
  readonly subject: string;
  /** What follows the verb, past spaces, colons, commas and hyphens, to the end of the line. */
  readonly object: string;
}

/**
 * The first cue verb within the first 60 code points of one line after a quotation.
 *
 * @param after - the words after a quotation, to its sentence's end
 * @returns the words around the verb, or `undefined` when no verb starts early enough
 */
export function cueAfter(after: string): CueAfter | undefined {
  const limit = matchEnd(SUBJECT_SPAN, after, 0);
  for (let start = nextWordStart(after, 0); start !== undefined && start <= limit; start = nextWordStart(after, wordEnd(after, start))) {
    const end = cueEndAt(after, start);
    if (end === undefined) continue;
    const from = matchEnd(BEFORE_OBJECT, after, end);
    return { subject: after.slice(0, start), object: after.slice(from, matchEnd(OBJECT_SPAN, after, from)) };
  }
  return undefined;
}

/** How far into the words after a quotation a verb after an apposition may start (UTF-16 units): `“…,” Jane Roe, a historian at …, said`. */
const APPOSITIVE_REACH = 240;
/** How many commas a name's apposition holds at most (`NAME, Republican of Bend, Ore., said`). */
const MAX_APPOSITIVE_COMMAS = 4;

/**
 * The cue after a quotation whose speaker's name is followed by a long apposition (`“…,” Jane Roe, the former
 * governor and a candidate for the Senate in the state, told reporters`): a comma within {@link cueAfter}'s reach
 * after the quote, and a speech verb right after one of the next commas (whether the words before it are the verb's
 * subject is for the caller to judge).
 *
 * @param after - the words after a quotation, to its sentence's end
 * @returns the words around the verb, or `undefined`
 */
export function cueAfterAppositive(after: string): CueAfter | undefined {
  let comma = after.indexOf(', ');
  if (comma < 0 || comma >= matchEnd(SUBJECT_SPAN, after, 0)) return undefined;
  for (let count = 0; count < MAX_APPOSITIVE_COMMAS; count++) {
    comma = after.indexOf(', ', comma + 2);
    if (comma < 0 || comma > APPOSITIVE_REACH) return undefined;
    const start = comma + 2;
    const end = cueEndAt(after, start);
    if (end === undefined) continue;
    const from = matchEnd(BEFORE_OBJECT, after, end);
    return { subject: after.slice(0, start), object: after.slice(from, matchEnd(OBJECT_SPAN, after, from)) };
  }
  return undefined;
}

/** A name beside a speech verb. */
export interface NameByVerb {
  /** Where the match starts: the name before the verb, or the verb before the name. */
  readonly index: number;
  /** The capitalised word (`Cuban`). */
  readonly name: string;
  /** `true` for a name before the verb (`Cuban said`), `false` for one after it (`said Cuban`). */
  readonly before: boolean;
}

/** Whether the code point at `index` may stand in a name word (`[\p{L}\p{M}'’-]`). */
const isNameUnit = (text: string, index: number): boolean =>
  index < text.length && ((classAt(text, index) & (LETTER | MARK)) !== 0 || "'’-".includes(text.charAt(index)));

/** The capitalised word (`\p{Lu}[\p{L}\p{M}'’-]*`, the whole run) that ends at `end`, with its start. */
function nameEndingAt(text: string, end: number): { readonly start: number; readonly name: string } | undefined {
  let start = end;
  while (start > 0 && isNameUnit(text, start - widthBefore(text, start))) start -= widthBefore(text, start);
  return start < end && (classAt(text, start) & UPPER) !== 0 ? { start, name: text.slice(start, end) } : undefined;
}

/** The longest code-point count of the letters after a party tag's capital (`R-Texas`: `exas`). */
const PARTY_TAG_LETTERS = 12;

/** Where a party tag (`,? \(?[RDI]-\p{Lu}[\p{L}.]{0,12}\)?,?`: ` (R-Texas)`, `, D-Calif.,`) that ends at `end` starts. */
function partyTagBefore(text: string, end: number): number | undefined {
  let index = end;
  if (text.charAt(index - 1) === ',') index -= 1;
  if (text.charAt(index - 1) === ')') index -= 1;
  let letters = 0;
  while (index > 0 && ((classBefore(text, index) & LETTER) !== 0 || text.charAt(index - 1) === '.')) {
    index -= widthBefore(text, index);
    letters += 1;
  }
  // The capital opens the run (a hyphen, no letter, stands before it).
  if (letters === 0 || letters > PARTY_TAG_LETTERS + 1 || (classAt(text, index) & UPPER) === 0) return undefined;
  if (index < 2 || text.charAt(index - 1) !== '-' || !'RDI'.includes(text.charAt(index - 2))) return undefined;
  index -= 2;
  if (text.charAt(index - 1) === '(') index -= 1;
  if (text.charAt(index - 1) !== ' ') return undefined;
  index -= 1;
  return text.charAt(index - 1) === ',' ? index - 1 : index;
}

/** Words after `said NAME` that end the name's clause (`said Cuban on Monday`, `said Cuban, who …`). */
const CLAUSE_AFTER_NAME: ReadonlySet<string> = new Set(
  'on in at of during after from with who when while as by last this earlier later recently'.split(' '),
);

/** The capitalised word right after a verb that ends at `end` (`said Cuban,`), when its clause ends after it. */
function nameAfterVerb(text: string, end: number): string | undefined {
  const start = end + 1;
  if (text.charAt(end) !== ' ' || (classAt(text, start) & UPPER) === 0) return undefined;
  let index = start + widthAt(text, start);
  while (isNameUnit(text, index)) index += widthAt(text, index);
  if (index === text.length || ',.;:!?)'.includes(text.charAt(index))) return text.slice(start, index);
  if (text.charAt(index) !== ' ') return undefined;
  let wordAfter = index + 1;
  if ((classAt(text, wordAfter) & UPPER) !== 0) return text.slice(start, index);
  while (wordAfter < text.length && (classAt(text, wordAfter) & LETTER) !== 0) wordAfter += widthAt(text, wordAfter);
  return CLAUSE_AFTER_NAME.has(text.slice(index + 1, wordAfter)) ? text.slice(start, index) : undefined;
}

/** Whether a verb at `start` opens its clause (`(?<=^|, |[”"»] )`): at the start, after a comma or a closing quote. */
function opensClause(text: string, start: number): boolean {
  if (start === 0) return true;
  return start >= 2 && text.charAt(start - 1) === ' ' && (text.charAt(start - 2) === ',' || '”"»'.includes(text.charAt(start - 2)));
}

/**
 * The first capitalised word beside a speech verb as written (lower case): right before it (`Cuban said`,
 * `Stovall, 64, said` is not, `Cruz (R-Texas) said`), or right after one at the start of a clause (`said Cuban`,
 * but not `told Reuters`, nor the subject of a reported clause: `says Libya is …`).
 *
 * @param sentence - one sentence
 * @returns the word and where its match starts, or `undefined`
 */
export function nameByVerb(sentence: string): NameByVerb | undefined {
  let found: NameByVerb | undefined;
  for (let start = nextWordStart(sentence, 0); start !== undefined; start = nextWordStart(sentence, wordEnd(sentence, start))) {
    if (sentence.charAt(start - 1) === ' ' && phraseEndsAt(asWritten(), sentence, start).length > 0) {
      const tag = partyTagBefore(sentence, start - 1);
      const name = (tag === undefined ? undefined : nameEndingAt(sentence, tag)) ?? nameEndingAt(sentence, start - 1);
      if (name !== undefined && (found === undefined || name.start < found.index)) found = { index: name.start, name: name.name, before: true };
    }
    if (found !== undefined && found.index <= start) continue;
    if (!opensClause(sentence, start)) continue;
    for (const end of phraseEndsAt(beforeSpeaker(), sentence, start)) {
      const name = nameAfterVerb(sentence, end);
      if (name === undefined) continue;
      found = { index: start, name, before: false };
      break;
    }
  }
  return found;
}
