import { describe, expect, it } from 'vitest';
import { namesShownFor } from './profile-names';

describe('names spelled by profile links', () => {
  it('takes the name a link spells where the page shows it, as the page writes it', () => {
    const text = 'By Jane Q. Roe and Émile Dupont-Ferrand\nMay 2, 2024';
    expect(namesShownFor(['https://news.example.com/by/jane-q-roe', 'https://news.example.com/profile/emile-dupont-ferrand/'], text)).toEqual(['Jane Q. Roe', 'Émile Dupont-Ferrand']);
  });

  it('skips a name the page does not show, a one-word handle, and words split by punctuation', () => {
    expect(namesShownFor(['https://news.example.com/author/time-magazine'], 'By Jane Roe for TIME')).toEqual([]);
    expect(namesShownFor(['https://social.example.com/janeroe'], 'By Jane Roe')).toEqual([]);
    expect(namesShownFor(['https://news.example.com/by/jane-roe'], 'Jane, Roe and others')).toEqual([]);
    expect(namesShownFor(['https://news.example.com/people/384067907/'], 'Jane Roe')).toEqual([]);
  });

  it('writes a name set only in capitals as a name, and prefers the page\'s own mixed-case form', () => {
    expect(namesShownFor(['https://news.example.com/by/jane-roe'], 'BY JANE ROE')).toEqual(['Jane Roe']);
    expect(namesShownFor(['https://news.example.com/by/jane-mcroe'], 'BY JANE MCROE\nJane McRoe is a reporter.')).toEqual(['Jane McRoe']);
  });
});
