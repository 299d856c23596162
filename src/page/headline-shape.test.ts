import { describe, expect, it } from 'vitest';
import { headlineShape, isLabelValue, isPlayerTime } from './headline-shape';

/** The shape of a headline and of the lines that are never one. Lines written for these tests. */
describe('headline shape', () => {
  it('scores a title of the usual length, in Latin script and in CJK', () => {
    expect(headlineShape('Council delays the budget vote for the third time', false)).toBeGreaterThan(0);
    expect(headlineShape('市議会、予算案の採決を再び延期へ', true)).toBeGreaterThan(0);
  });

  it.each(['Jane Roe Click here to view Jane Roe’s profile', 'Jane Roe: klicken Sie hier für das Profil', 'Cliquez ici pour voir le profil de Jane Roe', 'Haga clic aquí para ver el perfil'])('never takes a call to click for a headline: %s', (text) => {
    expect(headlineShape(text, false)).toBe(Number.NEGATIVE_INFINITY);
  });

  it.each(['Previous Next', 'PreviousNext', 'Download PDF', 'View the discussion thread.'])('never takes a page control for a headline: %s', (text) => {
    expect(headlineShape(text, false)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('never takes a lede of twenty words or more for a headline, even with a space before its full stop', () => {
    const lede = 'The holder of the rights to this report has granted the city a licence to show it for as long as the council wants to keep it online .';
    expect(headlineShape(lede, false)).toBe(Number.NEGATIVE_INFINITY);
  });

  it.each(['Information provided by (Responsible Party):', 'Aktuelle Seite:', 'Auftraggeber:'])('never takes a label for a headline: %s', (text) => {
    expect(headlineShape(text, false)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('label values', () => {
  it.each([
    ['Riverton City Planning Department', 'Sponsor:'],
    ['Stadtverwaltung Riverton Planungsamt', 'Auftraggeber:'],
    ['リバートン市都市計画課', '主催：'],
  ])('takes the line under a label for its value: %s', (text, label) => {
    expect(isLabelValue(text, label, undefined)).toBe(true);
  });

  it('takes a row among rows of labels and values for a field, not a lone kicker line', () => {
    expect(isLabelValue('Status: Approved', 'Record Identifier: CITY-2023-0042', 'First Posted: May 4, 2023')).toBe(true);
    expect(isLabelValue('Genetik: Das Geheimnis der größten Blume der Welt', 'Biologie', 'Das Genom der Pflanze offenbart, wozu Parasiten fähig sind.')).toBe(false);
    expect(isLabelValue('Council delays the budget vote', 'Politics', 'By Jane Roe')).toBe(false);
  });
});

describe('media player time displays', () => {
  it.each(['0:00/2:33', '1:02 / 12:45', '-0:00', '-1:02:03'])('reads %s as a player display', (text) => {
    expect(isPlayerTime(text)).toBe(true);
  });

  it.each(['10:30', 'May 4, 2023 10:30', '2:33 PM'])('reads %s as no player display', (text) => {
    expect(isPlayerTime(text)).toBe(false);
  });
});
