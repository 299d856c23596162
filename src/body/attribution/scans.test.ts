import { describe, expect, it } from 'vitest';
import { onlyName } from './sieves';
import { cueAfter, cueVerbsIn } from './speech-verbs';
import { phraseEndsAt, phraseTable } from '../../text/phrases';
import { capitalisedRuns } from '../../people/mentions';

describe('attribution helpers that make no set, map, list or closure per paragraph or word', () => {
  it('finds the one name some entries give', () => {
    expect(onlyName([])).toBeUndefined();
    expect(onlyName([{}, { speaker: 'Jane Roe' }, {}, { speaker: 'Jane Roe' }])).toBe('Jane Roe');
    expect(onlyName([{ name: 'Jane Roe' }, { name: 'Lee' }])).toBeNull();
    expect(onlyName([{ speaker: 'Lee' }, {}, { speaker: 'Jane Roe' }, { speaker: 'Lee' }])).toBeNull();
  });

  it('gives no phrase end where none is, and one per phrase found, the longest first', () => {
    const table = phraseTable(['said', 'said so'], false);
    expect(phraseEndsAt(table, 'told', 0)).toEqual([]);
    expect(phraseEndsAt(table, 'said', 0)).toEqual([4]);
    expect(phraseEndsAt(table, 'said so', 0)).toEqual([7, 4]);
  });

  it('takes the first phrase end that ends a cue', () => {
    expect(cueVerbsIn('so-called experts said')).toEqual([{ index: 18, text: 'said' }]);
    expect(cueAfter('she said: the plan works')).toEqual({ subject: 'she ', object: 'the plan works' });
  });

  it('reads capitalised runs (the gender pass reads whom they name)', () => {
    expect(capitalisedRuns('Then Jane Roe met Lee in Oslo.')).toEqual([['Then', 'Jane', 'Roe'], ['Lee'], ['Oslo']]);
    expect(capitalisedRuns('Ludwig van Beethoven wrote')).toEqual([['Ludwig', 'van', 'Beethoven']]);
    expect(capitalisedRuns('no names here')).toEqual([]);
    expect(capitalisedRuns('“Yes,” she said.')).toEqual([['Yes']]);
  });
});
