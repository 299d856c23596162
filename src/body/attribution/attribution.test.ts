import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../build-blocks';
import { collectPeople } from '../../people/mentions';
import { attributeQuotes } from '../quotes';

/** `[quote text, speaker or undefined, sieve or undefined]` for a body given as paragraphs. */
function attributed(paragraphs: string[]): [string, string | undefined, string | undefined][] {
  const blocks = buildBlocks(paragraphs.map((text) => ({ text, type: 'paragraph' as const })));
  const { quotes, sieves } = attributeQuotes(blocks, collectPeople(blocks.map((block) => block.text)));
  return quotes.map((quote, index) => [quote.text, quote.speaker, sieves[index]]);
}

/** The speakers only. */
function speakers(paragraphs: string[]): (string | undefined)[] {
  return attributed(paragraphs).map(([, speaker]) => speaker);
}

// One introduction paragraph per language, then one paragraph per shape: the speaker must be the introduced person.
describe.each([
  {
    language: 'English',
    intro: 'Mayor Ann Lee and the engineer Tom Hart opened the bridge on Monday.',
    after: '“We are proud of it,” Lee said.',
    inverted: '“We are proud of it,” said Lee.',
    before: 'Lee said: “We are proud of it.”',
    colon: 'Lee: “We are proud of it.”',
    according: 'The bridge is “safe for decades,” according to Lee.',
    told: '“We are proud of it,” Lee told reporters.',
    joined: 'The bridge is “safe” and “built to last,” Lee said.',
    stance: 'Lee called the bridge “a gift to the city.”',
  },
  {
    language: 'French',
    intro: 'La maire Anne Leroy et l’ingénieur Paul Martin ont inauguré le pont lundi.',
    after: '« Nous en sommes fiers », a déclaré Leroy.',
    inverted: '« Nous en sommes fiers », a affirmé Anne Leroy.',
    before: 'Leroy a déclaré : « Nous en sommes fiers. »',
    colon: 'Leroy : « Nous en sommes fiers. »',
    according: 'Selon Leroy, le pont est « sûr pour des décennies ».',
    told: '« Nous en sommes fiers », a expliqué Leroy aux journalistes.',
    joined: 'Le pont est « sûr » et « construit pour durer », a déclaré Leroy.',
    stance: 'Leroy qualifie le pont de « cadeau pour la ville ».',
  },
  {
    language: 'German',
    intro: 'Bürgermeisterin Anna Lehmann und der Ingenieur Paul Hartmann eröffneten am Montag die Brücke.',
    after: '„Wir sind stolz darauf“, sagte Lehmann.',
    inverted: '„Wir sind stolz darauf“, erklärte Anna Lehmann.',
    before: 'Lehmann sagte: „Wir sind stolz darauf.“',
    colon: 'Lehmann: „Wir sind stolz darauf.“',
    according: 'Die Brücke sei „für Jahrzehnte sicher“, so Lehmann.',
    told: '„Wir sind stolz darauf“, entgegnete Lehmann den Kritikern.',
    joined: 'Die Brücke sei „sicher“ und „für Jahrzehnte gebaut“, sagte Lehmann.',
    stance: 'Lehmann nannte die Brücke „ein Geschenk für die Stadt“.',
  },
  {
    language: 'Spanish',
    intro: 'La alcaldesa Ana López y el ingeniero Pablo Martín inauguraron el puente el lunes.',
    after: '“Estamos orgullosos”, dijo López.',
    inverted: '“Estamos orgullosos”, afirmó Ana López.',
    before: 'López dijo: “Estamos orgullosos.”',
    colon: 'López: “Estamos orgullosos.”',
    according: 'Según López, el puente es “seguro para décadas”.',
    told: '“Estamos orgullosos”, explicó López a los periodistas.',
    joined: 'El puente es “seguro” y “hecho para durar”, dijo López.',
    stance: 'López llamó al puente “un regalo para la ciudad”.',
  },
  {
    language: 'Portuguese',
    intro: 'A prefeita Ana Souza e o engenheiro Paulo Lima inauguraram a ponte na segunda-feira.',
    after: '“Estamos orgulhosos”, disse Souza.',
    inverted: '“Estamos orgulhosos”, afirmou Ana Souza.',
    before: 'Souza disse: “Estamos orgulhosos.”',
    colon: 'Souza: “Estamos orgulhosos.”',
    according: 'Segundo Souza, a ponte é “segura por décadas”.',
    told: '“Estamos orgulhosos”, explicou Souza aos jornalistas.',
    joined: 'A ponte é “segura” e “feita para durar”, disse Souza.',
    stance: 'Souza chamou a ponte de “um presente para a cidade”.',
  },
  {
    language: 'Italian',
    intro: 'La sindaca Anna Rossi e l’ingegnere Paolo Bianchi hanno inaugurato il ponte lunedì.',
    after: '«Siamo orgogliosi», ha detto Rossi.',
    inverted: '«Siamo orgogliosi», ha dichiarato Anna Rossi.',
    before: 'Rossi ha detto: «Siamo orgogliosi.»',
    colon: 'Rossi: «Siamo orgogliosi.»',
    according: 'Secondo Rossi, il ponte è «sicuro per decenni».',
    told: '«Siamo orgogliosi», ha spiegato Rossi ai giornalisti.',
    joined: 'Il ponte è «sicuro» e «fatto per durare», ha detto Rossi.',
    stance: 'Rossi ha definito il ponte «un regalo per la città».',
  },
  {
    language: 'Russian',
    intro: 'Мэр Анна Петрова и инженер Павел Смирнов открыли мост в понедельник.',
    after: '«Мы гордимся им», — сказала Петрова.',
    inverted: '«Мы гордимся им», — заявила Анна Петрова.',
    before: 'Петрова заявила: «Мы гордимся им».',
    colon: 'Петрова: «Мы гордимся им».',
    according: 'По словам Петровой, мост «надёжен на десятилетия».',
    told: '«Мы гордимся им», — сказала Петрова журналистам.',
    joined: 'Мост «надёжен» и «построен на века», — сказала Петрова.',
    stance: 'Петрова назвала мост «подарком для города».',
  },
])('$language: the adjacent sieve', ({ intro, after, inverted, before, colon, according, told, joined, stance }) => {
  const speaker = speakers([intro, after])[0] ?? '';
  it.each([
    ['“…,” NAME said', after],
    ['“…,” said NAME', inverted],
    ['NAME said: “…”', before],
    ['NAME: “…”', colon],
    ['according to NAME', according],
    ['“…,” NAME told X', told],
  ])('%s', (_, paragraph) => {
    expect(speaker.length).toBeGreaterThan(0);
    expect(attributed([intro, paragraph])).toEqual([[expect.any(String), speaker, 'adjacent']]);
  });

  it('NAME called X “…” (a verb of stance)', () => {
    expect(speakers([intro, stance])).toEqual([speaker]);
  });

  it('“A” and “B,” NAME said: both quotes', () => {
    expect(attributed([intro, joined]).map(([, who, sieve]) => [who, sieve])).toEqual([
      [speaker, 'adjacent'],
      [speaker, 'adjacent'],
    ]);
  });
});

describe('the sentence, paragraph and continuation sieves', () => {
  it('a split quote gives both halves the speaker of its cue', () => {
    expect(speakers(['Senator Jane Roe spoke on Monday.', '“We will win,” she said, “and we will win soon.”'])).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('a speech verb elsewhere in the sentence', () => {
    expect(attributed(['Senator Jane Roe said on Monday that the plan was “a disaster for every family”.'])).toEqual([
      ['a disaster for every family', 'Jane Roe', 'sentence'],
    ]);
  });

  it('verbs of stance and criticism are cues', () => {
    expect(speakers(['Jane Roe spoke in Ohio on Monday, mocking the plan as “a fantasy for rich donors.”'])).toEqual(['Jane Roe']);
    expect(speakers(['Jane Roe condemned the “reckless and dangerous” plan on Monday.'])).toEqual(['Jane Roe']);
    // every form of a verb: `-ies` (deny → denies), doubled consonants (quip → quipped), `-e` stems (argue → arguing)
    expect(speakers(['Jane Roe denies the plan is “a giveaway to donors.”'])).toEqual(['Jane Roe']);
    expect(speakers(['“Not my problem,” Jane Roe quipped on Monday.'])).toEqual(['Jane Roe']);
    expect(speakers(['Jane Roe spoke on Monday, arguing that the plan is “a giveaway to donors.”'])).toEqual(['Jane Roe']);
  });

  it('a statement after a speaker’s quote in a paragraph of several speakers keeps that speaker', () => {
    expect(speakers(['“We are refugees,” Jane Roe said. “We are not criminals.” Tom Hart said: “The attack was the work of criminals.”'])).toEqual([
      'Jane Roe',
      'Jane Roe',
      'Tom Hart',
    ]);
  });

  it('the paragraph’s one speaker gives their other statements', () => {
    expect(attributed(['“We will win,” Jane Roe said. “Nobody in this state doubts it any more.”'])).toEqual([
      ['We will win', 'Jane Roe', 'adjacent'],
      ['Nobody in this state doubts it any more.', 'Jane Roe', 'paragraph'],
    ]);
    expect(speakers(['“It is a fair point,” Jane Roe said. “(Hart) has the values I like. I would vote for him.”'])).toEqual(['Jane Roe', 'Jane Roe']);
    expect(attributed(['“There was carnage,” Jane Roe said. “Bodies everywhere.”'])).toEqual([
      ['There was carnage', 'Jane Roe', 'adjacent'],
      ['Bodies everywhere.', 'Jane Roe', 'paragraph'],
    ]);
  });

  it('a verb of naming right before the quote names a thing; after an object it reports words', () => {
    expect(speakers(['Jane Roe read a book called “A Warning” on the train.'])).toEqual([undefined]);
    expect(speakers(['Jane Roe spoke in Ohio and called the system “rotten to the core.”'])).toEqual(['Jane Roe']);
  });

  it('a quote-only paragraph continues the last speaker, unless someone else was named in between', () => {
    expect(speakers(['“We will win,” Jane Roe said.', '“And we will build the bridge next year.”'])).toEqual(['Jane Roe', 'Jane Roe']);
    expect(speakers(['“We will win,” Jane Roe said.', 'Senator Tom Hart disagreed sharply with the plan.', '“The bridge will never be built in time.”'])).toEqual([
      'Jane Roe',
      undefined,
    ]);
  });

  it('no speaker for a scare quote, a title or a group', () => {
    expect(speakers(['Jane Roe visited the so-called “logistics triangle” on Monday.', 'She read a book called “A Warning” on the train.'])).toEqual([
      undefined,
      undefined,
    ]);
    expect(speakers(['Jane Roe spoke first.', '“We are not convinced,” they said.'])).toEqual([undefined]);
    // A work performed after the quote, in marks of another kind than the quote's closing one, is a title.
    expect(attributed(['Jane Roe interjected, “Friends, here is Mr. Tom Hart," who then performed "Songs Of The River."'])).toEqual([
      ['Friends, here is Mr. Tom Hart', 'Jane Roe', 'adjacent'],
      ['Songs Of The River.', undefined, undefined],
    ]);
  });

  it.each([
    ['Mayor Ann Lee and the engineer Tom Hart opened the bridge on Monday.', 'Hart spoke first. “We are proud of it,” Lee interjected.'],
    ['Mayor Ann Lee and the engineer Tom Hart opened the bridge on Monday.', 'Hart spoke first. Lee interjected, “We are proud of it.”'],
    ['La maire Ann Lee a ouvert le pont lundi.', '« Nous en sommes fiers », interrompt Lee.'],
    ['Bürgermeisterin Ann Lee eröffnete am Montag die Brücke.', '„Wir sind stolz darauf“, unterbrach Lee.'],
    ['Ann Lee und Tom Hart eröffneten am Montag die Brücke.', 'Hart sprach zuerst. Lee warf ein, „wir sind stolz darauf“.'],
    ['La alcaldesa Ann Lee inauguró el puente el lunes.', '“Estamos orgullosos de él”, interrumpió Lee.'],
    ['A prefeita Ann Lee inaugurou a ponte na segunda-feira.', '“Estamos orgulhosos dela”, interrompeu Lee.'],
    ['La sindaca Ann Lee ha inaugurato il ponte lunedì.', '«Ne siamo orgogliosi», ha interrotto Lee.'],
    ['Мэр Энн Ли открыла мост в понедельник.', '«Мы гордимся им», — перебила Ли.'],
  ])('a speaker who interjects (%s / %s)', (intro, quote) => {
    expect(speakers([intro, quote])[0]).toMatch(/Ann Lee|Энн Ли/u);
  });
});

describe('mentions and coreference', () => {
  it('strips titles and party-state tags, keeps particles, drops a sentence-initial word', () => {
    expect(speakers(['“It is over,” said Sen. Ben Sasse (R-Neb.).'])).toEqual(['Ben Sasse']);
    expect(speakers(['“It is over,” said Kevin McCarthy, R-Calif., on Tuesday.'])).toEqual(['Kevin McCarthy']);
    expect(speakers(['Ludwig van Beethoven wrote music.', '“It is over,” van Beethoven said.'])).toEqual(['Ludwig van Beethoven']);
    expect(speakers(['Conan O’Brien hosted the show.', '“It is over,” O’Brien said.'])).toEqual(['Conan O’Brien']);
    expect(speakers(['Regierungssprecher Steffen Seibert trat vor die Presse.', '„Das ist falsch“, sagte Seibert.'])).toEqual(['Steffen Seibert']);
    expect(speakers(['Russian Foreign Minister Sergei Lavrov arrived on Monday.', '“It is over,” Lavrov said.'])).toEqual(['Sergei Lavrov']);
  });

  it('keeps the name before an apposition, not the apposition’s role or place', () => {
    expect(speakers(['“It is over,” Mark Warner, the Virginia Democrat, said.'])).toEqual(['Mark Warner']);
    expect(speakers(['“It is over,” said Virginia delegate Beau Correll.'])).toEqual(['Beau Correll']);
    expect(speakers(['“It is over,” Jorge Ramos, 58, told reporters.'])).toEqual(['Jorge Ramos']);
    expect(speakers(['“It is over,” Tom Hart, now 81 and retired in Dayton, Ohio, said by telephone.'])).toEqual(['Tom Hart']);
    expect(speakers(['“It is over,” Ann Lee, a Acme spokeswoman, said in an email.'])).toEqual(['Ann Lee']);
  });

  it('takes the person after an employer and a role, not the employer', () => {
    expect(speakers(['“It is over,” said Ohio State University political scientist Ann Lee.'])).toEqual(['Ann Lee']);
    expect(speakers(['“It is over,” said Smith’s top foreign policy aide Tom Hart.'])).toEqual(['Tom Hart']);
    expect(speakers(['“It is over,” said another Acme user, Ann Lee.'])).toEqual(['Ann Lee']);
    expect(speakers(['“It is over,” said United Auto Workers Secretary-Treasurer Tom Hart.'])).toEqual(['Tom Hart']);
  });

  it('gives a participle cue (`…, saying “…”`, `“…,” adding that …`) the sentence’s subject', () => {
    expect(speakers(['Mr. Tom Hart spoke about the war in eastern Ukraine, saying, “We never sent anyone there at all,” but few agreed.'])).toEqual(['Tom Hart']);
    expect(speakers(['Ann Lee said there is “only one candidate who can win,” adding that it is why Tom Hart “attacks us every day.”'])).toEqual([
      'Ann Lee',
      'Ann Lee',
    ]);
  });

  it('reads a code or hyphenated acronym before a title and name (`said UC-AFT President NAME`)', () => {
    expect(speakers(['“It was a large purchase,” said UC-AFT President Tom Hart, who declined to comment further.'])).toEqual(['Tom Hart']);
  });

  it('reads an inverted cue after a clause (`“…” in the primary, said NAME`)', () => {
    expect(speakers(['Lee “did well with young voters” in the 2008 primary, said Ohio State University professor Tom Hart.'])).toEqual(['Tom Hart']);
    expect(speakers(['Lee “did well with young voters” in New Hampshire, said Tom Hart.'])).toEqual(['Tom Hart']);
  });

  it('keeps the name before an appositive that starts with a possessive (`NAME, Lee’s campaign manager,`)', () => {
    expect(speakers(['“We are on pace to win,” Tom Hart, Lee’s campaign manager, said in a statement.'])).toEqual(['Tom Hart']);
  });

  it('never takes the one spoken to (`told X`) for the speaker', () => {
    expect(speakers(['“It is a fair concern,” Hart, 69, told Acme Monday.'])).toEqual(['Hart']);
  });

  it('reads a surname in -ian after a first name as a surname, not a nationality', () => {
    expect(speakers(['“It is over,” Rosette Pambakian, a spokeswoman, said.'])).toEqual(['Rosette Pambakian']);
  });

  it('resolves a surname to the first full name with it', () => {
    expect(speakers(['Hori Parata carved a whale bone.', 'His son Robert Parata watched.', '“It is ours,” Parata said.'])).toEqual(['Hori Parata']);
  });

  it('resolves a pronoun to the most recent person of its gender', () => {
    expect(speakers(['Mrs. Jane Roe met Mr. Tom Hart in Paris.', '“It went well,” she said.', '“It went badly,” he said.'])).toEqual(['Jane Roe', 'Tom Hart']);
  });

  it('takes no subject from words after a quote inside a sentence', () => {
    expect(speakers(['Mrs. Ann Lee spoke first.', 'Her rival Jane Roe said Hart is “proud” to support Lee’s plan.', '“It is a good plan,” she said.'])).toEqual([
      'Jane Roe',
      'Jane Roe',
    ]);
  });

  it('takes a one-word speaker or a titled name for a person a pronoun may refer to', () => {
    expect(speakers(['Donald Trump met Obama on Monday.', 'Obama said the plan would work.', '“It is a good plan,” he added.'])).toEqual(['Obama']);
    expect(speakers(['Donald Trump met Obama on Monday.', 'In the evening, President Obama spoke about the deal.', '“It is a good deal,” he said.'])).toEqual(['Obama']);
  });

  it('takes no subject of a reported clause for a speaker (`says Libya is …`)', () => {
    expect(speakers(['Tom Hart, an expert at the institute, says Libya is the biggest trouble spot.', '“She has to rethink her argument,” he said.'])).toEqual([
      'Tom Hart',
    ]);
  });

  it('finds the subject after a short opening phrase (`One voter, NAME, …`)', () => {
    expect(speakers(['Mrs. Ann Lee spoke first.', 'One voter, Jane Roe, 35, came in a red hat.', '“I liked every single reason,” she said.'])).toEqual(['Jane Roe']);
  });

  it('resolves a role noun to the person introduced with that role', () => {
    expect(speakers(['Sen. Jane Roe met Mayor Tom Hart.', '“It went well,” the senator said.'])).toEqual(['Jane Roe']);
  });

  it('takes an organisation as a speaker', () => {
    expect(speakers(['“We will respond,” the White House said in a statement.'])).toEqual(['White House']);
    expect(speakers(['Le pont est « sûr pour des décennies », selon le ministère des Transports.'])).toEqual(['ministère des Transports']);
  });

  it('never takes a sentence opener for a name', () => {
    expect(speakers(['Donald Trump spoke in Ohio.', 'Certainly Trump said: “We will win.”'])).toEqual(['Donald Trump']);
  });
});

describe('what a quote is', () => {
  it('keeps nested quotes in every style inside one quote', () => {
    expect(attributed(['«Это не «утка», это правда», — сказал Песков.']).map(([text]) => text)).toEqual(['Это не «утка», это правда']);
    expect(attributed(['“He called it ‘a hoax’ again,” Roe said.']).map(([text]) => text)).toEqual(['He called it ‘a hoax’ again']);
    expect(attributed(['„Er nannte es ‚einen Witz‘ heute“, sagte Seibert.']).map(([text]) => text)).toEqual(['Er nannte es ‚einen Witz‘ heute']);
  });

  it('reads typewriter quotes as in news copy', () => {
    expect(attributed(["''We are almost at permanent presence,'' Mr. Kamp said."])).toEqual([['We are almost at permanent presence', 'Kamp', 'adjacent']]);
  });
});

describe('according to NAME after a quote', () => {
  it.each([
    'The bridge is “safe for decades,” according to Lee.',
    'The bridge is “safe for decades,” ACCORDING TO Lee.',
    'The bridge is “safe for decades,” Según Lee.',
  ])('%s', (paragraph) => {
    expect(attributed(['Mayor Ann Lee opened the bridge.', paragraph])).toEqual([['safe for decades', 'Ann Lee', 'adjacent']]);
  });
});
