import { describe, expect, it } from 'vitest';
import { BYLINE_WORDS, bylineAlternation, bylineWords } from './byline-words';

describe('byline words', () => {
  it('lists every word of a list once, longest first', () => {
    const words = bylineWords('by');
    expect(new Set(words).size).toBe(words.length);
    expect(words.indexOf('written by')).toBeLessThan(words.indexOf('by'));
    expect(words).toEqual(expect.arrayContaining(['by', 'par', 'von', 'por', 'автор', '投稿者']));
  });

  it('keeps every word lower case and free of stray spaces', () => {
    for (const language of Object.values(BYLINE_WORDS)) {
      for (const list of Object.values(language)) {
        for (const word of list.split('|')) expect(word).toBe(word.toLowerCase().trim());
      }
    }
  });

  it('builds alternations a regular expression reads as the words', () => {
    const pattern = new RegExp(`^(?:${bylineAlternation('and')})$`, 'u');
    expect(pattern.test('und')).toBe(true);
    expect(pattern.test('und|et')).toBe(false);
  });
});
