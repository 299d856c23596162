import { describe, expect, it } from 'vitest';
import { articlePeople } from './article-people';
import { capitalisedRuns, collectPeople } from './mentions';
import { fromCapitals } from './person-name';

describe('articlePeople', () => {
  it('reads the body, then the context, then the tags that read as names', () => {
    const people = articlePeople({
      body: ['Sergei Lavrov arrived on Monday.'],
      context: ['Talks with Choe Son Hui'],
      tags: ['kim jong-un', 'foreign policy of russia today', 'sanctions'],
    });
    expect(people.map((person) => person.name)).toEqual(['Sergei Lavrov', 'Choe Son Hui', 'Kim Jong-un']);
  });

  it('lists a person once, where first introduced', () => {
    expect(articlePeople({ body: ['Jane Roe spoke.'], context: ['Jane Roe'], tags: ['jane roe'] })).toEqual([
      { name: 'Jane Roe', tokens: ['Jane', 'Roe'] },
    ]);
  });
});

describe('fromCapitals', () => {
  it.each([
    ['STEVEN DAVIDOFF SOLOMON', 'Steven Davidoff Solomon'],
    ['MARÍA LÓPEZ-GARCÍA', 'María López-García'],
    ['ИВАН ПЕТРОВ', 'Иван Петров'],
    ['Jane Roe', 'Jane Roe'],
    ['AP', 'AP'],
  ])('%s', (text, name) => {
    expect(fromCapitals(text)).toBe(name);
  });
});

describe('collectPeople', () => {
  it('keeps runs of two or more name tokens only, each name once, in order', () => {
    const people = collectPeople(['“Yes,” she said. Jane Roe came. Lee left. “No,” said Jane Roe and John Doe.']);
    expect(people.map((person) => person.name)).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('capitalisedRuns', () => {
  it('ends a run at a lower-case word, a closing mark or an opening mark, and keeps none empty', () => {
    expect(capitalisedRuns('said Jane Roe, and (Ann Lee) “Yes” no')).toEqual([['Jane', 'Roe'], ['Ann', 'Lee'], ['Yes']]);
  });
});
