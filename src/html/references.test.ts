import { decodeHTMLStrict } from 'entities/decode';
import { describe, expect, it } from 'vitest';
import { decodeHtmlReferences } from './references';

describe('decodeHtmlReferences', () => {
  it('decodes references that end with their semicolon and leaves the others', () => {
    expect(decodeHtmlReferences('Fish &amp; chips &copy2024 &eacute;t&eacute; &#8217;&#x1F600;')).toBe('Fish & chips &copy2024 été ’😀');
    expect(decodeHtmlReferences('&amp &notit; &notin; &#39 &#128; &#0; &')).toBe('&amp &notit; ∉ &#39 € \uFFFD &');
  });

  it('gives what decodeHTMLStrict of entities gives, on references cut anywhere', () => {
    const pieces = ['&', '&amp', '&amp;', '&#', '&#x', '&#39;', '&#X41;', '&#xD800;', '&#1114112;', '&not', '&notin;', '&acE;', '&frac12;', '&frac1', 'x', ';', '1', '&#xg;'];
    for (const first of pieces) {
      for (const second of pieces) {
        for (const third of pieces) {
          const text = `${first}${second}${third}`;
          expect(decodeHtmlReferences(text)).toBe(decodeHTMLStrict(text));
        }
      }
    }
  });
});
