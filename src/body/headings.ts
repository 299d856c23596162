import { countWords, endsLikeSentence } from '../text/prose';
import { LOWER, UPPER, classOf } from '../text/scan';

/**
 * Recovering subheadings from body text: a heading glued to the paragraph after it
 * (`…Belligerence in AsiaCommenting on…`); stand-alone heading lines are told by `looksLikeHeading` in `text/prose`.
 * @module
 */

/** Short function words that stay lower-case in title-case headings. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via']);

/**
 * Whether a phrase reads as a title-case heading: 2–20 words, no sentence punctuation, and its words capitalised
 * except short function words.
 *
 * @param text - a candidate heading
 * @returns `true` for a title-case phrase
 */
export function isTitleCasePhrase(text: string): boolean {
  if (/[.!?:;,"“”]/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2 || words.length > 20) return false;
  const content = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  const capitalised = content.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  return content.length > 0 && capitalised.length === content.length;
}

/**
 * Splits a heading off the start of a paragraph it was glued to: the first lower→upper case change inside a word
 * (`AsiaCommenting`) where the text before is a title-case phrase and the text after is a sentence.
 *
 * @param paragraph - one paragraph
 * @returns `[heading, rest]`, or `undefined` when no glued heading is found
 * @example
 * ```ts
 * splitLeadingHeading('Counterbalancing in AsiaCommenting on the visit, Noh said it was clear.');
 * //=> ['Counterbalancing in Asia', 'Commenting on the visit, Noh said it was clear.']
 * ```
 */
export function splitLeadingHeading(paragraph: string): [string, string] | undefined {
  const limit = Math.min(paragraph.length - 1, 200);
  for (let index = 2; index < limit; index++) {
    // A lower-case letter, an upper-case one, a lower-case one (UTF-16 units: a surrogate half is no letter).
    if ((classOf(paragraph.charCodeAt(index)) & LOWER) === 0 || (classOf(paragraph.charCodeAt(index + 1)) & UPPER) === 0) continue;
    if ((classOf(paragraph.charCodeAt(index + 2)) & LOWER) === 0) continue;
    const heading = paragraph.slice(0, index + 1).trim();
    const rest = paragraph.slice(index + 1).trim();
    const lastWord = heading.split(' ').pop() ?? '';
    // `McDonald`, `iPhone`, `DeMarco`, `DuHaime`: a capital inside a name or brand, not a glued boundary.
    if (lastWord.length < 2 || /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O|Abu|Del|Des|Dos)$/u.test(lastWord)) continue;
    if (!isTitleCasePhrase(heading)) return undefined;
    if (countWords(rest, 6) < 6 || !endsLikeSentence(rest)) return undefined;
    return [heading, rest];
  }
  return undefined;
}
