import { describe, expect, it } from 'vitest';
import { isCommonPhrase, parseByline } from './byline';

describe('parseByline', () => {
  it.each([
    // English
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Jane Roe, Reuters', ['Jane Roe']],
    ['Story by Jane Roe', ['Jane Roe']],
    ['By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU', ['Daniel Kahn Gillmor']],
    // A photographer credited beside the writer is no author; co-authors in brackets are.
    ['by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)', ['Eleanor Ainge Roy']],
    ['By Jane Roe (with John Doe and Mary Major)', ['Jane Roe', 'John Doe', 'Mary Major']],
    // A name glued to its date, a name written twice (a picture's text, then the name)
    ['Jane Roe Jane Roe', ['Jane Roe']],
    ['By Jane RoeOctober 13, 2016', ['Jane Roe']],
    ['By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT', ['Alissa Wilkinson']],
    ['by Laura June Topolsky July 10, 2015', ['Laura June Topolsky']],
    ['By A. B. Smith, C. Jones & D. Brown', ['A. B. Smith', 'C. Jones', 'D. Brown']],
    ['By T.C. Sottek Nov 29, 2016, 10:00am EST', ['T.C. Sottek']],
    ['Written by Rob Ewaschuk', ['Rob Ewaschuk']],
    // French
    ['Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42', ['Alexandre Hervaud', 'Jérémy Piette']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Par Claire Dubois (avec Marc Petit et Léa Martin)', ['Claire Dubois', 'Marc Petit', 'Léa Martin']],
    ['Par Claire Dubois (photo)', []],
    // German
    ['Von Jane Roe und John Doe', ['Jane Roe', 'John Doe']],
    ['Von Max Mustermann, dpa', ['Max Mustermann']],
    ['Von Max Mustermann (mit Erika Musterfrau)', ['Max Mustermann', 'Erika Musterfrau']],
    // Spanish
    ['Por Steven Lee Myers, Keith Bradsher y Tariq Panja', ['Steven Lee Myers', 'Keith Bradsher', 'Tariq Panja']],
    // Capitals, abbreviations
    ['By JEFFREY ROE JAN. 13, 2017', ['Jeffrey Roe']],
    ['Por MARÍA LÓPEZ-GARCÍA y JUAN PÉREZ', ['María López-García', 'Juan Pérez']],
    ['1:39 PM ET', []],
    // Newsrooms, agencies and desks credited after a byline word
    ['By The New York Times', ['The New York Times']],
    ['By Associated Press', ['Associated Press']],
    ['By Staff', ['Staff']],
    ['By The Daily Planet Staff', ['The Daily Planet Staff']],
    ['Par La Rédaction', ['La Rédaction']],
    ['Von Redaktion', ['Redaktion']],
    ['Por Redacción', ['Redacción']],
    ['Por Agencia de Noticias', ['Agencia de Noticias']],
    ['Di Redazione', ['Redazione']],
    // Not people
    ['By the numbers', []],
    ['By press time', []],
    ['By 2020 Times', []],
    ['The New York Times', []],
    // A person and the outlet after a byline word are no newsroom; a newsroom after an inner `by` is no byline
    ['By Jane Roe WebMD Health News', []],
  ])('%s', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it('reads byline and date words as whole words, accented letters included', () => {
    expect(parseByline('Diána Kovács')).toEqual(['Diána Kovács']);
    expect(parseByline('Parés Vidal')).toEqual(['Parés Vidal']);
    expect(parseByline('By Pierre Léon and Adèle Martin')).toEqual(['Pierre Léon', 'Adèle Martin']);
    expect(parseByline('Por Ana Souza há 3 horas')).toEqual(['Ana Souza']);
  });

  it('credits a newsroom only when a byline word opens the line', () => {
    expect(parseByline('The debate was sponsored by CBS News', new Set(), true, false)).toEqual([]);
    expect(parseByline('CBS News', new Set(), true, true)).toEqual(['CBS News']);
  });

  it('tells menu phrases from names with the page vocabulary', () => {
    expect(isCommonPhrase('Special Reports', new Set(['special', 'reports']))).toBe(true);
    expect(isCommonPhrase('Jane Roe', new Set(['special', 'reports']))).toBe(false);
    expect(parseByline('By Special Reports', new Set(['special', 'reports']))).toEqual([]);
    // After a byline word, a name is a phrase only when every word of it is a lower-case word of the page.
    expect(parseByline('By Jane Bell', new Set(['bell']))).toEqual(['Jane Bell']);
    expect(parseByline('Jane Bell', new Set(['bell']))).toEqual([]);
  });
});
