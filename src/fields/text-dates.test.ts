import { describe, expect, it } from 'vitest';
import { isClockTimeLine } from './clock-time';
import { relativeDate } from './relative-dates';
import { monthOf } from './month-names';
import { findDates } from './text-dates';
import { zoneOffsetMinutes } from './time-zones';

const reference = new Date('2024-01-02T12:00:00Z');
const first = (text: string, language?: string): [string, string] | undefined => {
  const date = findDates(text, { ...(language === undefined ? {} : { language }), referenceDate: reference })[0];
  return date === undefined ? undefined : [date.iso, date.kind];
};

describe('findDates', () => {
  it.each([
    // English
    ['Nov. 19, 2019 8:03 am ET', 'en', '2019-11-19T13:03:00.000Z', 'unknown'],
    ['19 November 2019', 'en', '2019-11-19T00:00:00.000Z', 'unknown'],
    ['2019/11/19', 'en', '2019-11-19T00:00:00.000Z', 'unknown'],
    ['Updated 3:04 PM EST, Tue November 19, 2019', 'en', '2019-11-19T20:04:00.000Z', 'modified'],
    ['Published: 3 Jan 2019', 'en', '2019-01-03T00:00:00.000Z', 'published'],
    ['Thu 3 Jan 2019 02.00 EST', 'en', '2019-01-03T07:00:00.000Z', 'unknown'],
    ['Sept. 5, 2019', 'en', '2019-09-05T00:00:00.000Z', 'unknown'],
    ['9/11/13 10:00AM', 'en', '2013-09-11T10:00:00.000Z', 'unknown'],
    ['Dec. 6, 2024, 10:00 PM UTC', 'en', '2024-12-06T22:00:00.000Z', 'unknown'],
    // French
    ['19 novembre 2019', 'fr', '2019-11-19T00:00:00.000Z', 'unknown'],
    ['30 avril 2015 à 07:19', 'fr', '2015-04-30T07:19:00.000Z', 'unknown'],
    ['Mis à jour le 05.05.2015 à 20h13', 'fr', '2015-05-05T20:13:00.000Z', 'modified'],
    ['Publié le 1er mars 2021', 'fr', undefined, undefined],
    // German
    ['19.11.2019', 'de', '2019-11-19T00:00:00.000Z', 'unknown'],
    ['19. November 2019', 'de', '2019-11-19T00:00:00.000Z', 'unknown'],
    ['Aktualisiert am 3. März 2020, 14:05 MEZ', 'de', '2020-03-03T13:05:00.000Z', 'modified'],
    // Others
    ['24 de noviembre de 2017', 'es', '2017-11-24T00:00:00.000Z', 'unknown'],
    ['21.dez.2018 às 12h55', 'pt', '2018-12-21T12:55:00.000Z', 'unknown'],
    ['1. listopadu 2021', 'cs', '2021-11-01T00:00:00.000Z', 'unknown'],
    ['12 listopada 2019', 'pl', '2019-11-12T00:00:00.000Z', 'unknown'],
    ['3 mars 2021', 'sv', '2021-03-03T00:00:00.000Z', 'unknown'],
    ['5 Ağustos 2020', 'tr', '2020-08-05T00:00:00.000Z', 'unknown'],
    ['2017年3月10日', 'zh', '2017-03-10T00:00:00.000Z', 'unknown'],
    // A year that runs straight into the time (a rendering that dropped the space); a longer number is no year.
    ['December 15, 20163:33 PM ET', 'en', '2016-12-15T20:33:00.000Z', 'unknown'],
    ['December 15, 20163 visitors', 'en', undefined, undefined],
    ['No date here, only 42 apples.', 'en', undefined, undefined],
  ])('%s', (text, language, iso, kind) => {
    expect(first(text, language)).toEqual(iso === undefined ? undefined : [iso, kind]);
  });

  it('reads relative dates only against a reference date', () => {
    expect(first('il y a 3 heures', 'fr')).toEqual(['2024-01-02T09:00:00.000Z', 'unknown']);
    expect(first('vor 2 Tagen', 'de')).toEqual(['2023-12-31T12:00:00.000Z', 'unknown']);
    expect(first('3 hours ago', 'en')).toEqual(['2024-01-02T09:00:00.000Z', 'unknown']);
    expect(first('hace 1 semana', 'es')).toEqual(['2023-12-26T12:00:00.000Z', 'unknown']);
    expect(findDates('3 hours ago')).toEqual([]);
    expect(relativeDate('Updated 5 minutes ago', reference)).toEqual({ iso: '2024-01-02T11:55:00.000Z', modified: true, index: 8 });
  });

  it('finds both the publication and the update in one line', () => {
    expect(findDates('Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13', { language: 'fr' }).map((d) => [d.iso, d.kind])).toEqual([
      ['2015-05-04T13:36:00.000Z', 'unknown'],
      ['2015-05-05T20:13:00.000Z', 'modified'],
    ]);
  });
});

describe('month names and zones', () => {
  it.each([
    ['November', 10],
    ['Nov.', 10],
    ['novembre', 10],
    ['März', 2],
    ['dez', 11],
    ['noviembre', 10],
    ['listopadu', 10],
    ['Sept.', 8],
    ['janv.', 0],
    ['juil', 6],
    ['jui', undefined],
    ['mrt', 2],
    ['červen', 5],
    ['červenec', 6],
    ['Kasım', 10],
    ['Tuesday', undefined],
    ['', undefined],
  ])('monthOf(%s) = %s', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it('tries the page language first', () => {
    expect(monthOf('mar', 'es')).toBe(2);
    expect(monthOf('mai', 'fr')).toBe(4);
    expect(monthOf('listopad', 'pl')).toBe(10);
  });

  it('reads every English form the platform prints without an Intl table of its own', () => {
    for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'short' }] as const) {
      const format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        const form = format.formatToParts(new Date(Date.UTC(2000, month, 15))).find((part) => part.type === 'month')?.value ?? '';
        expect(monthOf(form, 'en'), form).toBe(month);
      }
    }
  });

  it('reads a month word as a whole letter run of 3 to 12 letters', () => {
    expect(findDates('19 November 2019')[0]?.iso).toBe('2019-11-19T00:00:00.000Z');
    expect(findDates('19 Novemberxxxxxx 2019')).toEqual([]);
    expect(findDates('2 No 2019')).toEqual([]);
    expect(findDates('Aug 5, 2021 and październik 3, 2020', { language: 'pl' }).map((date) => date.iso)).toEqual([
      '2021-08-05T00:00:00.000Z',
      '2020-10-03T00:00:00.000Z',
    ]);
  });

  it('applies US daylight saving to ET-style zones', () => {
    expect(zoneOffsetMinutes('ET', new Date('2019-07-01T00:00:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('ET', new Date('2019-12-01T00:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('CEST', new Date('2019-07-01T00:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('+05:30', new Date())).toBe(330);
    expect(zoneOffsetMinutes('XYZ', new Date())).toBeUndefined();
  });
});

describe('findDates: Cyrillic, CJK and spaced forms', () => {
  it.each([
    ['23 мая 2023 г.', '2023-05-23'],
    ['Опубликовано 12 января 2020, 14:30', '2020-01-12'],
    ['5 листопада 2021', '2021-11-05'],
    ['02 - Avril - 2019', '2019-04-02'],
    ['17 mai 1995', '1995-05-17'],
    ['2023年10月20日', '2023-10-20'],
    ['2023 年 10 月 20 日', '2023-10-20'],
    ['2023년 10월 20일', '2023-10-20'],
    ['20.10.2023', '2023-10-20'],
    ['Tue 29 Nov 2016 15.26 EST', '2016-11-29'],
    ['2019.03.08', '2019-03-08'],
    ['2019.03.08. 14:20', '2019-03-08'],
  ])('%s', (text, day) => {
    expect(findDates(text)[0]?.iso.slice(0, 10)).toBe(day);
  });

  it('reads no date from a month and a year alone (too coarse to date an article)', () => {
    expect(findDates('April 2023')).toEqual([]);
    expect(findDates('avril 2019')).toEqual([]);
  });

  it('tells publication from update words in Russian and Japanese', () => {
    expect(findDates('Опубликовано 12 января 2020')[0]?.kind).toBe('published');
    expect(findDates('Обновлено 13 января 2020')[0]?.kind).toBe('modified');
    expect(findDates('公開日 2019年2月13日')[0]?.kind).toBe('published');
  });

  it('reads no date from a version number', () => {
    expect(findDates('Release 2021.3.2 is out')).toEqual([]);
    expect(findDates('build 2021.03.02.1')).toEqual([]);
  });

  it('tells an update from an update word after the date, unless a date of its own follows it', () => {
    expect(findDates('2019.03.26 lastupdate')[0]?.kind).toBe('modified');
    expect(findDates('2019年3月26日 10:00 更新')[0]?.kind).toBe('modified');
    expect(findDates('May 4, 2023 Updated May 5, 2023').map((date) => date.kind)).toEqual(['unknown', 'modified']);
    expect(findDates('Published May 4, 2023 Last updated May 5, 2023').map((date) => date.kind)).toEqual(['published', 'modified']);
  });

  it('reads the update words of one table before a date, after it and before a relative date, in every language', () => {
    expect(findDates('Aggiornamento: 5 maggio 2020', { language: 'it' })[0]?.kind).toBe('modified');
    expect(findDates('Actualizada el 5 de mayo de 2020', { language: 'es' })[0]?.kind).toBe('modified');
    expect(findDates('Обновлён 13 января 2020')[0]?.kind).toBe('modified');
    expect(findDates('05.05.2020, 14:05 aktualisiert', { language: 'de' })[0]?.kind).toBe('modified');
    expect(findDates('Posted 05.05.2020, 14:05', { language: 'de' })[0]?.kind).toBe('published');
    expect(relativeDate('Actualizada hace 3 horas', reference)?.modified).toBe(true);
    expect(relativeDate('Mis à jour il y a 3 heures', reference)?.modified).toBe(true);
    expect(relativeDate('Publié il y a 3 heures', reference)?.modified).toBe(false);
  });

  it('keeps the time and zone of a dateline', () => {
    expect(findDates('Nov 29, 2016, 10:00am EST')[0]?.iso).toBe('2016-11-29T15:00:00.000Z');
  });
});

describe('isClockTimeLine', () => {
  it.each([
    ['1:39 PM ET', true],
    ['1:39 p.m. EDT', true],
    ['13:39 GMT', true],
    ['10.05 CET', true],
    ['6:32 PM', true],
    ['09:00 +01:00', true],
    ['0:46', false],
    ['14:10', false],
    ['1:39 PM XYZ', false],
    ['25:00 GMT', false],
    ['13:39 PM', false],
    ['1:39 PM ET Share', false],
  ])('%s → %s', (text, clock) => {
    expect(isClockTimeLine(text)).toBe(clock);
  });
});

describe('a time of day alone, against the reference date', () => {
  it.each([
    // The reference's day in the printed zone, at that time.
    ['1:39 PM ET', '2019-04-29T22:00:00Z', '2019-04-29T17:39:00.000Z'],
    ['9:05 AM', '2019-04-29T22:00:00Z', '2019-04-29T09:05:00.000Z'],
    ['12:30 AM', '2019-04-29T22:00:00Z', '2019-04-29T00:30:00.000Z'],
    ['12:30 PM', '2019-04-29T22:00:00Z', '2019-04-29T12:30:00.000Z'],
    ['15:26 CET', '2016-11-29T20:00:00Z', '2016-11-29T14:26:00.000Z'],
    ['09:00 +05:30', '2024-01-02T12:00:00Z', '2024-01-02T03:30:00.000Z'],
    // Later in the day than the reference: the day before (no page prints a time still to come).
    ['11:50 PM ET', '2019-04-29T22:00:00Z', '2019-04-29T03:50:00.000Z'],
    // Past midnight in UTC, still the evening before in the printed zone.
    ['8:15 PM ET', '2019-04-30T01:00:00Z', '2019-04-30T00:15:00.000Z'],
  ])('%s read at %s → %s', (text, at, iso) => {
    expect(findDates(text, { referenceDate: new Date(at) })).toEqual([{ iso, kind: 'unknown', index: 0 }]);
  });

  it('gives no date without a reference date, nor for a bare time or a time in a sentence', () => {
    expect(findDates('1:39 PM ET')).toEqual([]);
    expect(findDates('14:10', { referenceDate: reference })).toEqual([]);
    expect(findDates('The vote ended at 1:39 PM ET on the floor.', { referenceDate: reference })).toEqual([]);
  });
});
