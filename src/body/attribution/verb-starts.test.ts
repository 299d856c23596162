import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueVerbsIn } from './speech-verbs';
import { cueVerbsInWindow, mayHoldVerb } from './verb-starts';

/** The window of `paragraph` from `from` to `to`, asked for as speakers.ts asks (the same owner for one paragraph). */
const ask = (paragraph: string, from: number, to: number, owner: object): boolean => mayHoldVerb(paragraph, from, paragraph.slice(from, to), owner);

describe('the speech-verb pre-check of a window before a quote', () => {
  it('answers no for a window of words that start no speech verb, yes for one that holds a verb', () => {
    const paragraph = 'The plan “a” b “c” and Lavrov said “d”';
    const owner = {};
    expect(ask(paragraph, 0, paragraph.indexOf('“a”'), owner)).toBe(false);
    expect(ask(paragraph, 0, paragraph.indexOf('“c”'), owner)).toBe(false);
    expect(ask(paragraph, 0, paragraph.indexOf('“d”'), owner)).toBe(true);
    expect(cueVerbsInWindow(paragraph, 0, paragraph.slice(0, paragraph.indexOf('“d”')), owner)).toEqual([{ index: 30, text: 'said' }]);
  });

  it('answers no for every window of a paragraph dense with quotation marks', () => {
    const paragraph = 'a“b"c«d‘e’f»g„h”i\'j '.repeat(40);
    const owner = {};
    const starts = [...paragraph.matchAll(/[“"«‘„]/gu)].map((match) => match.index);
    expect(starts.map((start) => ask(paragraph, Math.max(0, start - 400), start, owner))).toEqual(starts.map(() => false));
  });

  it('reads a word that starts a verb in any case, and a verb phrase by its first word', () => {
    expect(ask('Then SAID: “x”', 0, 11, {})).toBe(true);
    // `according` opens `according to`: a yes, though the phrase is not there.
    expect(ask('according as it went “x”', 0, 21, {})).toBe(true);
    expect(cueVerbsInWindow('according as it went “x”', 0, 'according as it went ', {})).toEqual([]);
    expect(cueVerbsInWindow('as it is according to him “x”', 0, 'as it is according to him ', {})).toEqual([{ index: 9, text: 'according to' }]);
  });

  it('reads a word cut by an edge of the window as the window holds it', () => {
    // `unsaid` cut at its start reads `said`; `saidx` cut at its end reads `said`: the verbs cueVerbsIn finds there.
    expect(ask('unsaid, “x”', 2, 8, {})).toBe(true);
    expect(cueVerbsInWindow('unsaid, “x”', 2, 'said, ', {})).toEqual([{ index: 0, text: 'said' }]);
    expect(ask('he saidx', 0, 7, {})).toBe(true);
    expect(cueVerbsInWindow('he saidx', 0, 'he said', {})).toEqual([{ index: 3, text: 'said' }]);
    // A surrogate pair split by the edge: the lone half is no letter in the window, so `said` is a word there.
    expect(ask('said𝐀 “x”', 0, 5, {})).toBe(true);
    expect(cueVerbsIn('said\ud835')).toEqual([{ index: 0, text: 'said' }]);
    // Whole words in the paragraph that are no verb, cut by nothing: no.
    expect(ask('unsaid saidx “x”', 0, 13, {})).toBe(false);
  });

  it('reads a window that starts before the part already read itself', () => {
    const paragraph = 'He said “a” and “b” and “c”';
    const owner = {};
    expect(ask(paragraph, 12, paragraph.indexOf('“c”'), owner)).toBe(false);
    expect(ask(paragraph, 0, paragraph.indexOf('“a”'), owner)).toBe(true); // before the part read: read the window
    expect(ask('No verb here “x”', 0, 13, owner)).toBe(false); // another paragraph with the same owner: read afresh
  });

  it('gives exactly what cueVerbsIn gives, for any paragraph and any windows in any order', () => {
    const pieces = ['said', 'SAID', 'ſaid', 'So', 'according', ' to', 'dit', '-il', '-', 'un', 'x', '1', 'a', ' ', '  ', '“', '”', '.', ',', '\n', '𝐀', '\ud835', '\udc00', 'é', '\u0301', 'called'];
    const paragraphs = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    const windows = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(paragraphs, windows, fc.boolean(), (paragraph, bounds, inOrder) => {
        const owner = {};
        const cuts = bounds.map(([a, b]) => [a % (paragraph.length + 1), b % (paragraph.length + 1)].sort((x, y) => x - y) as [number, number]);
        if (inOrder) cuts.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        for (const [from, to] of cuts) {
          const window = paragraph.slice(from, to);
          expect(cueVerbsInWindow(paragraph, from, window, owner)).toEqual(cueVerbsIn(window));
        }
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
