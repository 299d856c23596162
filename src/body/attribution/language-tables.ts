/**
 * The word lists quote attribution reads, one named table per concern, each keyed by language: speech verbs,
 * pronouns with their gender, honorifics with their gender, and the role nouns a speaker is referred to by.
 * A new language is a new row in each table; no rule elsewhere names a word.
 * @module
 */

/** A language the attribution tables cover. */
export type AttributionLanguage = 'en' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'ru';

/**
 * English speech and stance verbs by stem, each read in its `-s`, `-ed` and `-ing` forms (`argue` → `argues`,
 * `argued`, `arguing`; `deny` → `denies`, `denied`, `denying`); a stem ending in `+` doubles its last consonant
 * (`admit+` → `admitted`, `admitting`).
 */
const ENGLISH_VERB_STEMS =
  'add explain note remark state ask reply argue insist warn claim characterize characterise describe call dismiss ' +
  'express stress emphasize emphasise tweet comment continue recall admit+ acknowledge announce declare suggest ' +
  'observe conclude urge predict promise vow boast concede complain joke quip+ shout whisper answer instruct ' +
  'respond exclaim proclaim yell cry chant plead muse retort testify charge recount reiterate contend ' +
  'maintain lament assert opine blast slam+ tout believe blame bemoan criticize criticise praise accuse refer+ label ' +
  'dub+ mock attack deride hail assure deny defend pledge threaten question wonder demand report imply ' +
  'indicate elaborate decry cite portray caution gripe scoff snap+ chide scold rebuke hammer rip+ lash ' +
  'condemn denounce applaud laud summarize paraphrase remember beam interject';

/** English speech verbs outside the regular pattern, and phrases (`_` joins their words). */
const ENGLISH_IRREGULAR_VERBS =
  'said says say saying told tells tell telling wrote writes thinks thought reads read labelled echoed echoes ' +
  'echoing posted countered branded thanked credited quoted quoting shot_back shoots_back ticked_off pointed_out pointing_out put_it puts_it putting_it according_to';

/** The `-s`, `-ed` and `-ing` forms of {@link ENGLISH_VERB_STEMS}. */
function englishForms(stems: string): string[] {
  return stems.split(' ').flatMap((stem) => {
    if (stem.endsWith('+')) {
      const base = stem.slice(0, -1);
      const last = base.slice(-1);
      return [`${base}s`, `${base}${last}ed`, `${base}${last}ing`];
    }
    if (/[^aeiou]y$/u.test(stem)) return [`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`, `${stem}ing`];
    if (stem.endsWith('e')) return [`${stem}s`, `${stem}d`, `${stem.slice(0, -1)}ing`];
    return [`${/(?:s|sh|ch|x)$/u.test(stem) ? `${stem}e` : stem}s`, `${stem}ed`, `${stem}ing`];
  });
}

/**
 * Words of a verb list, a stem ending in `+` standing for the stem with each of `endings` (`affirm+` with `e`, `é` →
 * `affirme`, `affirmé`; `erklär+` with `te`, `t`; `сказал+` with nothing, `а` → `сказал`, `сказала`).
 */
function withEndings(words: string, endings: readonly string[]): string[] {
  return words.split(' ').flatMap((word) => (word.endsWith('+') ? endings.map((ending) => word.slice(0, -1) + ending) : [word]));
}

/**
 * Verbs and phrases that introduce or attribute speech or writing (`said`, `a déclaré`, `sagte`, `заявил`), per
 * language; English also verbs of stance whose object is what someone said or wrote (`mocked`, `praised`), as
 * PolNeAR-style attribution reads partial quotes. `_` joins the words of a phrase (`according_to`), matched with
 * one space between them.
 */
export const SPEECH_VERBS: Readonly<Record<AttributionLanguage, readonly string[]>> = {
  en: [...ENGLISH_IRREGULAR_VERBS.split(' '), ...englishForms(ENGLISH_VERB_STEMS)],
  fr: withEndings(
    'dit déclaré déclare affirm+ expliqu+ ajout+ estim+ soulign+ assur+ précis+ indiqu+ racont+ confi+ lanc+ poursuit ' +
      'martèle répond répondu insist+ rappelle rappelé selon écrit dénonc+ qualifi+ jug+ reconnaît reconnu annonc+ ' +
      'prévient prévenu regrett+ demand+ réclam+ rétorqu+ se_souvient interrompt',
    ['e', 'é'],
  ),
  de: withEndings(
    'sagte sagt erklär+ beton+ mein+ schreibt schrieb so laut entgegne+ antworte+ warn+ fügte_hinzu teilte_mit ' +
      'kritisier+ forder+ nannte nennt bezeichne+ räumte_ein kündigte_an formulier+ konterte erinnerte_sich warf_ein unterbrach',
    ['te', 't'],
  ),
  es: (
    'dijo afirmó explicó declaró aseguró añadió señaló indicó comentó advirtió respondió insistió sostuvo según ' +
    'llamó calificó denunció criticó reconoció admitió subrayó destacó agregó manifestó expresó escribió preguntó ' +
    'anunció recordó opinó consideró replicó interrumpió'
  ).split(' '),
  pt: (
    'disse afirmou explicou declarou acrescentou garantiu ressaltou destacou respondeu segundo chamou classificou ' +
    'denunciou criticou reconheceu admitiu sublinhou escreveu perguntou anunciou lembrou considerou rebateu interrompeu'
  ).split(' '),
  it: (
    'ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_sottolineato ha_risposto dice afferma spiega ' +
    'aggiunge sottolinea secondo ha_scritto ha_definito ha_denunciato ha_criticato ha_ammesso ha_annunciato ' +
    'ha_ricordato ha_chiesto ha_replicato ha_interrotto'
  ).split(' '),
  ru: withEndings(
    'сказал+ сказали заявил+ заявили отметил+ подчеркнул+ добавил+ пояснил+ сообщил+ ответил+ написал+ считает по_словам ' +
      'назвал+ признал+ раскритиковал+ призвал+ объявил+ напомнил+ парировал+ перебил+',
    ['', 'а'],
  ),
};

/**
 * Auxiliaries and adverbs that may stand between a quote and its speech verb (`« … », a-t-il déclaré`,
 * `“…,” has said`), lower case, every language: what follows a quote may start with them and still be its cue.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'a a-t-il a-t-elle ont avait has had have also later then hat hatte ha han había tem havia ha hanno aveva ещё также'.split(' '),
);

/** Speech verbs whose following name is the one spoken to, not the speaker (`told Reuters`, `a dit à`), lower case. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set('told tells telling'.split(' '));

/** The grammatical gender a pronoun or honorific implies: masculine, feminine, or none (plural, first person). */
export type Gender = 'm' | 'f' | 'any';

/** Subject pronouns that stand for a speaker already named, with their gender, per language. */
export const SPEAKER_PRONOUNS: Readonly<Record<AttributionLanguage, Readonly<Record<string, Gender>>>> = {
  en: { he: 'm', she: 'f', i: 'any' },
  fr: { il: 'm', elle: 'f' },
  de: { er: 'm', sie: 'any' },
  es: { él: 'm', ella: 'f' },
  pt: { ele: 'm', ela: 'f' },
  it: { lui: 'm', lei: 'f' },
  ru: { он: 'm', она: 'f' },
};

/** Reflexive pronouns with their gender, per language (one-word ones that tell it: `himself`, `herself`, `сама`; the subject pronouns of the other languages tell it already). */
export const REFLEXIVE_PRONOUNS: Readonly<Record<AttributionLanguage, Readonly<Record<string, Gender>>>> = {
  en: { himself: 'm', herself: 'f' },
  fr: {},
  de: {},
  es: {},
  pt: {},
  it: {},
  ru: { сам: 'm', сама: 'f' },
};

/** Pronouns that refer to a group, not one speaker: a quote they attribute gets no person (`they said`). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set('they we ils elles on wir ellos ellas eles elas loro они мы'.split(' '));

/**
 * Prepositions that, right before a name, make it the one addressed or spoken of rather than the speaker
 * (`a message to NAME: “…”`, `une lettre à NAME`, `ein Brief an NAME`), any language; single letters are the
 * Portuguese/Spanish/Italian `a` and the Russian `к`, `с`.
 */
export const ADDRESS_PREPOSITIONS: readonly string[] = 'to for with about against of on at à pour avec contre an für mit gegen a к с para con contra per для против'.split(' ');

/** Honorifics that tell a person's gender (`Mrs. Clinton` is a woman), lower case without the dot. */
export const HONORIFIC_GENDER: Readonly<Record<AttributionLanguage, Readonly<Record<string, Gender>>>> = {
  en: { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', lady: 'f', dame: 'f', lord: 'm' },
  fr: { m: 'm', monsieur: 'm', mme: 'f', madame: 'f', mlle: 'f' },
  de: { herr: 'm', frau: 'f' },
  es: { sr: 'm', señor: 'm', sra: 'f', señora: 'f' },
  pt: { sr: 'm', senhor: 'm', sra: 'f', senhora: 'f' },
  it: { sig: 'm', signor: 'm', signore: 'm', signora: 'f' },
  ru: { господин: 'm', госпожа: 'f' },
};

/**
 * Role nouns a speaker is later referred to by (`the senator said`, `der Sprecher sagte`), each with the title
 * words that introduce the same role before a name (`Sen. X`, `Senator X`).
 */
export const ROLE_NOUNS: Readonly<Record<AttributionLanguage, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    senator: ['senator', 'sen'],
    governor: ['governor', 'gov'],
    president: ['president'],
    candidate: ['candidate'],
    congressman: ['congressman', 'rep', 'representative'],
    congresswoman: ['congresswoman', 'rep', 'representative'],
    spokesman: ['spokesman', 'spokesperson'],
    spokeswoman: ['spokeswoman', 'spokesperson'],
    minister: ['minister'],
    mayor: ['mayor'],
    chairman: ['chairman', 'chair'],
    secretary: ['secretary'],
    general: ['general', 'gen'],
    judge: ['judge'],
  },
  fr: { ministre: ['ministre'], président: ['président'], présidente: ['présidente'], 'porte-parole': ['porte-parole'], maire: ['maire'] },
  de: { sprecher: ['sprecher'], sprecherin: ['sprecherin'], minister: ['minister'], ministerin: ['ministerin'], kanzlerin: ['kanzlerin', 'bundeskanzlerin'], kanzler: ['kanzler', 'bundeskanzler'] },
  es: { presidente: ['presidente'], ministro: ['ministro'], ministra: ['ministra'], portavoz: ['portavoz'], alcalde: ['alcalde'] },
  pt: { presidente: ['presidente'], ministro: ['ministro'], ministra: ['ministra'], prefeito: ['prefeito'] },
  it: { presidente: ['presidente'], ministro: ['ministro'], premier: ['premier'], portavoce: ['portavoce'] },
  ru: { президент: ['президент'], министр: ['министр'], пресс: ['пресс-секретарь'], глава: ['глава'] },
};

/** Definite articles before a role noun (`the senator`, `le ministre`, `der Sprecher`, `el presidente`). */
export const ROLE_ARTICLES: ReadonlySet<string> = new Set('the le la l’ der die el o il lo'.split(' '));

/** Merges one table's rows over every language into one lookup (a word of two languages keeps the first row's value). */
export function mergeLanguages<Value>(table: Readonly<Record<AttributionLanguage, Readonly<Record<string, Value>>>>): ReadonlyMap<string, Value> {
  const merged = new Map<string, Value>();
  for (const row of Object.values(table)) for (const [word, value] of Object.entries(row)) if (!merged.has(word)) merged.set(word, value);
  return merged;
}

/**
 * Words right before a quotation that make it the name or title of a thing, not speech (`known as “Guccifer”`, the
 * author of “…”, `so-called`, `surnommé`, `sogenannte`, `conocido como`, `так называемый`): such a quote keeps no
 * speaker. Lower case; `_` joins the words of a phrase.
 */
export const MENTION_CUES: Readonly<Record<AttributionLanguage, readonly string[]>> = {
  en: 'known_as so-called nicknamed entitled titled author_of perform performed performing sang'.split(' '),
  fr: 'surnommé surnommée intitulé auteur_de'.split(' '),
  de: 'sogenannte sogenannten genannt'.split(' '),
  es: 'conocido_como conocida_como apodado titulado'.split(' '),
  pt: 'conhecido_como conhecida_como apelidado intitulado'.split(' '),
  it: 'cosiddetto cosiddetta noto_come intitolato'.split(' '),
  ru: 'так_называемый так_называемая под_названием'.split(' '),
};

/**
 * Possessive and reflexive pronouns that tell the gender of the person they stand for (`his`, `herself`, `dele`,
 * `её`), per language: with the subject pronouns, the evidence an article gives of a person's gender in the
 * sentences that name them. Object pronouns are left out (`Roe thanked him` speaks of someone else), as are words
 * that are also common non-pronouns (German `sein`) and possessives that agree with the noun (`son`, `su`, `suo`).
 */
export const GENDERED_PRONOUNS: Readonly<Record<AttributionLanguage, Readonly<Record<string, Gender>>>> = {
  en: { his: 'm', himself: 'm', her: 'f', hers: 'f', herself: 'f' },
  fr: {},
  de: {},
  es: {},
  pt: { dele: 'm', dela: 'f' },
  it: {},
  ru: { его: 'm', её: 'f', сам: 'm', сама: 'f' },
};
