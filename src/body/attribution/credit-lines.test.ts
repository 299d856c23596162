import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/article';
import { collectPeople } from '../../people/mentions';
import { attributeQuotes } from '../quotes';
import { findQuoteSpans } from '../quote-spans';
import { isQuoteOnly, textOutside } from './sieves';

/** The speakers of a body's quotes, for blocks given as they are. */
function speakers(blocks: Block[]): (string | undefined)[] {
  return attributeQuotes(blocks, collectPeople(blocks.map((block) => block.text))).quotes.map((quote) => quote.speaker);
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('a credit line after a quote-only paragraph', () => {
  it('gives its name to the quote, as a dashed paragraph or as a list of one item', () => {
    const intro = paragraph('Jane Roe and Tom Hart met voters in Ohio on Monday.');
    const quote = paragraph('“We will build the bridge next year, whatever it costs.”');
    expect(speakers([intro, quote, paragraph('- Jane Roe.')])).toEqual(['Jane Roe']);
    expect(speakers([intro, quote, paragraph('—Hart, Columbus.')])).toEqual(['Tom Hart']);
    expect(speakers([intro, quote, { type: 'list-item', text: 'Hart.' }, paragraph('He was wrong about the cost.')])).toEqual(['Tom Hart']);
  });

  it('leaves a quote alone when the next block is no credit: a list of several items, a long line, a paragraph with text', () => {
    const intro = paragraph('Jane Roe and Tom Hart met voters in Ohio on Monday.');
    const quote = paragraph('“We will build the bridge next year, whatever it costs.”');
    expect(speakers([intro, quote, { type: 'list-item', text: 'Hart.' }, { type: 'list-item', text: 'Roe.' }])).toEqual([undefined]);
    expect(speakers([intro, quote, paragraph('Hart spoke later about the cost of the bridge.')])).toEqual([undefined]);
  });
});

describe('isQuoteOnly', () => {
  it('reads the text outside the quotations it is given', () => {
    const text = '“Yes,” “no.”';
    const spans = findQuoteSpans(text);
    expect(isQuoteOnly(textOutside(text, spans), spans)).toBe(true);
    const said = '“Yes,” she said.';
    expect(isQuoteOnly(textOutside(said, findQuoteSpans(said)), findQuoteSpans(said))).toBe(false);
    expect(isQuoteOnly('', [])).toBe(false);
  });
});

describe('textOutside', () => {
  it('puts one space where each quotation stood, and is the paragraph itself without quotations', () => {
    const text = 'Lee said “yes” and “no” today.';
    expect(textOutside(text, findQuoteSpans(text))).toBe('Lee said   and   today.');
    expect(textOutside('No quotes here.', [])).toBe('No quotes here.');
  });

  it('joins the two sides of a single quotation the same way', () => {
    const text = '“Yes,” she said.';
    expect(textOutside(text, findQuoteSpans(text))).toBe('  she said.');
    const inside = 'Lee said “yes” today.';
    expect(textOutside(inside, findQuoteSpans(inside))).toBe('Lee said   today.');
  });
});
