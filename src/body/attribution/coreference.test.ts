import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../build-blocks';
import { collectPeople } from '../../people/mentions';
import { attributeQuotes } from '../quotes';
import { findQuoteSpans } from '../quote-spans';
import { type Gender } from './language-tables';
import { createDiscourse, sentences } from './discourse';
import { learnArticleGenders } from './genders';
import { thingNames } from './entities';

/** The speaker of each quote of a body given as paragraphs. */
function speakers(paragraphs: string[]): (string | undefined)[] {
  const blocks = buildBlocks(paragraphs.map((text) => ({ text, type: 'paragraph' as const })));
  return attributeQuotes(blocks, collectPeople(blocks.map((block) => block.text))).quotes.map((quote) => quote.speaker);
}

/** The genders the whole of a body tells, by person. */
function genders(paragraphs: string[]): Record<string, Gender> {
  const none = { has: (): boolean => false };
  const discourse = createDiscourse(collectPeople(paragraphs), none, none, thingNames(paragraphs));
  learnArticleGenders(discourse, paragraphs, paragraphs.map(findQuoteSpans));
  return Object.fromEntries(discourse.genders);
}

describe('a person’s gender from the whole article', () => {
  it('reads the pronouns of a sentence that names the person alone, and of the next sentence', () => {
    expect(genders(['Casey Dunn said her office would publish her plan.'])).toEqual({ 'Casey Dunn': 'f' });
    expect(genders(['Casey Dunn arrived late. He apologised to the council.'])).toEqual({ 'Casey Dunn': 'm' });
    expect(genders(['Анна Петрова выступила первой. Она сказала, что план готов.'])).toEqual({ 'Анна Петрова': 'f' });
    expect(genders(['Pedro Alves chegou cedo e falou do plano dele.', 'Alves disse que ele vai votar.'])).toEqual({ 'Pedro Alves': 'm' });
  });

  it('reads an honorific before the name', () => {
    expect(genders(['Casey Dunn arrived.', 'Mrs. Dunn spoke first.'])).toEqual({ 'Casey Dunn': 'f' });
    expect(genders(['Kim Vogel kam spät.', 'Frau Vogel sprach zuerst.'])).toEqual({ 'Kim Vogel': 'f' });
  });

  it('takes no pronoun that speaks of the person, or of someone else the sentence names', () => {
    // `…, she said`: someone speaking of Dunn; `him`: someone Dunn thanked; Lee: another person in the sentence.
    expect(genders(['Casey Dunn is wrong about the budget, she said.'])).toEqual({});
    expect(genders(['Casey Dunn thanked him for the work.'])).toEqual({});
    expect(genders(['Casey Dunn met Ann Lee and her staff.'])).toEqual({});
  });

  it('lets the article’s evidence outvote a stray pronoun, and decides nothing on a tie', () => {
    const text = ['Casey Dunn said she would run.', 'Dunn added that she had the votes.', 'Dunn praised his work on the budget.'];
    expect(genders(text)).toEqual({ 'Casey Dunn': 'f' });
    expect(genders(['Casey Dunn said she would run.', 'Dunn said he had the votes.'])).toEqual({});
  });
});

describe('pronouns resolved with the article’s genders', () => {
  it('skips the person the article later shows to be of the other gender', () => {
    const body = [
      'Jordan Hale met Casey Dunn in Springfield on Monday.',
      'Dunn spoke after Hale about the budget.',
      '“We agreed on the numbers,” he said.',
      'Dunn said her office would publish the plan. Later she thanked the council.',
    ];
    expect(speakers(body)).toEqual(['Jordan Hale']);
  });

  it('does so in other languages', () => {
    const body = [
      'Camille Morel a rencontré Dominique Roux à Lyon.',
      'Roux a parlé après Morel du budget.',
      '« Nous sommes d’accord », a-t-il dit.',
      'Roux a expliqué qu’elle publierait le plan. Ensuite elle a remercié le conseil.',
    ];
    expect(speakers(body)).toEqual(['Camille Morel']);
  });
});

describe('a person named after a modifier and a role', () => {
  it('takes the person after the role for the sentence’s subject (`Hale spokeswoman Jane Roe …`)', () => {
    expect(speakers(['Governor Tom Hale spoke on Monday.', 'Hale spokeswoman Jane Roe confirmed the plan on Tuesday.', '“It is final,” she said.'])).toEqual([
      'Jane Roe',
    ]);
    expect(speakers(['Democratic presidential candidate Jane Roe stretched the truth in Tuesday’s debate.', '“He is the best recruiter they have,” she said.'])).toEqual([
      'Jane Roe',
    ]);
  });

  it('gives the person the role a role noun refers back to', () => {
    expect(speakers(['Sen. Tom Hale met reporters on Monday.', 'Hale spokesman Ben Ortiz confirmed the vote.', 'Hale left early.', '“The vote stands,” the spokesman said.'])).toEqual([
      'Ben Ortiz',
    ]);
  });
});

describe('names of things', () => {
  it('keeps a possessive from cutting a thing’s name down to a person’s (`the Tom Hale Foundation’s`)', () => {
    const things = thingNames(['She praised the Tom Hale Foundation’s grants.']);
    expect(things.has('Tom Hale')).toBe(false);
    expect(things.has('Tom Hale Foundation')).toBe(true);
  });
});

describe('the subject of a sentence that opens with a clause', () => {
  // Each body: the subject is introduced, then a sentence opens with a short word and names someone else inside
  // that clause; the pronoun of the quote after it stands for the sentence's subject, not the clause's person.
  const cases: Record<string, [string[], string]> = {
    en: [['Jordan Hale spoke first at the hearing.', 'Since meeting Casey Dunn in May, Hale has changed his plan.', '“We will vote,” he said.'], 'Jordan Hale'],
    fr: [['Jean Morel a parlé le premier.', 'Avant de voir Paul Girard, Morel a voté contre le plan.', '« Nous voterons », a-t-il dit.'], 'Jean Morel'],
    de: [['Jonas Vogel sprach zuerst.', 'Nach dem Treffen mit Paul Weber hat Vogel den Plan verteidigt.', '„Wir stimmen ab“, sagte er.'], 'Jonas Vogel'],
    es: [['Pablo Ruiz habló primero.', 'Tras ver a Juan Ortega, Ruiz defendió el plan.', '«Vamos a votar», dijo él.'], 'Pablo Ruiz'],
    pt: [['Pedro Alves falou primeiro.', 'Antes de ver João Costa, Alves defendeu o plano.', '“Vamos votar”, disse ele.'], 'Pedro Alves'],
    it: [['Marco Conti ha parlato per primo.', 'Dopo aver visto Luca Ferri, Conti ha difeso il piano.', '«Voteremo», ha detto lui.'], 'Marco Conti'],
    ru: [['Иван Петров выступил первым.', 'После встречи с Олегом Смирновым, Петров защищал план.', '«Мы будем голосовать», — сказал он.'], 'Иван Петров'],
  };
  for (const [language, [body, speaker]] of Object.entries(cases)) {
    it(`does not take the person inside the opening clause (${language})`, () => {
      expect(speakers(body)).toEqual([speaker]);
    });
  }

  it('takes the name after a title and its dot that ends the opening run (`Republican Rep. Lee Zeldin`)', () => {
    expect(speakers(['Tom Hale spoke first.', 'Republican Rep. Ben Ortiz of Ohio, a Hale supporter, said the vote would help.', '“It is time,” he said.'])).toEqual(['Ben Ortiz']);
  });
});

describe('people a sentence names besides its subject', () => {
  // Each body: one person is the subject; one of the other gender is named only as an object; the quote's pronoun
  // can only be the latter.
  const cases: Record<string, [string[], string]> = {
    en: [['Tom Hale presented the budget on Monday. He spoke for an hour.', 'Afterwards the council heard Jane Roe.', '“We will appeal,” she said.'], 'Jane Roe'],
    fr: [['Paul Girard a présenté le budget lundi. Il a parlé une heure.', 'Le conseil a ensuite entendu Claire Roux.', '« Nous ferons appel », a-t-elle dit.'], 'Claire Roux'],
    // (German `sie` is also `they`: here the man is the one named only as an object)
    de: [['Frau Anna Vogel stellte am Montag den Haushalt vor.', 'Danach traf sie sich mit Paul Weber.', '„Wir gehen in Berufung“, sagte er.'], 'Paul Weber'],
    es: [['Pablo Ruiz presentó el presupuesto el lunes. Él habló una hora.', 'El consejo escuchó luego a Lucía Ortega.', '«Vamos a apelar», dijo ella.'], 'Lucía Ortega'],
    pt: [['Pedro Alves apresentou o orçamento na segunda. Ele falou uma hora.', 'O conselho ouviu depois Ana Costa.', '“Vamos recorrer”, disse ela.'], 'Ana Costa'],
    it: [['Marco Conti ha presentato il bilancio lunedì. Lui ha parlato per un’ora.', 'Il consiglio ha poi ascoltato Giulia Ferri.', '«Faremo ricorso», ha detto lei.'], 'Giulia Ferri'],
    ru: [['Иван Смирнов представил бюджет в понедельник. Он говорил час.', 'Затем совет встретился с Петровой.', '«Мы подадим апелляцию», — сказала она.', 'Анна Петрова возглавляет комиссию.'], 'Анна Петрова'],
  };
  for (const [language, [body, speaker]] of Object.entries(cases)) {
    it(`lets a pronoun stand for a person introduced as an object (${language})`, () => {
      expect(speakers(body)[0]).toBe(speaker);
    });
  }

  it('still prefers the subject when the genders agree', () => {
    expect(speakers(['Tom Hale presented the budget on Monday. He spoke for an hour.', 'Hale then met Ben Ortiz.', '“We will appeal,” he said.'])).toEqual(['Tom Hale']);
  });
});

describe('sentences', () => {
  it.each([
    ['Mrs. Roe spoke. She left.', ['Mrs. Roe spoke.', 'She left.']],
    [' she said.', [' she said.']],
    ['J. Roe came! Then Lee? No.', ['J. Roe came!', 'Then Lee?', 'No.']],
    ['It ended. then more.', ['It ended. then more.']],
    ['', ['']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
