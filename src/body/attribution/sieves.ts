import type { QuoteSpan } from '../quote-spans';
import type { Sieve } from '../speakers';
import { hasSpeechVerb } from './speech-verbs';

/**
 * The paragraph-level sieves of quote attribution, run after the adjacent and sentence sieves have had their say:
 * a paragraph with one speaker gives it to its other quotes; a quote-only paragraph continues the speaker of the
 * quote before it.
 * @module
 */

/**
 * One quote's attribution so far. A sieve that gives a speaker replaces the entry (never changes it in place), so
 * the quotes still without one share {@link UNATTRIBUTED} or {@link GROUP_CUE}: a paragraph of a million quotes
 * holds no object per quote for them.
 */
export interface SpanSpeaker {
  /** The resolved speaker, when a sieve found one. */
  readonly speaker?: string;
  /** The sieve that found it. */
  readonly sieve?: Sieve;
  /** `true` when the cue named a group or a thing (`they said`): no later sieve gives a speaker. */
  readonly final?: true;
}

/** The entry of a quote no sieve has given a speaker yet. */
export const UNATTRIBUTED: SpanSpeaker = {};
/** The entry of a quote whose cue named a group or a thing: no sieve gives it a speaker. */
export const GROUP_CUE: SpanSpeaker = { final: true };

/**
 * The text of a paragraph outside its quotations, one space where each stood (joined once: a paragraph of a
 * million quotes builds no chain of a million partial strings).
 */
export function textOutside(paragraph: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return paragraph;
  // (one quotation, the most common paragraph: two pieces joined without an array)
  if (spans.length === 1) return `${paragraph.slice(0, spans[0]?.start)} ${paragraph.slice(spans[0]?.end)}`;
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(paragraph.slice(from, span.start));
    from = span.end;
  }
  parts.push(paragraph.slice(from));
  return parts.join(' ');
}

/**
 * Whether a paragraph is quotations only, with nothing but punctuation outside them.
 * @param outside - the paragraph's {@link textOutside} its quotations (made once for the paragraph's sieves)
 */
export function isQuoteOnly(outside: string, spans: readonly QuoteSpan[]): boolean {
  return spans.length > 0 && !/[\p{L}\p{N}]/u.test(outside);
}

/**
 * Whether a quotation is a sentence of its own: nothing of its sentence stands before or after it.
 * @param short - also a short statement (`“Big time.”`), not only a `direct` quote
 */
export function standsAlone(paragraph: string, span: QuoteSpan, short = false): boolean {
  const before = paragraph.slice(Math.max(0, span.start - 3), span.start).trimEnd();
  const after = paragraph.slice(span.end, span.end + 3).trimStart();
  const statement = short ? isStatement(paragraph, span) : span.kind === 'direct';
  return statement && (before.length === 0 || /[.!?:]$/u.test(before)) && (after.length === 0 || /^[\p{Lu}“"«„']/u.test(after));
}

/**
 * Whether a quotation is a statement: `direct`, or a short sentence of its own (`… Bouhlel said. “Bodies everywhere.”`),
 * capitalised and closed by its own full stop, with a sentence end or nothing before it.
 */
export function isStatement(paragraph: string, span: QuoteSpan): boolean {
  if (span.kind === 'direct') return true;
  const before = paragraph.slice(Math.max(0, span.start - 3), span.start).trimEnd();
  return /^[([]?\p{Lu}.*[.!?…]$/u.test(span.text) && (before.length === 0 || /[.!?:]$/u.test(before));
}

/**
 * Sieve (c): the quotes of a paragraph left without a speaker take the paragraph's speaker — the one speaker its
 * other quotes were given, or else the one person it names as the subject of a speech verb.
 *
 * @param paragraph - the paragraph
 * @param spans - its quotations
 * @param speakers - their attribution so far (replaced in place)
 * @param mentions - the people the paragraph names as sentence subjects, with where, in order
 * @param outside - the paragraph's {@link textOutside} its quotations
 */
export function paragraphSieve(paragraph: string, spans: readonly QuoteSpan[], speakers: SpanSpeaker[], mentions: readonly Mention[], outside: string): void {
  if (speakers.every((entry) => entry.speaker !== undefined || entry.final)) return;
  // (no set or array made per paragraph: only whether one name, or several, is given)
  const named = onlyName(speakers);
  let speaker = named ?? undefined;
  if (named === undefined) {
    const subject = onlyName(mentions);
    // One person named, and a speech verb, or a statement standing as its own sentence after them.
    if (typeof subject === 'string' && (hasSpeechVerb(outside) || spans.some((span, index) => speakers[index]?.final !== true && standsAlone(paragraph, span)))) speaker = subject;
  }
  if (speaker === undefined) {
    nearestSpeaker(paragraph, spans, speakers, mentions);
    return;
  }
  // A fragment (`a possible “logistics triangle”`) may be a scare quote or a title: only statements take the paragraph's speaker.
  for (const [index, entry] of speakers.entries()) {
    const span = spans[index];
    if (entry.speaker !== undefined || entry.final || span === undefined || !isStatement(paragraph, span)) continue;
    speakers[index] = { speaker, sieve: 'paragraph' };
  }
}

/**
 * The one name some entries give (their `speaker` or `name`; entries without one passed over): `undefined` when none
 * gives one, `null` when they give two or more different names.
 *
 * @param entries - quotes' attributions, or mentions
 * @returns the name, `null` or `undefined`
 */
export function onlyName(entries: readonly { readonly speaker?: string; readonly name?: string }[]): string | null | undefined {
  let found: string | undefined;
  for (const entry of entries) {
    const name = entry.speaker ?? entry.name;
    if (name === undefined || name === found) continue;
    if (found !== undefined) return null;
    found = name;
  }
  return found;
}

/** A person a paragraph names as a sentence subject, and where. */
export interface Mention {
  /** Offset in the paragraph. */
  readonly at: number;
  /** The person's full name. */
  readonly name: string;
}

/**
 * Sieve (c) in a paragraph of several speakers: a statement standing as its own sentence takes the speaker of the
 * nearest attributed quote before it when no one else is named between them (`“…,” Lee said. “…” Hart said: “…”`).
 */
function nearestSpeaker(paragraph: string, spans: readonly QuoteSpan[], speakers: SpanSpeaker[], mentions: readonly Mention[]): void {
  let previous: { speaker: string; end: number } | undefined;
  let next = 0;
  for (const [index, found] of speakers.entries()) {
    const span = spans[index];
    if (span === undefined) continue;
    for (; next < mentions.length && (mentions[next]?.at ?? 0) < span.start; next++) {
      if (previous !== undefined && (mentions[next]?.at ?? 0) > previous.end && mentions[next]?.name !== previous.speaker) previous = undefined;
    }
    let entry = found;
    if (entry.speaker === undefined && !entry.final && previous !== undefined && standsAlone(paragraph, span, true)) {
      entry = { speaker: previous.speaker, sieve: 'paragraph' };
      speakers[index] = entry;
    }
    previous = entry.speaker === undefined ? (entry.final ? undefined : previous) : { speaker: entry.speaker, end: span.end };
  }
}

/**
 * Sieve (d): a paragraph of quotations only, after a paragraph whose last quote has a speaker, continues that
 * speaker (the news convention for a long statement), as does a paragraph that reopens a quotation left open.
 *
 * @param spans - the paragraph's quotations
 * @param speakers - their attribution so far (replaced in place)
 * @param previous - the speaker of the last quote of the paragraph before, and whether that quote ran on
 * @param quoteOnly - whether the paragraph is quotations only ({@link isQuoteOnly})
 */
export function continuationSieve(
  spans: readonly QuoteSpan[],
  speakers: SpanSpeaker[],
  previous: { readonly speaker: string; readonly open: boolean } | undefined,
  quoteOnly: boolean,
): void {
  if (previous === undefined) return;
  const first = spans[0];
  const reopens = previous.open && first !== undefined && first.start === 0;
  if (!reopens && !quoteOnly) return;
  for (const [index, entry] of (quoteOnly ? speakers : speakers.slice(0, 1)).entries()) {
    if (entry.speaker === undefined && !entry.final) speakers[index] = { speaker: previous.speaker, sieve: 'continuation' };
  }
}

/** Whether a quote's text ends its own sentence (`“… a liar.” However, …`): it ends with a stop and a capital or nothing follows. */
function closesOwnSentence(paragraph: string, span: QuoteSpan): boolean {
  return /[.!?…]$/u.test(span.text) && /^\s*(?:$|[\p{Lu}“"«„'])/u.test(paragraph.slice(span.end, span.end + 3));
}

/**
 * Sieve (b) across quotes: a quote left without a speaker takes the speaker of the next quote of its sentence when
 * no speech verb stands between them (`The “opt out” movement is about “…,” Wilcox said.`): the words before an
 * attribution are its speaker's.
 *
 * @param paragraph - the paragraph
 * @param spans - its quotations
 * @param speakers - their attribution so far (replaced in place)
 */
export function sharedSentenceSieve(paragraph: string, spans: readonly QuoteSpan[], speakers: SpanSpeaker[]): void {
  for (let index = spans.length - 2; index >= 0; index--) {
    const entry = speakers[index];
    const next = speakers[index + 1];
    const span = spans[index];
    const nextSpan = spans[index + 1];
    if (entry === undefined || next?.speaker === undefined || span === undefined || nextSpan === undefined) continue;
    if (entry.speaker !== undefined || entry.final) continue;
    const between = paragraph.slice(span.end, nextSpan.start);
    // (a colon opens the next quote's own cue: `“Title,” by NAME: “…”`)
    if (closesOwnSentence(paragraph, span) || /[.!?]\s|:/u.test(between) || hasSpeechVerb(between)) continue;
    speakers[index] = { speaker: next.speaker, sieve: 'sentence' };
  }
}

/** How many words a sentence may hold before a fragment that continues the last speaker (`Instead, “…”`), at most. */
const MAX_CONTINUING_WORDS = 8;

/**
 * Sieve (c) for fragments: a quote left without a speaker, in a sentence after an attributed quote of the same
 * paragraph, takes that quote's speaker when its own sentence opens with a few lower-case words only, names no one
 * and has no speech verb (`“…,” Lee said. Instead, “he just acts like a defeated man.”`).
 *
 * @param paragraph - the paragraph
 * @param spans - its quotations
 * @param speakers - their attribution so far (replaced in place)
 * @param mentions - the people the paragraph names as sentence subjects, with where, in order
 */
export function continuingFragmentSieve(paragraph: string, spans: readonly QuoteSpan[], speakers: SpanSpeaker[], mentions: readonly Mention[]): void {
  let previous: { speaker: string; end: number; closes: boolean } | undefined;
  // Mentions, sentence stops and quotes come in order and the previous speaker's quote ends further on each time, so
  // cursors serve every quote (no rescan from the start or from that quote): one over the mentions, with whether one
  // after that quote named someone else; one over the stops (found once, when a fragment first needs them), at the
  // last stop before the quote; and whether the words after that stop already rule a fragment out, which more words
  // of the same sentence cannot undo.
  let cursor = 0;
  let named = false;
  let stops: readonly SentenceStop[] | undefined;
  let stop = 0;
  let ruledOut = false;
  for (const [index, found] of speakers.entries()) {
    const span = spans[index];
    if (span === undefined) continue;
    let entry = found;
    if (entry.speaker === undefined && !entry.final && previous !== undefined) {
      for (; cursor < mentions.length && (mentions[cursor]?.at ?? 0) < span.start; cursor++) {
        const mention = mentions[cursor];
        if (mention !== undefined && mention.at >= previous.end && mention.name !== previous.speaker) named = true;
      }
      stops ??= sentenceStops(paragraph);
      const sentence = stop;
      for (; stop < stops.length && (stops[stop]?.at ?? 0) < previous.end; stop++);
      // The fragment's sentence opens at the last stop after the attributed quote and before this quote
      // (`said Jane A. Roe, head of policy. Now, “…”`), or right after that quote when it ends with its own stop.
      for (; stop + 1 < stops.length && (stops[stop + 1]?.capital ?? span.start) < span.start; stop++);
      if (stop !== sentence) ruledOut = false;
      const stopCapital = stops[stop]?.capital ?? span.start;
      const capital = stopCapital < span.start ? stopCapital : previous.closes && /^\s+\p{Lu}/u.test(paragraph.slice(previous.end, span.start)) ? previous.end : span.start;
      const opening: FragmentOpening | undefined = named || ruledOut || capital >= span.start ? undefined : fragmentOpening(paragraph.slice(capital, span.start).trim());
      if (opening === 'continues') {
        entry = { speaker: previous.speaker, sieve: 'paragraph' };
        speakers[index] = entry;
      }
      if (opening === 'never') ruledOut = true;
    }
    if (entry.speaker !== undefined) {
      previous = { speaker: entry.speaker, end: span.end, closes: /[.!?…]$/u.test(span.text) };
      named = false;
      ruledOut = false;
    }
    else if (entry.final) previous = undefined;
  }
}

/** A sentence stop (`.`, `!` or `?`, a closing mark, spaces) before a capital. */
const SENTENCE_STOP = /[.!?]["”»]?\s+(?=\p{Lu})/gu;

/** Where a sentence stop starts, and where the capital after it stands. */
interface SentenceStop {
  readonly at: number;
  readonly capital: number;
}

/** The sentence stops of a paragraph, in order (one pass: stops cannot overlap). */
function sentenceStops(paragraph: string): SentenceStop[] {
  return Array.from(paragraph.matchAll(SENTENCE_STOP), (match) => ({ at: match.index, capital: match.index + match[0].length }));
}

/** What the words before a fragment say of it: see {@link fragmentOpening}. */
type FragmentOpening = 'continues' | 'never' | 'speech';

/**
 * What the words of a fragment's sentence before it say (from the capital that opens it): `continues` when they are
 * a few words with no speech verb (`Now, “…”`, `For older voters, on the other hand, “…”`; whom they name the caller
 * checks); `never` when they are too many (more words after them cannot undo that); `speech` when they hold a speech
 * verb.
 */
function fragmentOpening(opening: string): FragmentOpening {
  const words = opening.length === 0 ? [] : opening.split(/\s+/u);
  if (words.length > MAX_CONTINUING_WORDS) return 'never';
  return hasSpeechVerb(opening) ? 'speech' : 'continues';
}
