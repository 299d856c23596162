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

describe('the clause around a cue', () => {
  it('reads the name after title words that end with a dot (`said Democratic Rep. NAME`)', () => {
    expect(speakers([INTRO, '“We are proud of it,” said Democratic Rep. Tom Hart.'])).toEqual(['Tom Hart']);
  });

  it('stops an employer-and-role phrase at a relative pronoun (`said Sen. NAME who represents PLACE`)', () => {
    expect(speakers([INTRO, '“It was a big deal,” said Sen. Ann Lee who represents Springfield Heights in the state senate.'])).toEqual(['Ann Lee']);
  });

  it('reads a sentence-opening verb before its subject (`Said NAME, “…”`)', () => {
    expect(speakers([INTRO, 'Said Hart, “The thought of it is very painful to us.”'])).toEqual(['Tom Hart']);
  });

  it('never takes the name after a preposition before a colon for the speaker', () => {
    expect(speakers([INTRO, 'Lee delivered a blunt message to Hart: “It is time to stop attacking people.”'])).toEqual(['Ann Lee']);
    expect(speakers(['La maire Anne Leroy et l’ingénieur Paul Martin ont inauguré le pont.', 'Leroy a adressé un message clair à Martin : « Il faut arrêter. »'])).toEqual(['Anne Leroy']);
  });

  it('gives reported speech to its reporter (`NAME said X called the plan “…”`)', () => {
    expect(speakers([INTRO, 'Hart said Lee called the plan “closely coordinated” in a meeting.'])).toEqual(['Tom Hart']);
    expect(speakers([INTRO, 'Lee acknowledged that she had misspoken when Hart claimed the bridge was “unsafe.”'])).toEqual(['Ann Lee']);
    expect(speakers(['La maire Anne Leroy et l’ingénieur Paul Martin ont inauguré le pont.', 'Leroy a déclaré que Martin a qualifié le plan de « bien coordonné ».'])).toEqual(['Anne Leroy']);
  });

  it('ends an outer cue at a clause break or a new subject', () => {
    expect(speakers([INTRO, 'Lee praised the crew and Hart says the bridge is “safe for decades.”'])).toEqual(['Tom Hart']);
    expect(speakers([INTRO, 'Hart tweeted after Lee argued that the bridge is “a gift to the city.”'])).toEqual(['Ann Lee']);
  });

  it('takes the subject of the verb’s clause (`NAME shook her head and said, “…”`)', () => {
    expect(speakers([INTRO, 'Asked whether Hart would stay on, Lee shook her head and said, “No.”'])).toEqual(['Ann Lee']);
  });

  it('gives a participle after a comma the main clause’s subject, not its object', () => {
    expect(speakers([INTRO, 'Speaking at a town hall in Springfield, Lee went after Hart, calling him “a total stiff.”'])).toEqual(['Ann Lee']);
  });

  it('takes a name right after a quote that closes on a comma for the sentence’s subject', () => {
    expect(speakers([INTRO, 'At an event billed as “Bridges for All,” Hart unveiled a plan to fix the highways.', '“I remember the snowfall,” he told the hall.'])).toEqual([undefined, 'Tom Hart']);
  });

  it('learns a person’s gender from the pronoun after their name in a sentence naming no one else', () => {
    expect(speakers(['Ann Lee and Tom Hart spoke.', 'Lee left the room.', 'Hart said he would stay.', '“I will win,” she said.'])).toEqual(['Ann Lee']);
    expect(speakers(['Ann Lee and Tom Hart spoke.', 'Lee left the room.', 'Hart said the vote was close.', '“I will win,” she said.'])).toEqual(['Tom Hart']);
  });

  it('resolves a role noun no one was introduced with to a person, not a place', () => {
    expect(speakers(['Tom Hart spoke in Springfield.', 'Springfield voted on Monday.', '“It is done,” the engineer said.'])).toEqual(['Tom Hart']);
  });
});

describe('what a pronoun may stand for', () => {
  it('never a name the body writes after `the` or `in` (a thing or a place)', () => {
    expect(speakers(['Tom Hart arrived on Monday.', 'The Springfield Harbor was closed after the storm.', 'Springfield Harbor reopened.', '“We lost a week,” he said.'])).toEqual(['Tom Hart']);
    expect(speakers(['Paul Martin est arrivé lundi.', 'Il a visité la Maison Blanche.', 'Maison Blanche a répondu.', '« Nous avons perdu une semaine », a-t-il dit.'])).toEqual(['Paul Martin']);
  });
});

describe('appositives closed by a comma', () => {
  it('reads the name before an aside that opens in lower case (`NAME, at the ORG, said`)', () => {
    expect(speakers([INTRO, 'Hart, at the Springfield Bridge Institute, said the crossing was “safe for decades.”'])).toEqual(['Tom Hart']);
    expect(speakers([INTRO, 'Engineer Tom Hart, clad in a cape that read Springfield, said the bridge was “a gift.”'])).toEqual(['Tom Hart']);
    expect(speakers([INTRO, 'Paul Martin, du ministère, a déclaré que le pont était « sûr ».'])).toEqual(['Paul Martin']);
  });

  it('reads the person before where they work (`NAME of the ORG told`)', () => {
    expect(speakers([INTRO, 'As Tom Hart of the Springfield Bridge Authority told reporters, “We have never built a safer bridge.”'])).toEqual(['Tom Hart']);
  });
});
