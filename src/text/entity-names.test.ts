import { decodeHTMLStrict } from 'entities';
import { describe, expect, it } from 'vitest';
import { decodeReference } from './entity-names';

/** Every HTML 4 name the table holds (and `apos`), as the HTML5 tables decode them. */
const HTML4_SAMPLE = ['nbsp', 'iexcl', 'copy', 'reg', 'yuml', 'Alpha', 'Omega', 'sigmaf', 'omega', 'amp', 'lt', 'gt', 'quot', 'apos', 'rsquo', 'ldquo', 'mdash', 'hellip', 'euro', 'trade', 'lang', 'rang', 'diams', 'thetasym'];

describe('decodeReference (the text entry’s character references)', () => {
  it('decodes HTML 4 names like the HTML5 tables', () => {
    for (const name of HTML4_SAMPLE) expect(decodeReference(`&${name};`)).toBe(decodeHTMLStrict(`&${name};`));
    expect(decodeReference('&eacute;')).toBe('é');
    expect(decodeReference('&Eacute;')).toBe('É');
  });

  it('decodes numeric references by the HTML rules', () => {
    expect(decodeReference('&#8217;')).toBe('’');
    expect(decodeReference('&#x201C;')).toBe('“');
    expect(decodeReference('&#X201c;')).toBe('“');
    expect(decodeReference('&#150;')).toBe('–');
    expect(decodeReference('&#0;')).toBe('\uFFFD');
    expect(decodeReference('&#xD800;')).toBe('\uFFFD');
    expect(decodeReference('&#x110000;')).toBe('\uFFFD');
    for (let code = 1; code < 0x3000; code++) expect(decodeReference(`&#${code};`)).toBe(decodeHTMLStrict(`&#${code};`));
  });

  it('leaves incomplete and unknown references as they are', () => {
    for (const text of ['&amp', '&region', '&copy', '&#8217', '&notes;', '&bigstar;', '&', '&;', '&#;', '&#x;', '&#12a;']) {
      expect(decodeReference(text)).toBe(text);
    }
  });
});
