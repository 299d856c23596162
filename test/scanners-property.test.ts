import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns, propertyTimeout } from './support/property-runs';
import { isNameWord } from '../src/people/person-name';
import { isNameToken } from '../src/people/mentions';
import { isNameLikeTag } from '../src/people/article-people';
import { titledNames } from '../src/people/titled-names';
import { PICTURE_AGENCIES, bylineAlternation, bylineWords } from '../src/fields/byline-words';
import { bylineMarkerEnd, bylineTailIndex, hasCreditInside, hasNewsroomWord } from '../src/fields/byline-scan';
import { ENGLISH_MONTHS } from '../src/fields/month-names';
import { relativeDate } from '../src/fields/relative-dates';
import { midSentenceCapitals, thingNamesIn } from '../src/body/attribution/entity-scan';

/**
 * The scanners of fields/byline-scan, the name-word, titled-name and relative-date matchers (which replaced
 * regular expressions that cost a fresh process milliseconds to compile) against the patterns they replaced, on texts made of the words, letters and
 * marks where case folding and word edges differ: the long s, the Kelvin sign, the dotted capital I, the Greek
 * final sigma and iota subscript, combining marks, astral letters, lone surrogates.
 */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const MONTHS = [...new Set([...ENGLISH_MONTHS, ...ENGLISH_MONTHS.map((month) => month.slice(0, 3)), 'sept'])].join('|');
const BY = new RegExp(`^(?:// ?)?(?:${bylineAlternation('by')})${WORD_END} ?:? ?`, 'iu');
const TAIL = new RegExp(`[|•·—–@(\\d]| - |${WORD_START}(?:${bylineAlternation('dateLead')})${WORD_END}|${WORD_START}(?:${MONTHS})\\.? \\d`, 'iu');
const NEWSROOM_WORD = new RegExp(`${WORD_START}(?:${bylineAlternation('newsroom')})${WORD_END}`, 'iu');
const CREDIT_INSIDE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${bylineAlternation('photo')})s? (?:${bylineAlternation('byInside')})|(?:${bylineAlternation('photo')}) ?:|${PICTURE_AGENCIES})|[|•·] ?(?:${bylineAlternation('credit')}) ?:`,
  'iu',
);
const NAME_WORD = /^\(?(?:\p{Lu}(?:[\p{L}\p{M}'’-]*\p{L})?\.?|(?:\p{Lu}\.){2,3})\)?$/u;
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?(?:-\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}{1,4}|\p{Lu}\.)$/u;
const NAME_LIKE_TAG = /^[\p{L}'’-]+(?: [\p{L}'’-]+){1,2}$/u;
const MID_SENTENCE_CAPITAL = /(?<=[\p{L}\p{N},;] |,(?:[”"»']|'') |(?<![\p{L}.])\p{Lu}\p{Ll}{0,3}\. )\p{Lu}[\p{L}\p{M}'’-]*/gu;
const THING_NAME = /(?<![\p{L}\p{N}])(?:[Tt]he|[Ii]n|[Ll]es?|[Ll]a|[Dd]e[mnr]|[Dd]ie|[Dd]as|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Gg]li|[Вв])\s(\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,4})/gu;
const HONORIFIC_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{0,7})\.? (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;
const AGO = /(?:(\d{1,3}) ?|(an|a|one) )(\p{L}{1,12}) (?:ago|geleden|fa)\b|(?:il y a|vor|hace|há|před) (\d{1,3}|une|un|una|uma|einer|einem) (\p{L}{1,12})/iu;

/** Pieces texts are made of: byline words of every list, months, separators, digits and the characters above. */
const WORDS = [
  ...(['by', 'and', 'dateLead', 'credit', 'photo', 'byInside', 'newsroom', 'with'] as const).flatMap((list) => bylineWords(list)),
  ...MONTHS.split('|'),
  ...PICTURE_AGENCIES.split('|'),
  ...['ago', 'geleden', 'fa', 'il y a', 'vor', 'hace', 'há', 'před', 'une', 'einer', 'an', 'a', 'one', 'hours', 'Stunden', 'jours'],
];
const PIECES = [
  ' ', ' ', ' ', ':', '.', ',', '|', '•', '·', '—', '–', '@', '(', ')', ' - ', '//', '3', '12', 's', 'S', "'", '’', '-',
  'ſ', '\u212a', 'İ', 'ı', 'ς', 'Σ', '\u0345', '\u0301', '文', '者', '𝐀', '𝐚', '\ud835', 'É', 'é', 'x', 'Q', 'T.', 'Фото', 'ФОТО',
  'Mrs.', 'Mr', 'Herr', 'Mme', 'Jane', 'Roe', "O'Brien", 'Jong-un', 'Senatorin', 'Dr.', 'McDonald', 'Al-Assad', 'NASA', 'KJ',
  'MacK', 'ab', 'ǅ', 'ʰ', 'the', 'The', 'in', 'Les', 'le', 'der', 'Gli', 'в', 'В', 'United', 'States', '\t', '\u00a0', ',”', ",''",
  ',"', ';', 'Mr.', 'Prof.', 'abcd.', 'A.',
];
/** A word in lower case, capitalised or in capitals, with the long s or the Kelvin sign for some `s` and `k`. */
const spelled = fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 4 })).map(([word, style]) => {
  if (style === 1) return word.charAt(0).toUpperCase() + word.slice(1);
  if (style === 2) return word.toUpperCase();
  if (style === 3) return word.replaceAll('s', 'ſ').replaceAll('k', '\u212a');
  return word;
});
const texts = fc.array(fc.oneof(spelled, fc.constantFrom(...PIECES)), { maxLength: 12 }).map((parts) => parts.join(''));
/** Short words of capitals, lower-case, title-case and modifier letters, marks, apostrophes, hyphens and dots. */
const LETTERS = ['A', 'B', 'a', 'b', 'É', 'é', 'ǅ', 'ʰ', '文', '\u0301', '𝐀', '𝐚', '\ud835', "'", '’', '-', '.', '(', ')', '1'];
const words = fc.array(fc.constantFrom(...LETTERS), { maxLength: 8 }).map((letters) => letters.join(''));
const RUNS = propertyRuns(20_000);

/** The old relative-date reading: the pattern on the text as written, the unit looked up by its stem. */
function oldAgo(text: string): [number, string, string] | undefined {
  const match = AGO.exec(text);
  return match === null ? undefined : [match.index, match[1] ?? match[2] ?? match[4] ?? '', match[3] ?? match[5] ?? ''];
}

describe('byline scanners match the patterns they replaced', () => {
  it('finds what each pattern finds, on words, separators and case-folding edge cases', { timeout: propertyTimeout(RUNS, 2) }, () => {
    fc.assert(
      fc.property(texts, words, (text, shortWord) => {
        expect(isNameWord(shortWord)).toBe(NAME_WORD.test(shortWord));
        expect(isNameToken(shortWord)).toBe(NAME_TOKEN.test(shortWord));
        expect(bylineMarkerEnd(text)).toBe(BY.exec(text)?.[0].length);
        expect(bylineTailIndex(text)).toBe(TAIL.exec(text)?.index);
        expect(hasNewsroomWord(text)).toBe(NEWSROOM_WORD.test(text));
        expect(hasCreditInside(text)).toBe(CREDIT_INSIDE.test(text));
        for (const word of text.split(' ')) {
          expect(isNameWord(word)).toBe(NAME_WORD.test(word));
          expect(isNameToken(word)).toBe(NAME_TOKEN.test(word));
        }
        expect(isNameLikeTag(text)).toBe(NAME_LIKE_TAG.test(text));
        expect(midSentenceCapitals(text)).toEqual([...text.matchAll(MID_SENTENCE_CAPITAL)].map((match) => match[0]));
        expect(thingNamesIn(text)).toEqual([...text.matchAll(THING_NAME)].map((match) => match[1]));
        expect(titledNames(text)).toEqual([...text.matchAll(HONORIFIC_NAME)].map((match) => ({ title: match[1], name: match[2] })));
        const old = oldAgo(text);
        const found = relativeDate(text, new Date('2024-01-02T12:00:00Z'));
        if (old === undefined) expect(found).toBeUndefined();
        else if (found !== undefined) expect(found.index).toBe(old[0]);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the examples of each', () => {
    expect(bylineMarkerEnd('By: Jane Roe')).toBe(4);
    expect(bylineMarkerEnd('// Written by Jane Roe')).toBe(14);
    expect(bylineMarkerEnd('ΒΥ Jane')).toBeUndefined(); // Greek capitals, not `by`
    expect(bylineMarkerEnd('Bystander')).toBeUndefined();
    expect(bylineTailIndex('Jane Roe on March 10')).toBe(9);
    expect(bylineTailIndex('Jane Roe Oct. 5')).toBe(9);
    expect(bylineTailIndex('Jane Roe Octavia')).toBeUndefined();
    expect(hasNewsroomWord('The New York Times')).toBe(true);
    expect(hasNewsroomWord('Timeshare')).toBe(false);
    expect(hasCreditInside('A view of the bay | Photo by Jane Roe')).toBe(true);
    expect(hasCreditInside('PHOTOS BY Jane')).toBe(true);
    expect(hasCreditInside('Chart | Source : Agency')).toBe(true);
    expect(hasCreditInside('Photography lessons')).toBe(false);
    expect(isNameWord('(Henrique')).toBe(true);
    expect(isNameWord('J.R.R.')).toBe(true);
    expect(isNameWord('J.R.R.R.')).toBe(false);
    expect(isNameWord("O'")).toBe(false);
    expect(titledNames('Yesterday Mrs. Jane Roe met Herr Schmidt.')).toEqual([
      { title: 'Mrs', name: 'Jane Roe' },
      { title: 'Herr', name: 'Schmidt' },
    ]);
    expect(relativeDate('Updated 3 HOURS AGO', new Date('2024-01-02T12:00:00Z'))).toEqual({ iso: '2024-01-02T09:00:00.000Z', modified: true, index: 8 });
  });
});
