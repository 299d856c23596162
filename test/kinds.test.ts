import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle, parseArticle } from '../src/index';
import { classifyKind } from '../src/classify/kind';
import { measureKindSignals } from '../src/classify/signals';

const fixtures = new URL('fixtures/kinds/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', fixtures), 'utf8')) as Record<string, string>;
const read = (path: string): string => readFileSync(new URL(path, fixtures), 'utf8');
const sample = readFileSync(new URL('../examples/sample.txt', import.meta.url), 'utf8');

const paragraph = (words: number, lead: string): string => `${lead} ${'and then the council met again to talk about it '.repeat(Math.ceil(words / 10)).trim()}.`;

describe('kind signals', () => {
  it('reads an article: paragraphs that follow one another', () => {
    const units = ['Home', 'News', 'A Headline About Something', 'By Jane Roe', paragraph(70, 'The first'), paragraph(40, 'The second'), paragraph(30, 'The third')].map((text) => ({ text, linkChars: 0 }));
    const signals = measureKindSignals(units);
    expect(signals).toMatchObject({ prose: 3, paired: 2, longProse: 1 });
    expect(classifyKind(signals).kind).toBe('article');
  });

  it('reads a listing: headline, teaser and date, again and again', () => {
    const units = Array.from({ length: 6 }, (_, index) => [`Headline number ${index} here`, paragraph(20, `Teaser ${index}`), `March ${index + 1}, 2026`]).flat().map((text) => ({ text, linkChars: 0 }));
    const signals = measureKindSignals(units);
    expect(signals).toMatchObject({ prose: 6, paired: 0, longProse: 0 });
    expect(classifyKind(signals)).toEqual({ kind: 'listing', confidence: 0.88 });
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const units = ['This line of a hard-wrapped document ends in the middle of a', 'sentence and goes on here, until it is done at last.'].map((text) => ({ text, linkChars: 0 }));
    expect(measureKindSignals(units)).toMatchObject({ prose: 1, words: 23 });
  });

  it('measures units left alone and lines joined alike, and keeps the best run of prose across them', () => {
    const units = ['Home', paragraph(70, 'The first'), 'Share: https://x.test/a', 'one two three four five six seven and', 'the wrapped line ends here.', paragraph(20, 'A teaser'), 'Menu', 'Mon, 12 Jan 2026 10:00']
      .map((text) => ({ text, linkChars: 0 }));
    // The wrapped pair is one prose unit of 13 words, which the teaser follows; the share line only dents the run.
    expect(measureKindSignals(units)).toEqual({ declared: undefined, words: 119, runWords: 107, prose: 3, longProse: 1, paired: 1, stamps: 2 });
  });

  it('joins every row of a long wrapped paragraph, and only after a row of six words or more', () => {
    const rows = (count: number): { text: string; linkChars: number }[] =>
      ['one two three four five six', ...Array.from({ length: count }, (_, index) => `and row ${index}`), 'and the end.'].map((text) => ({ text, linkChars: 0 }));
    // One unit of 6 + 3 × 40,000 + 3 words: one paragraph, however many rows (read row by row, not re-read whole).
    expect(measureKindSignals(rows(40_000))).toMatchObject({ prose: 1, longProse: 1, words: 120_009, runWords: 120_009 });
    // A row of five words opens no paragraph: each row is a unit of its own.
    const short = ['one two three four five', 'and six seven eight nine ten eleven.'].map((text) => ({ text, linkChars: 0 }));
    expect(measureKindSignals(short)).toMatchObject({ prose: 0, words: 12 });
  });

  it('lets a declaration outweigh the shape of the text', () => {
    const listing = measureKindSignals(Array.from({ length: 5 }, (_, index) => [`Headline ${index} of the day`, paragraph(20, 'Teaser')]).flat().map((text) => ({ text, linkChars: 0 })));
    expect(classifyKind({ ...listing, declared: 'article' }).kind).toBe('article');
    expect(classifyKind({ ...measureKindSignals([{ text: paragraph(300, 'Long'), linkChars: 0 }]), declared: 'other' }).kind).toBe('other');
    expect(classifyKind({ ...measureKindSignals([]), declared: 'feed' })).toEqual({ kind: 'feed', confidence: 1 });
  });
});

describe('source.kind and isProbablyArticle', () => {
  it('takes the sample for an article', () => {
    expect(parseArticle(sample).source).toMatchObject({ kind: 'article', confidence: 0.9 });
    expect(isProbablyArticle(sample)).toBe(true);
  });

  it('tells every labelled non-article HTML page apart', () => {
    for (const [id, label] of Object.entries(labels)) {
      const html = read(`${id}/source.html`);
      const kind = parseArticle(html).source.kind;
      expect(kind, id).not.toBe('article');
      // Feeds, declared products and the pages of headline + teaser blocks are named as such.
      if (label === 'feed' || id === 'product-stove' || id.startsWith('section-front')) expect(kind, id).toBe(label);
      expect(isProbablyArticle(html), id).toBe(false);
    }
  });

  it('tells nearly all their text renderings apart (36 of 39 today: the API index reads as prose)', () => {
    let nonArticles = 0;
    for (const id of Object.keys(labels)) {
      for (const file of readdirSync(new URL(`${id}/text/`, fixtures))) {
        const text = read(`${id}/text/${file}`);
        const kind = parseArticle(text).source.kind;
        expect(isProbablyArticle(text), `${id}/${file}`).toBe(kind === 'article');
        if (kind !== 'article') nonArticles += 1;
      }
    }
    expect(nonArticles).toBeGreaterThanOrEqual(36);
  });

  it('does not take a section heading that looks like a name for the author of a listing', () => {
    for (const file of ['innertext.txt', 'w3m.txt']) {
      const article = parseArticle(read(`section-front-de/text/${file}`));
      expect(article.source.kind).toBe('listing');
      expect(article.authors).toEqual([]);
      expect(article.leftovers).toContain('Heinrich Vogel');
    }
  });

  it('refuses non-strings like parseArticle', () => {
    expect(() => isProbablyArticle(42 as unknown as string)).toThrow(/must be a string/u);
  });
});
