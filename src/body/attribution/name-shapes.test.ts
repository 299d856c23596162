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
    paragraph: '“Estamos orgullosos”, Ana López, exministra de Transportes y candidata a la alcaldía de la ciudad en otoño, dijo el lunes.',
  },
  {
    language: 'Portuguese',
    intro: 'Ana Souza e Paulo Lima inauguraram a ponte na segunda-feira.',
    paragraph: '“Estamos orgulhosos”, Ana Souza, ex-ministra dos Transportes e candidata à prefeitura da cidade no outono, disse na segunda-feira.',
  },
  {
    language: 'Italian',
    intro: 'Anna Rossi e Paolo Bianchi hanno inaugurato il ponte lunedì.',
    paragraph: '«Siamo orgogliosi», Anna Rossi, ex ministra dei Trasporti e candidata a sindaco della città in autunno, ha detto nel corso della conferenza.',
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

describe('a role or a relation before the name after a quote', () => {
  it('reads the name after lower-case role words or a possessive relation (`former governor NAME said`, `his nephew NAME added`)', () => {
    const intro = 'Jeb Bush, Tom Hart and Sara Lee spoke on Monday. Then Ann Roe answered.';
    expect(attributed([intro, '“Our friends no longer trust us,” former Florida governor Jeb Bush said.'])).toEqual([['Jeb Bush', 'adjacent']]);
    expect(attributed([intro, '“It was unfair,” campaign spokesman Tom Hart said in a statement.'])).toEqual([['Tom Hart', 'adjacent']]);
    expect(attributed([intro, '“He was excited to come home,” her nephew Sara Lee added.'])).toEqual([['Sara Lee', 'adjacent']]);
  });

  it('still reads no subject inside a clause (`until NAME said`)', () => {
    expect(attributed(['Jeb Bush and Tom Hart spoke.', 'The plan was “fine” until Tom Hart said otherwise.']).map(([, sieve]) => sieve)).not.toContain('adjacent');
  });

  it('takes no speaker past a long apposition when the verb takes an object (`the club, a course in Bend, Ore., charged a fee`)', () => {
    const paragraph = 'Under what Tom Hart called “the old model,” the club, a private course three hundred miles north of here in Bend, Ore., charged a fee.';
    expect(attributed([paragraph])).toEqual([['Tom Hart', 'adjacent']]);
  });
});

// A fragment in the sentence after an attributed quote, opened by a few words that name no one, continues its speaker.
describe.each([
  { language: 'English', paragraph: '“We were not happy at first,” said Jane A. Roe, head of policy at the Business Council. Now, “most members support it.”' },
  { language: 'English (after a closing stop)', paragraph: '“The worry is not the job,” Jane Roe said. For older voters, on the other hand, “it is the pension.”' },
  { language: 'French', paragraph: '« Nous étions inquiets », a déclaré Jane Roe, une responsable du conseil. Désormais, « la plupart des membres le soutiennent ».' },
  { language: 'German', paragraph: '„Wir waren besorgt“, sagte Jane Roe, eine Vertreterin des Verbands. Inzwischen aber „unterstützen es die meisten Mitglieder“.' },
])('$language: a fragment continuing the last speaker', ({ paragraph }) => {
  it('gives the fragment the speaker of the quote before it', () => {
    expect(attributed([paragraph]).map(([speaker]) => speaker?.split(' ').pop())).toEqual(['Roe', 'Roe']);
  });
});

describe('a modifier and a role before the subject’s name', () => {
  it('takes the person after `MODIFIER role words NAME` for the subject, not the modifier', () => {
    const paragraph = 'Democratic presidential candidate Jane Roe is releasing an ad that urges voters to “send a message” to the banks.';
    expect(attributed(['Jane Roe and Tom Hart spoke on Monday.', paragraph])).toEqual([['Jane Roe', 'sentence']]);
    const telling = 'The attack sparked a debate, with Republican Senator Tom Hart telling reporters he viewed the plan as “directly responsible” for it.';
    expect(attributed(['Jane Roe and Tom Hart spoke on Monday.', telling])).toEqual([['Tom Hart', 'sentence']]);
  });
});

describe('words around the subject that are no subject', () => {
  const intro = 'Jane Roe and Tom Hart spoke on Monday.';

  it('reads a capitalised word after a capitalised word as a name’s, not a speech verb (`the United States`)', () => {
    const paragraph = 'Jane Roe has long targeted the United States’ southern neighbour, calling its migrants “rapists” and worse.';
    expect(attributed([intro, paragraph])).toEqual([['Jane Roe', 'sentence']]);
  });

  it('keeps the comma after a bracketed party tag, which opens an apposition (`Sen. NAME (D-Mo.), who …, said`)', () => {
    const paragraph = 'Sen. Jane Roe (D-Mo.), who has endorsed Tom Hart, said the plan made him a “stronger” candidate.';
    expect(attributed([intro, paragraph])).toEqual([['Jane Roe', 'sentence']]);
  });

  it('takes no place after an opening phrase for the subject (`In Ames, Iowa, on Sunday, NAME …`)', () => {
    const paragraph = 'At an event in Ames, Iowa, on Sunday, Ms. Roe tried to explain, saying the country should “be rallying its partners.”';
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual(['Jane Roe']);
  });
});

describe('a person named with where they come from or serve', () => {
  const intro = 'Stacy Roe and Tom Hart spoke on Monday.';

  it('takes the person, not the town or the state, in `NAME of Town, State says`', () => {
    const paragraph = 'Stacy Roe of Columbia, South Carolina says she thinks Tom Hart can win if he keeps “doing what he’s doing.”';
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual(['Stacy Roe']);
  });

  it('still takes a speaker after an opening phrase that holds `of` (`In Springfield of Illinois, NAME said`)', () => {
    const paragraph = 'In Springfield of Illinois, Hart said the plan was “good news.”';
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual(['Tom Hart']);
  });

  it('closes a capitalised party-of-place apposition (`NAME, Republican of West Virginia, said`)', () => {
    const paragraph = 'Dashing into a luncheon, Senator Stacy Roe, Republican of West Virginia, called over her shoulder, “His comments are not helping.”';
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual(['Stacy Roe']);
    expect(attributed([intro, 'Tom Hart, Democrat from Ohio, said the plan was “dead.”']).map(([speaker]) => speaker)).toEqual(['Tom Hart']);
  });

  it('takes the person before `of the BODY of PLACE`', () => {
    const paragraph = 'As Bishop Tom Hart of the Armenian Patriarchate of Jerusalem told reporters, “We have suffered the same fate.”';
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual(['Tom Hart']);
  });

  it('reads a rank after the role words before the name (`said Pentagon spokesman Navy Capt. NAME`, `Air Force 1st Lt. NAME`)', () => {
    expect(attributed([intro, '“We are already at war,” said Pentagon spokesman Navy Capt. Tom Hart, who was asked about it.'])).toEqual([['Tom Hart', 'adjacent']]);
    expect(attributed([intro, '“I really don’t understand it,” said Air Force 1st Lt. Stacy Roe.'])).toEqual([['Stacy Roe', 'adjacent']]);
  });
});

// A person and the place they come from, before the verb (fr, es, pt, it write `de`/`di`/`da`, which also stand
// inside names, and put the place in a lower-case apposition: `Marie Roe, de Lyon, a dit`).
describe.each([
  { language: 'English', intro: 'Jane Roe and Tom Hart came on Monday.', paragraph: 'Jane Roe from Ames, Iowa, said it was “good news.”' },
  { language: 'German', intro: 'Jane Roe und Tom Hart kamen am Montag.', paragraph: 'Jane Roe aus Köln sagte, das sei „eine gute Nachricht“.' },
  { language: 'Russian', intro: 'Яна Роева и Том Харт пришли в понедельник.', paragraph: 'Яна Роева из Москвы сказала, что это «хорошая новость».' },
  { language: 'French', intro: 'Jane Roe et Tom Hart sont venus lundi.', paragraph: 'Jane Roe, de Lyon, a dit que c’était « une bonne nouvelle ».' },
  { language: 'Portuguese', intro: 'Jane Roe e Tom Hart vieram na segunda-feira.', paragraph: 'Jane Roe, de Recife, Pernambuco, disse que era “uma boa notícia”.' },
])('$language: NAME from PLACE, VERB', ({ intro, paragraph }) => {
  it('takes the person, not the place', () => {
    expect(attributed([intro, paragraph]).map(([speaker]) => speaker)).toEqual([intro.split(/ (?:and|und|и|et|e) /u)[0]]);
  });
});
