import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../build-blocks';
import { collectPeople } from '../../people/mentions';
import { attributeQuotes } from '../quotes';

/** The speaker of each quote of a body given as paragraphs. */
function speakers(paragraphs: string[]): (string | undefined)[] {
  const blocks = buildBlocks(paragraphs.map((text) => ({ text, type: 'paragraph' as const })));
  return attributeQuotes(blocks, collectPeople(blocks.map((block) => block.text))).quotes.map((quote) => quote.speaker);
}

const INTRO = 'Mayor Ann Lee and the engineer Tom Hart opened the bridge in Springfield on Monday.';

describe('quotes that name or title a thing', () => {
  it.each([
    [INTRO, 'Hart, the engineer known as “the Builder,” said the work was done.'],
    [INTRO, 'Hart, the author of “Bridges of the North,” opened the new bridge.'],
    ['La maire Anne Leroy a inauguré le pont.', 'Leroy, surnommée « la Bâtisseuse », a inauguré le pont hier.'],
    ['Die Bürgermeisterin Anna Weber eröffnete die Brücke.', 'Weber sprach über die sogenannte „Brücke der Zukunft“ in der Stadt.'],
    ['La alcaldesa Ana García inauguró el puente.', 'García, conocida como «la Constructora», inauguró el puente ayer.'],
    ['A prefeita Ana Silva inaugurou a ponte.', 'Silva, conhecida como “a Construtora”, inaugurou a ponte ontem.'],
    ['La sindaca Anna Rossi ha inaugurato il ponte.', 'Rossi ha parlato del cosiddetto «ponte del futuro» in città.'],
    ['Мэр Анна Петрова открыла мост.', 'Петрова рассказала про так называемый «мост будущего» в городе.'],
  ])('keeps no speaker for a name or title: %s %s', (intro, paragraph) => {
    expect(speakers([intro, paragraph])).toEqual([undefined]);
  });
});

describe('an attribution clause closing the sentence', () => {
  it.each([
    [INTRO, 'The city made a “grave mistake” in the planning of the eastern approach road, Hart has said.', 'Tom Hart'],
    [INTRO, 'Many residents became more “hopeful” about the long project and its costs in the end, said Ann Lee.', 'Ann Lee'],
    ['La maire Anne Leroy a inauguré le pont.', 'La ville a commis une « grave erreur » dans la planification de la route, a déclaré Anne Leroy.', 'Anne Leroy'],
    ['Die Bürgermeisterin Anna Weber eröffnete die Brücke.', 'Die Stadt habe einen „schweren Fehler“ bei der Planung der Zufahrtsstraße gemacht, sagte Anna Weber.', 'Anna Weber'],
    ['La alcaldesa Ana García inauguró el puente.', 'La ciudad cometió un «grave error» en la planificación de la carretera de acceso, dijo Ana García.', 'Ana García'],
    ['A prefeita Ana Silva inaugurou a ponte.', 'A cidade cometeu um “erro grave” no planejamento da estrada de acesso leste, disse Ana Silva.', 'Ana Silva'],
    ['La sindaca Anna Rossi ha inaugurato il ponte.', 'La città ha commesso un «grave errore» nella pianificazione della strada di accesso, ha detto Anna Rossi.', 'Anna Rossi'],
    ['Анна Петрова открыла мост.', 'Город допустил «серьёзную ошибку» при планировании подъездной дороги к мосту, сказала Анна Петрова.', 'Анна Петрова'],
  ])('reads the clause after the comma: %s %s', (intro, paragraph, expected) => {
    expect(speakers([intro, paragraph])).toEqual([expected]);
  });

  it('leaves a reported clause after the comma alone', () => {
    expect(speakers([INTRO, 'The city made a “grave mistake” in the planning of the eastern approach road last year, Hart said the council would pay.'])).toEqual([undefined]);
  });
});

describe('quotes sharing a sentence or a paragraph with an attributed one', () => {
  it('gives a quote the speaker of the next quote of its sentence', () => {
    expect(speakers([INTRO, 'The “opt out” campaign is about “people telling the council what they want,” Hart said.'])).toEqual(['Tom Hart', 'Tom Hart']);
    expect(speakers(['La maire Anne Leroy a inauguré le pont.', 'Le « nouveau pont » est « un symbole pour la ville », a dit Leroy.'])).toEqual(['Anne Leroy', 'Anne Leroy']);
  });

  it('continues the last speaker into a fragment whose sentence names no one', () => {
    expect(speakers([INTRO, '“It is a fine day for the city,” Lee said. Instead, “the critics just look defeated.”'])).toEqual(['Ann Lee', 'Ann Lee']);
    expect(speakers(['Die Bürgermeisterin Anna Weber eröffnete die Brücke.', '„Es ist ein guter Tag für die Stadt“, sagte Weber. Stattdessen „wirken die Kritiker besiegt“.'])).toEqual(['Anna Weber', 'Anna Weber']);
  });

  it('does not continue it when the fragment’s sentence names someone', () => {
    expect(speakers([INTRO, '“It is a fine day for the city,” Lee said. Hart “kind of misspoke” about the costs.'])).toEqual(['Ann Lee', undefined]);
  });

  it('weighs only the names after the last attributed quote, however many quotes came before', () => {
    const chain = '“It is a fine day,” Lee said. Hart “kind of misspoke” today. “The toll will go,” Lee said. Instead, “the critics look defeated.”';
    expect(speakers([INTRO, chain])).toEqual(['Ann Lee', undefined, 'Ann Lee', 'Ann Lee']);
    expect(speakers([INTRO, `${chain} Hart “kind of misspoke” again.`])).toEqual(['Ann Lee', undefined, 'Ann Lee', 'Ann Lee', undefined]);
  });

  it('continues a fragment only from a sentence stop after the last attributed quote', () => {
    expect(speakers([INTRO, '“It is a fine day,” Lee said. “Yes” and “no” and “maybe” were heard. Instead, “the critics look defeated.”'])).toEqual(['Ann Lee', undefined, undefined, undefined, 'Ann Lee']);
    expect(speakers([INTRO, '“It is a fine day,” Lee said. Instead, “the critics” and “the crowds” look “defeated.”'])).toEqual(['Ann Lee', 'Ann Lee', undefined, undefined]);
  });
});

describe('cues and names', () => {
  it('reads `as NAME put it`', () => {
    expect(speakers([INTRO, 'As the engineer Tom Hart put it, “The bridge will outlast all of us.”'])).toEqual(['Tom Hart']);
  });

  it('drops a bare party or a state in brackets after a name', () => {
    expect(speakers([INTRO, 'Sen. Ann Lee (Tex.) has said that she would “fight the toll to the end.”'])).toEqual(['Ann Lee']);
    expect(speakers([INTRO, 'In a statement, Rep. Tom Hart (D) reacted to the news, saying: “The toll must go.”'])).toEqual(['Tom Hart']);
  });
});
