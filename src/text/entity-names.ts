import { WINDOWS_1252_HIGH } from '../encoding/windows-1252';

/**
 * HTML character references in scraped text, decoded without the HTML5 entity tables: the named references of
 * HTML 4 (the ones pages and CMSs actually write, plus `&apos;`), decimal and hexadecimal references. Text repair is
 * shared by both entry points, so `scraped-article/text` gives the same Article as `scraped-article` for text input
 * without shipping the 2,000-name HTML5 table (the `entities` package, ~24 kB minified). Rarer HTML5-only names
 * (`&check;`, `&bigstar;`) are left as they are: in text they are more likely literal than residue.
 * @module
 */

/** The Latin-1 names, in code point order from U+00A0 (`&nbsp;`) to U+00FF (`&yuml;`). */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute ' +
  'thorn yuml';

/** The Greek capitals from U+0391, in order (U+03A2 is unassigned, hence the gap before Sigma). */
const GREEK_CAPITALS = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega';

/** The Greek small letters from U+03B1, in order (final sigma included). */
const GREEK_SMALL = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

/** The remaining HTML 4 names (markup, typography, symbols, arrows, mathematics), with their code points. */
const OTHER_NAMES: Readonly<Record<string, number>> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  thetasym: 0x3d1, upsih: 0x3d2, piv: 0x3d6,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac,
  image: 0x2111, weierp: 0x2118, real: 0x211c, trade: 0x2122, alefsym: 0x2135,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, crarr: 0x21b5,
  lArr: 0x21d0, uArr: 0x21d1, rArr: 0x21d2, dArr: 0x21d3, hArr: 0x21d4,
  forall: 0x2200, part: 0x2202, exist: 0x2203, empty: 0x2205, nabla: 0x2207, isin: 0x2208, notin: 0x2209,
  ni: 0x220b, prod: 0x220f, sum: 0x2211, minus: 0x2212, lowast: 0x2217, radic: 0x221a, prop: 0x221d,
  infin: 0x221e, ang: 0x2220, and: 0x2227, or: 0x2228, cap: 0x2229, cup: 0x222a, int: 0x222b, there4: 0x2234,
  sim: 0x223c, cong: 0x2245, asymp: 0x2248, ne: 0x2260, equiv: 0x2261, le: 0x2264, ge: 0x2265, sub: 0x2282,
  sup: 0x2283, nsub: 0x2284, sube: 0x2286, supe: 0x2287, oplus: 0x2295, otimes: 0x2297, perp: 0x22a5,
  sdot: 0x22c5, lceil: 0x2308, rceil: 0x2309, lfloor: 0x230a, rfloor: 0x230b, lang: 0x27e8, rang: 0x27e9,
  loz: 0x25ca, spades: 0x2660, clubs: 0x2663, hearts: 0x2665, diams: 0x2666,
};

/** Adds names that run in code point order from `first` (a `-` marks an unassigned code point). */
function addRun(table: Map<string, string>, names: string, first: number): void {
  names.split(' ').forEach((name, offset) => {
    if (name !== '-') table.set(name, String.fromCodePoint(first + offset));
  });
}

let namedTable: Map<string, string> | undefined;

/** The name → character table, built on first use. */
function named(): Map<string, string> {
  if (namedTable !== undefined) return namedTable;
  const table = new Map<string, string>();
  addRun(table, LATIN1_NAMES, 0xa0);
  addRun(table, GREEK_CAPITALS, 0x391);
  addRun(table, GREEK_SMALL, 0x3b1);
  for (const [name, code] of Object.entries(OTHER_NAMES)) table.set(name, String.fromCodePoint(code));
  namedTable = table;
  return table;
}

/** The character of a numeric reference's code point, by the HTML rules (NUL, surrogates, out of range: U+FFFD). */
function numericCharacter(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  // The WHATWG "numeric character reference end state" table is Windows-1252's for these bytes (its five unassigned
  // ones stay as they are).
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_HIGH.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

/**
 * Decodes one complete character reference (`&amp;`, `&#8217;`, `&#x2019;`); anything else — an unknown name, a
 * reference without its semicolon — comes back unchanged.
 * @param reference - the reference, from `&` to `;`
 * @returns the character it stands for, or `reference` itself
 */
export function decodeReference(reference: string): string {
  if (reference.length < 3 || !reference.startsWith('&') || !reference.endsWith(';')) return reference;
  const body = reference.slice(1, -1);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[\da-f]{1,8}$/iu : /^\d{1,8}$/u).test(digits)) return reference;
    return numericCharacter(Number.parseInt(digits, hex ? 16 : 10));
  }
  return named().get(body) ?? reference;
}
