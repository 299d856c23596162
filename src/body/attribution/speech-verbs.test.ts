import { describe, expect, it } from 'vitest';
import { SPEECH_VERBS } from './language-tables';
import { cueAfter, cueVerbsIn, hasSpeechVerb, nameByVerb } from './speech-verbs';
import { foldCase, nextWordStart, phraseEndsAt, phraseTable } from '../../text/phrases';

describe('phrase tables', () => {
  const table = phraseTable(['said', 'according to', 'pointed out'], true);

  it('finds a phrase at a word start, the longest first, only as whole words', () => {
    expect(phraseEndsAt(table, 'According to him', 0)).toEqual([12]);
    expect(phraseEndsAt(table, 'according  to him', 0)).toEqual([]); // one space between the words, as written in the table
    expect(phraseEndsAt(table, 'saids', 0)).toEqual([]);
    expect(phraseEndsAt(phraseTable(['pointed', 'pointed out'], false), 'pointed out the', 0)).toEqual([11, 7]);
  });

  it('reads case as the `i` flag does, and not at all without it', () => {
    expect(phraseEndsAt(table, 'SAID', 0)).toEqual([4]);
    expect(phraseEndsAt(table, 'ſaid', 0)).toEqual([4]); // the long s folds to s
    expect(phraseEndsAt(phraseTable(['said'], false), 'Said', 0)).toEqual([]);
    expect(foldCase('ᲃКАЗАЛ')).toBe('сказал');
    expect(foldCase('İ')).not.toBe('i');
  });

  it('folds text below U+0130 as toLowerCase does, and the same text with a special fold after it as before', () => {
    expect(foldCase('SAID Ärger Ĳ')).toBe('said ärger ĳ');
    expect(foldCase('SAID ſ')).toBe('said s');
    expect(foldCase('ab İ CD')).toBe('ab İ cd');
    expect(foldCase('µ')).toBe('µ'); // (its fold is μ, but no simple lower case: kept, as before)
  });

  it('finds phrases in any case when caseless, as written otherwise', () => {
    expect(phraseEndsAt(table, 'Pointed out', 0)).toEqual([11]);
    expect(phraseEndsAt(table, 'xsaid', 0)).toEqual([]);
    expect(phraseEndsAt(phraseTable(['Said'], false), 'said Said', 5)).toEqual([9]);
    expect(phraseEndsAt(phraseTable(['Said'], false), 'said Said', 0)).toEqual([]);
    expect(phraseEndsAt(phraseTable(['éclata'], true), 'ÉCLATA', 0)).toEqual([6]);
  });

  it('steps from word start to word start over letters, digits and surrogate pairs', () => {
    expect(nextWordStart('  ab, 12', 0)).toBe(2);
    expect(nextWordStart('  ab, 12', 3)).toBe(6);
    expect(nextWordStart('\u{1D400}b c', 0)).toBe(0);
    expect(nextWordStart('\u{1D400}b c', 3)).toBe(4);
    expect(nextWordStart('…', 0)).toBeUndefined();
  });
});

describe('speech verbs in a text', () => {
  it('every table entry is letters, or words of letters joined by `_`', () => {
    for (const verb of Object.values(SPEECH_VERBS).flat()) expect(verb).toMatch(/^\p{L}+(?:_\p{L}+)*$/u);
  });

  it('reads verbs of recollection and retort in every language that has them', () => {
    for (const text of ['she remembered', 'Hart shot back', 'Roe beamed', 'se souvient-il', 'erinnerte sich Roe', 'Hart ticked off', 'rétorque-t-il', 'konterte Roe', 'replicó', 'rebateu', 'ha replicato', 'парировал']) {
      expect(hasSpeechVerb(text)).toBe(true);
    }
  });

  it('tells whether a text holds a speech verb of its own', () => {
    expect(hasSpeechVerb('Officials SAID so.')).toBe(true);
    expect(hasSpeechVerb('as they were told-')).toBe(true);
    expect(hasSpeechVerb('an unsaid thing, the sayings')).toBe(false);
    expect(hasSpeechVerb('по словам министра')).toBe(true);
  });

  it('lists cue verbs in order, not inside a hyphenated word unless a pronoun is glued on', () => {
    expect(cueVerbsIn('Lavrov said, according to him, and added')).toEqual([
      { index: 7, text: 'said' },
      { index: 13, text: 'according to' },
      { index: 35, text: 'added' },
    ]);
    expect(cueVerbsIn('a so-called plan, well-said')).toEqual([]);
    expect(cueVerbsIn('« Non », dit-il, a-t-elle ajouté-t-elle')).toEqual([
      { index: 9, text: 'dit' },
      { index: 26, text: 'ajouté' },
    ]);
  });

  it('reads the cue after a quotation: the words before the verb and up to the line end after it', () => {
    expect(cueAfter('Sen. Ted Cruz, R-Texas, said: on Monday\nnext line')).toEqual({ subject: 'Sen. Ted Cruz, R-Texas, ', object: 'on Monday' });
    expect(cueAfter('the senator added')).toEqual({ subject: 'the senator ', object: '' });
    expect(cueAfter(`${'x'.repeat(61)} said`)).toBeUndefined(); // the verb starts past the 60th character
    expect(cueAfter(`${'x'.repeat(59)} said`)).toEqual({ subject: `${'x'.repeat(59)} `, object: '' });
    expect(cueAfter('in the\nend, he said')).toBeUndefined();
    expect(cueAfter(`said ${'y'.repeat(130)}`)?.object).toBe('y'.repeat(120));
  });

  it('finds the capitalised word beside a verb written in lower case', () => {
    expect(nameByVerb('It is done, Cuban said on Monday.')).toEqual({ index: 12, name: 'Cuban', before: true });
    expect(nameByVerb('Cruz (R-Texas) said it.')).toEqual({ index: 0, name: 'Cruz', before: true });
    expect(nameByVerb('Kim, D-Calif., said it.')).toEqual({ index: 0, name: 'Kim', before: true });
    expect(nameByVerb('“Done,” said Cuban, who left.')).toEqual({ index: 8, name: 'Cuban', before: false });
    expect(nameByVerb('“Done,” told Reuters.')).toBeUndefined(); // the one spoken to is no speaker
    expect(nameByVerb('“Over,” says Libya is lost.')).toBeUndefined(); // the subject of a reported clause
    expect(nameByVerb('Cuban Said it.')).toBeUndefined(); // the verb as written, in lower case
  });
});
