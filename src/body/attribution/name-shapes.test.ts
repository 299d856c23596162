import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../build-blocks';
import { collectPeople } from '../../people/mentions';
import { attributeQuotes } from '../quotes';

/** The speaker and sieve of each quote of a body given as paragraphs. */
function attributed(paragraphs: string[]): [string | undefined, string | undefined][] {
  const blocks = buildBlocks(paragraphs.map((text) => ({ text, type: 'paragraph' as const })));
  const { quotes, sieves } = attributeQuotes(blocks, collectPeople(blocks.map((block) => block.text)));
  return quotes.map((quote, index) => [quote.speaker, sieves[index]]);
}

// A name, then an apposition longer than the cue's usual reach, then the speech verb.
describe.each([
  {
    language: 'English',
    intro: 'Ann Lee and Tom Hart opened the bridge on Monday.',
    paragraph: '“We are proud of it,” Ann Lee, the former transport minister and a candidate for mayor of the city in the autumn, told reporters.',
  },
  {
    language: 'Spanish',
    intro: 'Ana López y Pablo Martín inauguraron el puente el lunes.',
    paragraph: '“Estamos orgullosos”, Ana López, exministra de Transportes y candidata a la alcaldía de la ciudad en otoño, dijo a los periodistas.',
  },
  {
    language: 'Portuguese',
    intro: 'Ana Souza e Paulo Lima inauguraram a ponte na segunda-feira.',
    paragraph: '“Estamos orgulhosos”, Ana Souza, ex-ministra dos Transportes e candidata à prefeitura da cidade no outono, disse aos jornalistas.',
  },
  {
    language: 'Italian',
    intro: 'Anna Rossi e Paolo Bianchi hanno inaugurato il ponte lunedì.',
    paragraph: '«Siamo orgogliosi», Anna Rossi, ex ministra dei Trasporti e candidata a sindaco della città in autunno, ha detto ai giornalisti.',
  },
])('$language: “…,” NAME, a long apposition, VERB', ({ intro, paragraph }) => {
  it('gives the quote the name before the apposition', () => {
    const [speaker, sieve] = attributed([intro, paragraph])[0] ?? [];
    expect(speaker).toBeDefined();
    expect(intro.startsWith(speaker ?? '\u0000')).toBe(true);
    expect(sieve).toBe('adjacent');
  });
});

// An honorific before a surname that elsewhere reads as a role or a nationality (`King`, `Prince`, `English`).
describe.each([
  { language: 'English', intro: 'Tom King and Sara English met the mayor.', paragraph: '“The plan works,” Mr. King said. “It is cheap,” said Ms. English.', surnames: ['King', 'English'] },
  { language: 'French', intro: 'Paul Prince et Anne Leroy ont rencontré la maire.', paragraph: '« Le plan fonctionne », a déclaré M. Prince.', surnames: ['Prince'] },
  { language: 'German', intro: 'Paul King und Anna Lehmann trafen die Bürgermeisterin.', paragraph: '„Der Plan funktioniert“, sagte Herr King.', surnames: ['King'] },
  { language: 'Spanish', intro: 'Pablo Prince y Ana López se reunieron con la alcaldesa.', paragraph: '“El plan funciona”, dijo el Sr. Prince.', surnames: ['Prince'] },
])('$language: an honorific and a surname that reads as a role', ({ intro, paragraph, surnames }) => {
  it('takes the surname for the speaker', () => {
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker?.split(' ').pop())).toEqual(surnames);
  });
});

describe('names that read as other words', () => {
  it('takes a capitalised -ly word before the verb for a name, a lower-case one for an adverb', () => {
    const intro = 'Megyn Kelly spoke on Monday. Then Tom Hart answered her.';
    expect(attributed([intro, '“It is over,” Kelly said.'])).toEqual([['Megyn Kelly', 'adjacent']]);
    expect(attributed([intro, '“It is over,” Kelly reportedly said.'])).toEqual([['Megyn Kelly', 'adjacent']]);
  });

  it('keeps a role word after a middle initial as the surname (`Peter T. King`)', () => {
    expect(attributed(['“It is over,” said Representative Peter T. King, Republican of New York.'])).toEqual([['Peter T. King', 'adjacent']]);
  });

  it('still reads a form of address as a role, not a name (`Mr. President`)', () => {
    expect(attributed(['President Jane Roe spoke on Monday.', '“It is over,” Mr. President said.']).map(([speaker]) => speaker)).not.toEqual([['President']]);
  });
});
