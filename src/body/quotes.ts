import type { Block, Quote } from '../model/article';
import { type KnownPerson, resolvePerson } from '../people/mentions';
import { findQuoteSpans } from './quote-spans';
import { attributeQuote, sentenceSubject } from './speakers';
import { lazyLowerCaseWords } from '../text/vocabulary';

/**
 * Collecting the quotations of a body, with speakers resolved to full names.
 * @module
 */

/** Whether a mention names someone the article introduced with a full name (not a place or a thing). */
function isKnownPerson(mention: string, people: readonly KnownPerson[]): boolean {
  const tokens = mention.split(' ');
  return people.some((person) => tokens.every((token) => person.tokens.includes(token)));
}

/**
 * Finds every quotation in the body's paragraphs and quote blocks, attributes it, and resolves speakers to the
 * fullest name the article introduced. A speaker carried by a pronoun (“…,” he added) is the last named speaker.
 *
 * @param blocks - the body
 * @param people - the people the article introduced
 * @returns the quotes in reading order
 */
export function extractQuotes(blocks: readonly Block[], people: readonly KnownPerson[]): Quote[] {
  const commonWords = lazyLowerCaseWords(blocks.map((block) => block.text));
  const quotes: Quote[] = [];
  const recent: string[] = [];
  const remember = (name: string): void => {
    const at = recent.indexOf(name);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(name);
  };
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading') continue;
    const spans = findQuoteSpans(block.text);
    // A paragraph that opens with a person (`Senator James Lankford … played down the threat.`) makes them the one
    // a following "he said" or an unattributed quote refers to.
    const opening = spans[0] === undefined || spans[0].start > 0 ? sentenceSubject(block.text, commonWords) : undefined;
    if (opening !== undefined && isKnownPerson(opening, people)) remember(resolvePerson(opening, people, recent));
    let sentenceSpeaker: string | undefined;
    for (const span of spans) {
      const attribution = attributeQuote(block.text, span, spans, commonWords);
      let speaker: string | undefined;
      if (attribution.kind === 'name') speaker = resolvePerson(attribution.name, people, recent);
      else if (attribution.kind === 'previous') speaker = sentenceSpeaker ?? recent[0];
      if (speaker !== undefined) {
        sentenceSpeaker = speaker;
        remember(speaker);
      }
      const kind = block.type === 'quote' ? 'block' : span.kind;
      quotes.push(speaker === undefined ? { text: span.text, block: index, kind } : { text: span.text, speaker, block: index, kind });
    }
    if (block.type === 'quote' && spans.length === 0) quotes.push({ text: block.text, block: index, kind: 'block' });
  }
  return quotes;
}
