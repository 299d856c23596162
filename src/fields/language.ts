/**
 * Language tag normalisation to BCP 47.
 * @module
 */

/** ISO 639-1 two-letter language codes. */
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
    'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ' +
    'ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na ' +
    'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so ' +
    'sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** ISO 3166-1 alpha-2 region codes. */
const ISO_3166 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK EU 419'
  ).split(' '),
);

/**
 * Normalises a language/locale code to BCP 47: lower-case language, upper-case region, script in title case;
 * `_` becomes `-`; a region that is not a real one is dropped (`en_EN` → `en`).
 *
 * @param value - a code such as `en_EN`, `en-us`, `pt-BR`, `zh-Hans-CN`
 * @returns the BCP 47 tag, or `undefined` when `value` is not a language code
 * @example
 * ```ts
 * normalizeLanguageTag('en_EN'); //=> 'en'
 * normalizeLanguageTag('pt_br'); //=> 'pt-BR'
 * ```
 */
export function normalizeLanguageTag(value: string): string | undefined {
  const parts = value.trim().split(/[-_]/u);
  const language = (parts[0] ?? '').toLowerCase();
  if (!ISO_639_1.has(language) && !/^[a-z]{3}$/u.test(language)) return undefined;
  if (language.length === 3 && parts.length === 1 && !THREE_LETTER.has(language)) return undefined;
  const out = [language];
  for (const part of parts.slice(1)) {
    if (/^[a-z]{4}$/iu.test(part)) out.push(part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
    else if (/^(?:[a-z]{2}|\d{3})$/iu.test(part)) {
      const region = part.toUpperCase();
      if (ISO_3166.has(region)) out.push(region === 'UK' ? 'GB' : region);
    } else return undefined;
  }
  return out.join('-');
}

/** Three-letter ISO 639-2/3 codes accepted on their own (others are too easily ordinary words). */
const THREE_LETTER = new Set(['fil', 'haw', 'yue', 'cmn', 'nan', 'ast', 'ckb', 'gsw', 'kab', 'sah', 'nds']);

/**
 * Whether a whole block is a locale code (`en_EN`, `en-US`, `cs`).
 * @param value - a text block
 * @returns `true` for a language code
 */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}(?:[-_][a-z\d]{2,4}){0,2}$/iu.test(value.trim()) && normalizeLanguageTag(value) !== undefined;
}
