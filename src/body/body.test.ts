import { describe, expect, it } from 'vitest';
import type { Block } from '../model/article';
import { buildBlocks } from './build-blocks';
import { isTitleCasePhrase, splitLeadingHeading } from './headings';
import { capitalisedRuns, collectPeople, nameTokens, resolvePerson } from '../people/mentions';
import { extractQuotes } from './quotes';
import { findQuoteSpans, quoteKind } from './quote-spans';
import { QUOTE_START, readQuotes, sentenceEnd, sentenceStart } from './quote-sentences';
import { completeRelatedLink, titleFromSlug } from './related-links';
import { findGlueSplits, splitGluedParagraphs } from './split-paragraphs';

describe('splitGluedParagraphs', () => {
  it.each([
    ['in the closing days of World War II.“The Russian Federation', ['in the closing days of World War II.', '“The Russian Federation']],
    ['on Wednesday.The Russian top diplomat', ['on Wednesday.', 'The Russian top diplomat']],
    ['these agreements.”Meeting with Lavrov', ['these agreements.”', 'Meeting with Lavrov']],
    ['Is it important?I work at Voodoo.', ['Is it important?', 'I work at Voodoo.']],
  ])('splits %j', (input, expected) => {
    expect(splitGluedParagraphs(input)).toEqual(expected);
  });

  it('finds the offsets of glued boundaries and splits at them', () => {
    expect(findGlueSplits('It ended.“Next,” he said.At noon the U.S. team left.')).toEqual([9, 25]);
    expect(findGlueSplits('It ended. Then it began.')).toEqual([]);
    expect(splitGluedParagraphs(' It ended.At noon. ', [10])).toEqual(['It ended.', 'At noon.']);
    expect(splitGluedParagraphs('a', [0])).toEqual(['a']);
  });

  it.each([
    'The U.S. Army and the U.K. met.',
    'Growth was 3.5 percent.',
    'Read it on sputnikglobe.com today.',
    'KJ Noh met McDonald about the iPhone.',
    'J.K. Rowling wrote it.',
    'It ended. Then it began.',
  ])('keeps %j whole', (input) => {
    expect(splitGluedParagraphs(input)).toEqual([input]);
  });
});

describe('headings', () => {
  it('splits a title-case heading glued to the next paragraph', () => {
    expect(
      splitLeadingHeading('Russian Counterbalancing of US Belligerence in AsiaCommenting on Lavrov’s DPRK visit, KJ Noh said it was clear.'),
    ).toEqual(['Russian Counterbalancing of US Belligerence in Asia', 'Commenting on Lavrov’s DPRK visit, KJ Noh said it was clear.']);
  });

  it.each([
    'Apple released the iPhone today and people queued for hours in the rain.',
    'We met McDonald at the station and then walked home together slowly.',
    'Mike DuHaime, a strategist, said the vote was the clearest sign yet of a change.',
    'Paula LeBlanc said the vote was the clearest sign yet of a change in the town.',
    'The meeting was long and nobody said anything useful at all.',
  ])('does not split %j', (paragraph) => {
    expect(splitLeadingHeading(paragraph)).toBeUndefined();
  });

  it('recognises title-case phrases', () => {
    expect(isTitleCasePhrase('Russian Counterbalancing of US Belligerence in Asia')).toBe(true);
    expect(isTitleCasePhrase('The meeting was long')).toBe(false);
    expect(isTitleCasePhrase('Hello, World')).toBe(false);
  });

  it('builds one block a chunk, typed, collapsed, the empty ones left out, with no holes', () => {
    const blocks = buildBlocks([
      { text: ' One  paragraph\there. ' },
      { text: '   ' },
      { text: 'A Heading', type: 'heading' },
      { text: 'An item', type: 'list-item' },
      { text: 'x', type: 'paragraph' },
      { text: '' },
    ]);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'One paragraph here.' },
      { type: 'heading', text: 'A Heading' },
      { type: 'list-item', text: 'An item' },
      { type: 'paragraph', text: 'x' },
    ]);
    expect(blocks.length).toBe(4);
    expect(Object.keys(blocks)).toEqual(['0', '1', '2', '3']);
  });

  it('grows the blocks past the number of chunks when chunks split', () => {
    const blocks = buildBlocks([{ text: 'It ended.At noon they left.' }, { text: 'Next Steps For UsThe team met on Monday and agreed on a plan for the year.' }]);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(Object.keys(blocks)).toEqual(['0', '1', '2', '3']);
  });

  it('splits glued paragraphs of a typed paragraph chunk without reading a part as a stand-alone heading', () => {
    expect(buildBlocks([{ text: 'It ended.Next Steps', type: 'paragraph' }, { text: 'It ended.Next Steps' }])).toEqual([
      { type: 'paragraph', text: 'It ended.' },
      { type: 'paragraph', text: 'Next Steps' },
      { type: 'paragraph', text: 'It ended.' },
      { type: 'heading', text: 'Next Steps' },
    ]);
  });

  it('builds paragraphs and headings from a glued chunk', () => {
    expect(buildBlocks([{ text: 'It began here.Next Steps For UsThe team met on Monday and agreed on a plan for the year.' }])).toEqual([
      { type: 'paragraph', text: 'It began here.' },
      { type: 'heading', text: 'Next Steps For Us' },
      { type: 'paragraph', text: 'The team met on Monday and agreed on a plan for the year.' },
    ]);
  });
});

describe('findQuoteSpans', () => {
  it('gives every paragraph without a quotation one shared empty list', () => {
    const none = findQuoteSpans('No quotation here, and an apostrophe’s none.');
    expect(none).toEqual([]);
    expect(findQuoteSpans('Nor “here')).toBe(none);
    // A paragraph with quotations gets a list of its own.
    const two = findQuoteSpans('“One two,” she said, “three four.”');
    expect(two.map((span) => span.text)).toEqual(['One two', 'three four.']);
    expect(findQuoteSpans('“Five six,” he said.')).not.toBe(two);
  });

  it('finds curly, straight and single-quoted spans but not apostrophes', () => {
    const spans = findQuoteSpans('Lavrov’s trip was “a very good opportunity,” he said, calling it "historic" and ‘useful’ too.');
    expect(spans.map((span) => span.text)).toEqual(['a very good opportunity', 'historic', 'useful']);
  });

  it('keeps the trailing full stop but drops the comma', () => {
    expect(findQuoteSpans('“and to outline practical steps.”')[0]?.text).toBe('and to outline practical steps.');
    expect(findQuoteSpans('“Our people pay great attention,” Kim said.')[0]?.text).toBe('Our people pay great attention');
  });

  it('tells direct from partial quotes', () => {
    expect(quoteKind('Our people pay great attention to the relations')).toBe('direct');
    expect(quoteKind('real friendship')).toBe('partial');
    expect(quoteKind('and to outline practical steps to ensure the full implementation.')).toBe('partial');
  });

  it('closes a curly quote with a straight mark, and a straight one with a curly mark, when its own kind never follows or opens anew', () => {
    const title = findQuoteSpans('Roe cut in, “Friends, here is Mr. Tom Hart," who then performed "Songs Of The River."');
    expect(title.map((span) => span.text)).toEqual(['Friends, here is Mr. Tom Hart', 'Songs Of The River.']);
    const sung = findQuoteSpans('Roe cut in, “Friends, here is Mr. Tom Hart," who then sang “Songs Of The River.”');
    expect(sung.map((span) => span.text)).toEqual(['Friends, here is Mr. Tom Hart', 'Songs Of The River.']);
    expect(findQuoteSpans('"We will win this race,” she said. "And soon."').map((span) => span.text)).toEqual(['We will win this race', 'And soon.']);
    expect(findQuoteSpans('Sie sagte: „Wir kommen morgen wieder," und ging.').map((span) => span.text)).toEqual(['Wir kommen morgen wieder']);
    // A pair of the other kind inside stays nested; a quote whose own mark comes later is not cut short.
    expect(findQuoteSpans('“He called it "a disaster" and left.” Then').map((span) => span.text)).toEqual(['He called it "a disaster" and left.']);
    expect(findQuoteSpans('"Roe tried to joke, “Only on Mondays.” Hart was not amused."').map((span) => span.text)).toEqual([
      'Roe tried to joke, “Only on Mondays.” Hart was not amused.',
    ]);
    expect(findQuoteSpans('“The board was 12" wide, no more,” she said.').map((span) => span.text)).toEqual(['The board was 12" wide, no more']);
  });

  it('finds «…», „…“ and 「…」 quotes', () => {
    expect(findQuoteSpans('Il a dit « nous verrons bien » hier.')[0]?.text).toBe('nous verrons bien');
    expect(findQuoteSpans('Er sagte: „Wir schaffen das“.')[0]?.text).toBe('Wir schaffen das');
    expect(findQuoteSpans('彼は「大丈夫です」と言った。')[0]?.text).toBe('大丈夫です');
    expect(findQuoteSpans('Er nannte es ‚eine gute Idee‘ und ging.')[0]?.text).toBe('eine gute Idee');
  });
});

describe('readQuotes', () => {
  it('lays out a paragraph’s quotes once, and reads the sentence of each in order', () => {
    const paragraph = 'Mr. Roe spoke. “A.”“B,” he said. Then “c” and “d” came.';
    const reading = readQuotes(paragraph, findQuoteSpans(paragraph));
    const [a, b, c, d] = reading.spans;
    expect([a?.start, b?.start, c?.start, d?.start]).toEqual([15, 19, 38, 46]);
    expect(Array.from(reading.layout.slice(14, 24))).toEqual([0, 3, 1, 1, 1, 7, 1, 1, 1, 0]); // (the quote after `A.` opens where `A.` ends a sentence)
    expect(reading.layout[38]).toBe(QUOTE_START | 1);
    expect([a, b, c, d].map((span) => (span === undefined ? -1 : sentenceStart(reading, span)))).toEqual([14, 14, 32, 32]);
    expect([a, b, c, d].map((span) => (span === undefined ? -1 : sentenceEnd(reading, span)))).toEqual([19, 32, 46, paragraph.length]);
    expect([reading.scannedTo, reading.lastEnd]).toEqual([46, 31]);
  });
});

describe('names', () => {
  it('finds capitalised runs and strips roles', () => {
    const runs = capitalisedRuns('Russian Foreign Minister Sergei Lavrov traveled to North Korea.');
    expect(runs[0]).toEqual(['Russian', 'Foreign', 'Minister', 'Sergei', 'Lavrov']);
    expect(nameTokens(runs[0] ?? [])).toEqual(['Sergei', 'Lavrov']);
    expect(capitalisedRuns('at Lavrov’s honor')).toEqual([['Lavrov']]);
  });

  it('drops a demonym before a role, not before a name, and keeps a surname that reads as one', () => {
    expect(nameTokens(['British', 'Sen.', 'Jane', 'Roe'])).toEqual(['Jane', 'Roe']);
    expect(nameTokens(['Japanese', 'Chinese', 'Minister', 'Jane', 'Roe'])).toEqual(['Jane', 'Roe']);
    expect(nameTokens(['Ryan', 'Zinke'])).toEqual(['Ryan', 'Zinke']);
    expect(nameTokens(['Rosette', 'Pambakian'])).toEqual(['Rosette', 'Pambakian']);
    expect(nameTokens(['Brafman'])).toEqual(['Brafman']);
    expect(nameTokens(['Russian'])).toEqual([]);
    expect(nameTokens(['Vice-President', 'Jane', 'Roe'])).toEqual(['Jane', 'Roe']);
  });

  const people = collectPeople([
    'Lavrov met Kim Jong Un and Choe Son-hui. Expert KJ Noh spoke.',
    'Russian Foreign Minister Sergei Lavrov traveled to North Korea.',
  ]);

  it.each([
    ['Lavrov', 'Sergei Lavrov'],
    ['Kim', 'Kim Jong Un'],
    ['Noh', 'KJ Noh'],
    ['Koh', 'KJ Noh'],
    ['Putin', 'Putin'],
  ])('resolves %s to %s', (mention, expected) => {
    expect(resolvePerson(mention, people)).toBe(expected);
  });
});

describe('extractQuotes', () => {
  it('attributes quotes after, before and through pronouns', () => {
    const blocks = buildBlocks([
      { text: 'Senator Jane Roe spoke on Monday. “We will win this fight,” Roe said.' },
      { text: '“It is only the start,” she added.' },
      { text: 'John Doe, a spokesman, said: “Nothing has been decided yet by anyone.”' },
      { text: 'The plan is a “logistics triangle” for the region.' },
    ]);
    const quotes = extractQuotes(blocks, collectPeople(blocks.map((block) => block.text)));
    expect(quotes).toEqual([
      { text: 'We will win this fight', speaker: 'Jane Roe', block: 0, kind: 'direct' },
      { text: 'It is only the start', speaker: 'Jane Roe', block: 1, kind: 'direct' },
      { text: 'Nothing has been decided yet by anyone.', speaker: 'John Doe', block: 2, kind: 'direct' },
      { text: 'logistics triangle', block: 3, kind: 'partial' },
    ]);
  });

  it('finds the people only when the body holds a quote, and resolves speakers to them as to a list', () => {
    const calls: string[] = [];
    // The finder is given the blocks' texts, in order.
    const finder = (blocks: readonly Block[]) => (texts: readonly string[]) => {
      calls.push(texts[0] ?? '');
      expect(texts).toEqual(blocks.map((block) => block.text));
      return collectPeople(texts);
    };
    const plain = buildBlocks([{ text: 'Senator Jane Roe spoke on Monday.' }, { text: 'Jan 2, 2024' }]);
    expect(extractQuotes(plain, finder(plain))).toEqual([]);
    expect(calls).toEqual([]);
    const quoted = buildBlocks([{ text: 'Senator Jane Roe spoke on Monday.' }, { text: '“We will win this fight,” Roe said.' }]);
    expect(extractQuotes(quoted, finder(quoted))).toEqual(extractQuotes(quoted, collectPeople(quoted.map((block) => block.text))));
    expect(extractQuotes(quoted, finder(quoted))).toEqual([{ text: 'We will win this fight', speaker: 'Jane Roe', block: 1, kind: 'direct' }]);
    expect(calls).toHaveLength(2);
  });
});

describe('related links', () => {
  it('makes a title from the slug and a date from the path', () => {
    expect(titleFromSlug('https://sputnikglobe.com/20230628/the-73-year-long-war-1111503385.html')).toBe('The 73 year long war');
    expect(titleFromSlug('https://example.com/')).toBeUndefined();
    expect(completeRelatedLink({ url: 'https://example.com/2023/09/17/big-news-today/', title: 'Big news' })).toEqual({
      url: 'https://example.com/2023/09/17/big-news-today/',
      title: 'Big news',
      publishedAt: '2023-09-17T00:00:00.000Z',
    });
  });
});
