import { describe, expect, it } from 'vitest';
import { buildBlocks } from './build-blocks';
import { collectPeople } from '../people/mentions';
import { extractQuotes } from './quotes';

/** Quotes with speakers for a body given as paragraphs. */
function quotesOf(paragraphs: string[]): { text: string; speaker?: string; kind: string }[] {
  const blocks = buildBlocks(paragraphs.map((text) => ({ text, type: 'paragraph' as const })));
  return extractQuotes(blocks, collectPeople(blocks.map((block) => block.text))).map(({ text, speaker, kind }) => ({
    text,
    kind,
    ...(speaker === undefined ? {} : { speaker }),
  }));
}

describe('quote forms and attributions', () => {
  it('English: after, before, according to, told, said X a spokesman', () => {
    expect(
      quotesOf([
        'Mayor Ann Lee opened the bridge on Monday.',
        '“This is a great day for the whole city,” Lee said.',
        '“We are watching the costs closely,” said Tom Hart, a spokesman for the council.',
        'Hart told Reuters: “The budget will hold until the end of the year.”',
        'The project is “on track,” according to Lee.',
        "The engineers called it 'a very tidy piece of work' in their report.",
      ]),
    ).toEqual([
      { text: 'This is a great day for the whole city', kind: 'direct', speaker: 'Ann Lee' },
      { text: 'We are watching the costs closely', kind: 'direct', speaker: 'Tom Hart' },
      { text: 'The budget will hold until the end of the year.', kind: 'direct', speaker: 'Tom Hart' },
      { text: 'on track', kind: 'partial', speaker: 'Ann Lee' },
      { text: 'a very tidy piece of work', kind: 'partial' },
    ]);
  });

  it('French: guillemets, incises and pronouns', () => {
    expect(
      quotesOf([
        'Le ministre Laurent Fabius était à Roissy jeudi.',
        '« Pour certains d’entre eux on est très interrogatif », a ajouté Laurent Fabius.',
        '« Nous restons mobilisés jour et nuit », a-t-il déclaré.',
        'Selon Fabius, la situation reste « très difficile ».',
      ]),
    ).toEqual([
      { text: 'Pour certains d’entre eux on est très interrogatif', kind: 'direct', speaker: 'Laurent Fabius' },
      { text: 'Nous restons mobilisés jour et nuit', kind: 'direct', speaker: 'Laurent Fabius' },
      { text: 'très difficile', kind: 'partial', speaker: 'Laurent Fabius' },
    ]);
  });

  it('German: „…“ quotes with sagte, so and laut', () => {
    expect(
      quotesOf([
        'Bundeskanzlerin Angela Merkel sprach am Montag in Berlin.',
        '„Wir schaffen das, auch wenn es schwer wird“, sagte Merkel.',
        '„Das ist erst der Anfang“, sagte sie.',
        'Der Plan sei „ein guter Kompromiss“, so Merkel.',
      ]),
    ).toEqual([
      { text: 'Wir schaffen das, auch wenn es schwer wird', kind: 'direct', speaker: 'Angela Merkel' },
      { text: 'Das ist erst der Anfang', kind: 'direct', speaker: 'Angela Merkel' },
      { text: 'ein guter Kompromiss', kind: 'partial', speaker: 'Angela Merkel' },
    ]);
  });

  it('a quote running over several paragraphs', () => {
    expect(
      quotesOf(['Jane Roe, the director, said: “We built it in a year and we are proud of every part of it.', '“Next year we will build two more of them.”']),
    ).toEqual([
      { text: 'We built it in a year and we are proud of every part of it.', kind: 'direct', speaker: 'Jane Roe' },
      { text: 'Next year we will build two more of them.', kind: 'direct', speaker: 'Jane Roe' },
    ]);
  });
});
