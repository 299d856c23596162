/**
 * The word lists quote attribution reads, one named table per concern, each keyed by language: speech verbs,
 * pronouns with their gender, honorifics with their gender, and the role nouns a speaker is referred to by.
 * A new language is a new row in each table; no rule elsewhere names a word.
 * @module
 */

/** A language the attribution tables cover. */
export type AttributionLanguage = 'en' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'ru';

/**
 * Verbs and phrases that introduce or attribute speech or writing (`said`, `a déclaré`, `sagte`, `заявил`), per
 * language. `_` joins the words of a phrase (`according_to`), matched with one space between them.
 */
export const SPEECH_VERBS: Readonly<Record<AttributionLanguage, readonly string[]>> = {
  en: (
    'said says say saying told tells added adds adding explained explains explaining noted notes noting remarked ' +
    'remarks stated states asked asks replied replies argued argues insisted insists warned warns claimed claims ' +
    'characterized characterised characterizing described describes describing called calls calling dismissed ' +
    'dismissing expressed stressed stresses emphasized emphasised wrote writes tweeted commented continued recalled ' +
    'admitted acknowledged announced declared suggested suggests observed concluded urged predicted promised vowed ' +
    'boasted conceded complained joked quipped shouted whispered answered instructed responded reads read posted ' +
    'boomed exclaimed proclaimed yelled cried chanted pleaded mused countered retorted testified charged ' +
    'recounted reiterated contended maintained lamented asserted opined blasted slammed touted telling warning ' +
    'adding asking arguing pointed_out pointing_out according_to ' +
    // verbs of stance whose object is what someone said or wrote (PolNeAR-style attribution of partial quotes)
    'believes believed thinks thought blamed blames bemoaned criticized criticised praised accused accuses refers ' +
    'referred labeled labelled branded dubbed mocked attacked derided hailed assures assured urges denied denies ' +
    'defended pledged threatened questioned wondered demanded reported reports declaring describing urging ' +
    'promises promising tweeting tweets insisting suggesting charging accusing pledges pledging vows vowing mocks ' +
    'mocking admits admitting implied implies indicated elaborated decried decrying praising praises echoing echoed ' +
    'citing cited portrayed thanked credited lamenting laments cautioned cautions cautioning proclaiming announcing ' +
    'tell explain insist argue describe urge predict boast concede complain testify recount reiterate contend ' +
    'assert tout accuse deny defend threaten wonder declare suggest acknowledge announce admit recall stress ' +
    'emphasize dismiss criticize blame mock deride assure decry declares announces acknowledges recalls ' +
    'recalling stressing emphasizing emphasises predicts predicting boasts boasting concedes conceding ' +
    'complains complaining jokes joking answers answering testifies testifying reiterates reiterating ' +
    'contends contending asserts asserting touts touting denying defends defending threatens threatening ' +
    'wonders wondering demands demanding questions questioning comments commenting acknowledging griped ' +
    'griping scoffed scoffing snapped retorts quips quipping chided chiding scolded scolding rebuked blasting ' +
    'slamming criticizing criticising attacking hammering hammered ripped ripping lashed condemned condemning ' +
    'condemns denounced denouncing denounces applauded applauding lauded lauding summed summarized quoted ' +
    'quoting paraphrased'
  ).split(' '),
  fr: (
    'dit déclaré déclare affirme affirmé explique expliqué ajoute ajouté estime estimé souligne souligné assure ' +
    'assuré précise précisé indique indiqué raconte raconté confie confié lance lancé poursuit martèle répond ' +
    'répondu insiste insisté rappelle rappelé selon'
  ).split(' '),
  de: (
    'sagte sagt erklärte erklärt betonte betont meinte meint schreibt schrieb so laut entgegnete entgegnet ' +
    'antwortete antwortet warnte warnt fügte_hinzu teilte_mit'
  ).split(' '),
  es: 'dijo afirmó explicó declaró aseguró añadió señaló indicó comentó advirtió respondió insistió sostuvo según'.split(' '),
  pt: 'disse afirmou explicou declarou acrescentou garantiu ressaltou destacou respondeu segundo'.split(' '),
  it: (
    'ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_sottolineato ha_risposto dice afferma spiega ' +
    'aggiunge sottolinea secondo'
  ).split(' '),
  ru: (
    'сказал сказала сказали заявил заявила заявили отметил отметила подчеркнул подчеркнула добавил добавила ' +
    'пояснил пояснила сообщил сообщила ответил ответила написал написала считает по_словам'
  ).split(' '),
};

/**
 * Auxiliaries and adverbs that may stand between a quote and its speech verb (`« … », a-t-il déclaré`,
 * `“…,” has said`), lower case, every language: what follows a quote may start with them and still be its cue.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'a a-t-il a-t-elle ont avait has had have also later then hat hatte ha han había tem havia ha hanno aveva ещё также'.split(' '),
);

/** Every speech verb of every language, as one alternation for a regular expression (longest first). */
export const SPEECH_VERB_ALTERNATION: string = Object.values(SPEECH_VERBS)
  .flat()
  .map((verb) => verb.replace(/_/gu, ' '))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Speech verbs whose following name is the one spoken to, not the speaker (`told Reuters`, `a dit à`), lower case. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set('told tells telling'.split(' '));

/** Every speech verb after which a name is its speaker (`said Lavrov`, not `told Reuters`), as one alternation. */
export const SPEAKER_AFTER_VERB_ALTERNATION: string = SPEECH_VERB_ALTERNATION.split('|')
  .filter((verb) => !ADDRESSEE_VERBS.has(verb))
  .join('|');

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

/** Pronouns that refer to a group, not one speaker: a quote they attribute gets no person (`they said`). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set('they we ils elles on wir ellos ellas eles elas loro они мы'.split(' '));

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
