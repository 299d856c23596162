import { forEachLetterRun } from '../text/scan';

/**
 * Detecting the language of a text when nothing declares it: by script for non-Latin writing systems, by the
 * frequency of common function words for Latin-script languages.
 * @module
 */

/** Distinctive high-frequency function words of Latin-script languages. */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as are this be by have from at not but they his which were would',
  fr: 'le la les des est et une du dans pour qui que pas sur au avec il elle sont ce cette mais nous vous aux été de un à en plus ont par son sa ses leur ne',
  de: 'der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch es sie wird werden wurde aus',
  es: 'el la los las de que y en un una es por con para del se no al lo como más pero su sus fue este esta',
  pt: 'o a os as de que e em um uma do da dos das para com não por se no na ao mais como foi ele ela são',
  it: 'il la le di che e un una per non del della dei nel con sono si da al alla anche come più gli ha è',
  nl: 'de het een en van in is dat op te zijn voor met niet die er aan ook als bij maar door wordt naar nog',
  cs: 'a je v na se že to s z do o k ve by jsou jako ale pro za jeho už které který která také podle jak když nebo jen ještě při před po od stále již bylo byl protože však bude může této tento než více',
  pl: 'i w na z że się nie do to jest o jak ale po co przez od dla jego za są też tylko było może we ze który która które oraz czy już jeszcze ich jej go mu ponieważ będzie został została niż więcej',
  sv: 'och att det som en är på i av för med till den har inte om ett var jag men från de så kan ska också när efter under eftersom skulle',
  da: 'og at det en er på i af for med til den har ikke som de et var jeg men fra så kan vil',
  ro: 'și în de la a să cu pe care din nu este un o pentru mai ca sunt fost sau dar ce',
  tr: 've bir bu da de için ile olarak çok daha gibi olan en ama ne kadar sonra ise veya ki mi şu önce ancak çünkü hâlâ olduğu olduğunu diye',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah oleh karena',
};

/** The Latin-script languages told apart by their function words (ISO 639-1), most widely read first. */
export const LATIN_LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);

const WORD_SETS = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words.split(' '))] as const);

/** The length of the longest function word, in UTF-16 units (a longer letter run is none). */
export const LONGEST_FUNCTION_WORD: number = WORD_SETS.reduce((longest, [, set]) => {
  for (const word of set) longest = Math.max(longest, word.length);
  return longest;
}, 0);

/** For each function word, the indexes (in `WORD_SETS`) of the languages that list it. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  WORD_SETS.forEach(([, set], language) => {
    for (const word of set) map.set(word, [...(map.get(word) ?? []), language]);
  });
  return map;
})();

/** How much of a text {@link detectLanguage} reads, in UTF-16 units. */
export const SAMPLE_LENGTH = 20_000;

/** Apostrophes before a clitic. */
const APOSTROPHES = "'’";

/** A letter of any script but Latin: only then are the script counts worth taking. */
const NON_LATIN = /[^\P{L}\p{Script=Latin}]/u;

/** Scripts that identify a language (or its most likely one) on their own. */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

/**
 * The function words of a language, for measuring how much a line reads as running text.
 *
 * @param code - an ISO 639-1 code
 * @returns the set of function words, or `undefined` when the language has none listed
 */
export function functionWordsOf(code: string): ReadonlySet<string> | undefined {
  return WORD_SETS.find(([language]) => language === code)?.[1];
}

/**
 * Guesses the language of a text. Returns `undefined` when the text is too short or no language clearly wins.
 *
 * @param text - article text (title, description, body); the first {@link SAMPLE_LENGTH} units are read
 * @returns an ISO 639-1 code, e.g. `en`, `fr`, `ja`
 * @example
 * ```ts
 * detectLanguage('Le gouvernement a annoncé que la réforme des retraites sera votée cette semaine.'); //=> 'fr'
 * ```
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  // One pass over the letter runs counts the letters and, per language, the function words.
  const scores = new Array<number>(WORD_SETS.length).fill(0);
  let letters = 0;
  let words = 0;
  forEachLetterRun(sample, (start, end) => {
    letters += end - start;
    words += 1;
    if (end - start > LONGEST_FUNCTION_WORD) return; // no function word is that long
    // A clitic after an apostrophe (`Trump's`, `it's`, `we'll`) is no word of its own: `s` is Czech, not English.
    if (end - start <= 2 && start > 0 && APOSTROPHES.includes(sample.charAt(start - 1))) return;
    const languages = LANGUAGES_OF_WORD.get(sample.slice(start, end).toLowerCase());
    if (languages !== undefined) for (const language of languages) scores[language] = (scores[language] ?? 0) + 1;
  });
  if (letters < 20) return undefined;
  if (NON_LATIN.test(sample)) {
    const kana = (sample.match(SCRIPTS[0]?.[0] ?? /$^/u) ?? []).length;
    for (const [pattern, code] of SCRIPTS) {
      const count = (sample.match(pattern) ?? []).length;
      if (count / letters > 0.3 || (code === 'ja' && kana / letters > 0.05)) return code;
    }
  }
  if (words < 5) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  let second = 0;
  WORD_SETS.forEach(([code], language) => {
    const score = scores[language] ?? 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = code;
    } else if (score > second) second = score;
  });
  if (best === undefined || bestScore < 3 || bestScore / words < 0.08 || bestScore < second * 1.25) return undefined;
  return best;
}
