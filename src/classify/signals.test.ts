import { describe, expect, it } from 'vitest';
import { kindSignalMeter, measureKindSignals } from './signals';

describe('kindSignalMeter', () => {
  it('measures units fed one at a time as measureKindSignals measures their list, wrapped lines joined', () => {
    const lines = ['Home', 'This line of a hard-wrapped document ends in the middle of a', 'sentence and goes on here, until it is done at last.', 'Updated 2026-01-12T10:00 by the desk'];
    const meter = kindSignalMeter();
    for (const text of lines) meter.add(text, text === 'Home' ? 4 : 0);
    const signals = meter.signals('article');
    expect(signals).toEqual({ declared: 'article', words: 30, runWords: 23, prose: 1, longProse: 0, paired: 0, stamps: 1 });
    expect(measureKindSignals(lines.map((text) => ({ text, linkChars: text === 'Home' ? 4 : 0 })), 'article')).toEqual(signals);
  });

  it('gives zero signals when no unit was added', () => {
    expect(kindSignalMeter().signals()).toEqual({ declared: undefined, words: 0, runWords: 0, prose: 0, longProse: 0, paired: 0, stamps: 0 });
  });
});
