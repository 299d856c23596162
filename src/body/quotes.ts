import type { Block, Quote } from '../model/article';
import { type KnownPerson, resolvePerson } from '../people/mentions';
import { type QuoteSpan, findQuoteSpans } from './quote-spans';
import { type QuoteReading, readQuotes } from './quote-sentences';
import { type Sieve, attributeQuote } from './speakers';
import { type WordLookup, lazyLowerCaseWords } from '../text/vocabulary';
import { createDiscourse, isPersonLike, personOf, remember, resolveReference } from './attribution/discourse';
import { type SubjectEvent, applyEvent, subjectEvents } from './attribution/subject-events';
import { learnArticleGenders } from './attribution/genders';
import { isBodyEntity, properNouns, thingNames } from './attribution/entities';
import { GROUP_CUE, type Mention, type SpanSpeaker, UNATTRIBUTED, continuationSieve, continuingFragmentSieve, isQuoteOnly, paragraphSieve, sharedSentenceSieve, textOutside } from './attribution/sieves';
import { nameAfter } from './speaker-names';

/**
 * Collecting the quotations of a body and attributing them by ordered sieves — adjacent cue, sentence cue,
 * paragraph speaker, continuation, none — with speakers resolved to the entities the body introduces.
 * @module
 */

/** The quotes of a body with, for each, the sieve that gave its speaker (for evaluation). */
export interface AttributedQuotes {
  /** The quotes in reading order. */
  readonly quotes: Quote[];
  /** Per quote, the sieve that attributed it (`undefined` when it has no speaker). */
  readonly sieves: (Sieve | undefined)[];
}

/** The people an article introduced, or what finds them in the blocks' texts (called only when the body holds a quote). */
export type IntroducedPeople = readonly KnownPerson[] | ((texts: readonly string[]) => readonly KnownPerson[]);

/**
 * Finds every quotation in the body's paragraphs and quote blocks and attributes it by ordered sieves.
 *
 * @param blocks - the body
 * @param introduced - the people the article introduced, or what finds them in the blocks' texts (called only when
 *   the body holds a quote)
 * @returns the quotes in reading order, with the sieve of each
 */
export function attributeQuotes(blocks: readonly Block[], introduced: IntroducedPeople): AttributedQuotes {
  // Each block's quotations, and one past the last block that gives a quote (a quote block, or a paragraph with a
  // quotation), in one pass by index: blocks after it only feed the discourse of the blocks after them, and none is read.
  const blockSpans = new Array<QuoteSpan[]>(blocks.length);
  let end = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const spans = block.type === 'heading' ? [] : findQuoteSpans(block.text);
    blockSpans[index] = spans;
    if (block.type === 'quote' || spans.length > 0) end = index + 1;
  }
  if (end === 0) return { quotes: [], sieves: [] };
  const texts = blocks.map((block) => block.text);
  const commonWords = lazyLowerCaseWords(texts);
  const nouns = properNouns(texts);
  const people = withoutOpeners(typeof introduced === 'function' ? introduced(texts) : introduced, commonWords);
  const discourse = createDiscourse(people, commonWords, nouns, thingNames(texts));
  learnArticleGenders(discourse, texts, blockSpans);
  const quotes: Quote[] = [];
  const sieves: (Sieve | undefined)[] = [];
  let previous: { speaker: string; open: boolean } | undefined;
  for (const [index, block] of blocks.entries()) {
    if (index >= end) break;
    if (block.type === 'heading') continue;
    const spans = blockSpans[index] ?? [];
    const events = subjectEvents(discourse, block.text, spans);
    let next = 0;
    // (made once for the paragraph's quotes: where they stand, how far its sentence ends were read; none without quotes)
    const reading = spans.length === 0 ? undefined : readQuotes(block.text, spans);
    const speakers: SpanSpeaker[] =
      reading === undefined
        ? []
        : spans.map((span) => {
            for (; next < events.length && (events[next]?.at ?? 0) < span.start; next++) applyEvent(discourse, events[next]);
            const entry = attribute(reading, span);
            if (entry.speaker !== undefined) remember(discourse, entry.speaker);
            return entry;
          });
    for (; next < events.length; next++) applyEvent(discourse, events[next]);
    sharedSentenceSieve(block.text, spans, speakers);
    // (the events that name someone are the mentions: no copy of each)
    const mentions = events.filter((event): event is SubjectEvent & Mention => event.name !== undefined);
    // (the text outside the quotations, made once for the sieves that read it: the paragraph itself without quotes)
    const outside = textOutside(block.text, spans);
    paragraphSieve(block.text, spans, speakers, mentions, outside);
    // (a name inside an attribution's words, `said NAME, a Republican strategist.`, is no new subject)
    continuingFragmentSieve(block.text, spans, speakers, mentions.filter((event) => event.inside !== true));
    const quoteOnly = isQuoteOnly(outside, spans);
    const credited = quoteOnly ? creditedName(blocks, index + 1, commonWords) : undefined;
    if (credited !== undefined) creditSieve(credited, speakers);
    continuationSieve(spans, speakers, previous, quoteOnly);
    const last = spans[spans.length - 1];
    const lastSpeaker = speakers[speakers.length - 1]?.speaker;
    // The next paragraph continues this one's last speaker only when no one else was named after the quote.
    const namedAfter = last !== undefined && events.some((event) => event.name !== undefined && event.name !== lastSpeaker && event.at > last.end);
    // A paragraph without quotes that names a speaker (`Hori Parata, an elder, said the whales …`) introduces the
    // speaker of a quote-only paragraph after it; one that names another person ends the previous speaker's turn.
    const lastSubject = events.reduce<SubjectEvent | undefined>((found, event) => (event.name === undefined ? found : event), undefined);
    if (spans.length === 0 && lastSubject?.name !== undefined) {
      if (lastSubject.speaks === true) previous = { speaker: lastSubject.name, open: false };
      else if (discourse.persons.has(lastSubject.name) && lastSubject.name.split(' ').pop() !== previous?.speaker.split(' ').pop()) previous = undefined;
    }
    else if (spans.length > 0) previous = last !== undefined && lastSpeaker !== undefined && !namedAfter ? { speaker: lastSpeaker, open: last.open } : undefined;
    // Each span is let go once its quote is made: a paragraph of a million quotes does not hold both at once.
    const held: (QuoteSpan | undefined)[] = spans;
    for (const [position, span] of spans.entries()) {
      const { speaker, sieve } = speakers[position] ?? UNATTRIBUTED;
      const kind = block.type === 'quote' ? 'block' : span.kind;
      quotes.push(speaker === undefined ? { text: span.text, block: index, kind } : { text: span.text, speaker, block: index, kind });
      sieves.push(speaker === undefined ? undefined : sieve);
      held[position] = undefined;
    }
    if (block.type === 'quote' && spans.length === 0) {
      quotes.push({ text: block.text, block: index, kind: 'block' });
      sieves.push(undefined);
    }
  }
  return { quotes, sieves };

  /** The adjacent and sentence sieves for one quote, resolved to an entity of the body. */
  function attribute(reading: QuoteReading, span: QuoteSpan): SpanSpeaker {
    const attribution = attributeQuote(reading, span, commonWords);
    if (attribution.kind === 'none') return attribution.final ? GROUP_CUE : UNATTRIBUTED;
    return resolved(attribution.kind === 'name' ? attribution.name : undefined, attribution.kind === 'name' ? '' : attribution.words, attribution.sieve);
  }

  /** A name (or else a reference's words) resolved to an entity of the body, as the speaker a sieve found. */
  function resolved(name: string | undefined, words: string, sieve: Sieve): SpanSpeaker {
    // A name resolves to the first person introduced with that surname (`Parata` → `Hori Parata`, not a relative introduced later).
    const speaker = name === undefined ? resolveReference(discourse, words) : (personOf(discourse, name.split(' '))?.name ?? resolvePerson(name, people, discourse.recent));
    if (speaker === undefined || !isBodyEntity(speaker, discourse, nouns)) return UNATTRIBUTED;
    // (a person already is one: not judged again)
    if (name !== undefined && !discourse.persons.has(speaker) && isPersonLike(discourse, speaker)) discourse.persons.add(speaker);
    return { speaker, sieve };
  }

  /** Sieve (a) for a quote-only paragraph credited by the line after it: its quotes left without a speaker take that name. */
  function creditSieve(name: string, speakers: SpanSpeaker[]): void {
    const { speaker } = resolved(name, '', 'adjacent');
    if (speaker === undefined) return;
    for (const [index, entry] of speakers.entries()) if (entry.speaker === undefined && !entry.final) speakers[index] = { speaker, sieve: 'adjacent' };
  }
}

/** How long a credit line (`- Jane Roe, Springfield.`) is at most, in UTF-16 units. */
const MAX_CREDIT_LENGTH = 80;
/** A credit line's dash (hyphen, en or em dash) before a capital. */
const CREDIT_DASH = /^[-–—]\s?(?=\p{Lu})/u;

/**
 * The name of a credit line, the block after a quotation that says whose it is (`- Bernie Sanders.`,
 * `—Jane Roe, a voter in Ohio.`): a short paragraph opening with a dash and a name, or the same line read as a
 * list of one item (its dash taken for a bullet).
 */
function creditedName(blocks: readonly Block[], index: number, commonWords: WordLookup): string | undefined {
  const block = blocks[index];
  if (block === undefined || block.text.length > MAX_CREDIT_LENGTH) return undefined;
  const dash = block.type === 'paragraph' ? CREDIT_DASH.exec(block.text)?.[0].length : undefined;
  const lone = block.type === 'list-item' && blocks[index + 1]?.type !== 'list-item' && /^\p{Lu}.*\.$/u.test(block.text);
  if (dash === undefined && !lone) return undefined;
  return nameAfter(block.text.slice(dash ?? 0), commonWords);
}

/**
 * The people with any sentence-opening word dropped from the front of their names (`Certainly Donald Trump` →
 * `Donald Trump`): a leading word the article also writes in lower case is no name word, while two words remain.
 */
function withoutOpeners(people: readonly KnownPerson[], commonWords: WordLookup): KnownPerson[] {
  const seen = new Set<string>();
  const cleaned: KnownPerson[] = [];
  for (const person of people) {
    let tokens = person.tokens;
    while (tokens.length > 2 && commonWords.has((tokens[0] ?? '').toLowerCase())) tokens = tokens.slice(1);
    const name = tokens.join(' ');
    if (seen.has(name)) continue;
    seen.add(name);
    cleaned.push(tokens === person.tokens ? person : { name, tokens });
  }
  return cleaned;
}

/**
 * Finds every quotation in the body's paragraphs and quote blocks, attributes it, and resolves speakers to the
 * fullest name the article introduced. A speaker carried by a pronoun (“…,” he added) is the most recent compatible
 * person.
 *
 * @param blocks - the body
 * @param people - the people the article introduced, or what finds them in the blocks' texts (called only when the
 *   body holds a quote)
 * @returns the quotes in reading order
 */
export function extractQuotes(blocks: readonly Block[], people: IntroducedPeople): Quote[] {
  return attributeQuotes(blocks, people).quotes;
}
