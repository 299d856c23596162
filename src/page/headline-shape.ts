import { countWords, endsLikeSentence } from '../text/prose';
import { HEADLINE_WEIGHTS } from './headline-weights';
import type { LineFeatures } from './line-features';
import { isPageControl } from './vocabulary';

/**
 * The shape of a headline in page text, wherever it stands: its length in words (or CJK characters), how it ends,
 * its capitals, and which parts of a `Title | Site` line may be it.
 * @module
 */

/** A space between two CJK characters: menu items side by side, not a CJK headline. */
const CJK_GAP = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A call to sign up (`Subscribe to our newsletter`, `Newsletter abonnieren`, `Inscrivez-vous à la newsletter`): a box beside the article, never its headline. */
const SIGN_UP = /^(?:subscribe|sign up|join|get)\s.{0,30}newsletters?\b|^newsletters?\s.{0,20}(?:abonnieren|bestellen|anmelden)|^(?:inscrivez-vous|abonnez-vous|suscríbete|assine|iscriviti)\s.{0,30}newsletters?\b/iu;

/** A label of the article's tags or section (`Filed to: metroid`, `Filed under: Policy`, `Tags: …`). */
const FILED_UNDER = /^(?:filed (?:to|under)|tags?|topics?|tagged)\s?:/iu;

/** A call to click a link (`Click here to view the profile`, `Klicken Sie hier`, `Cliquez ici`): a link's text, never a headline. */
const CALL_TO_CLICK = /\b(?:click|tap) here\b|\bklicken sie hier\b|\bcliquez ici\b|\bhaga clic aquí|\bclicca qui\b|\bclique aqui\b/iu;

/** Separators between a title and a site name or section in one line. */
const SEPARATOR = / [|–—•·»] | - |\|/u;

/** A row of a table of labels and values (`Study Type : Observational`, `Official Title: …`). */
export const LABEL_ROW: RegExp = /^[^:：]{1,40}[:：]\s?\S/u;

/** A label alone on its line (`Sponsor:`, `Aktuelle Seite:`, `関連記事：`): never a headline, and the line under it is its value. */
const LABEL = /^[^:：]{1,60}[:：]$/u;

/** Whether a line is a field of a box: the value under a label, or a row among rows of labels and values. */
export function isLabelValue(text: string, above: string | undefined, below: string | undefined): boolean {
  if (above !== undefined && LABEL.test(above)) return true;
  return LABEL_ROW.test(text) && ((above !== undefined && LABEL_ROW.test(above)) || (below !== undefined && LABEL_ROW.test(below)));
}

/** A media player's time display: elapsed of total (`0:00/2:33`) or the time left (`-0:00`). */
const PLAYER_TIME = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?|-\d{1,2}:\d{2}(?::\d{2})?)$/u;

/** Whether a line is a media player's time display (`0:00/2:33`, `-0:00`): the lines under it title and caption the video. */
export function isPlayerTime(text: string): boolean {
  return PLAYER_TIME.test(text);
}

/** A subtitle opening its line with a wave dash (`～守りから攻めへ～`): it continues the title on the line above. */
const SUBTITLE = /^[～〜]/u;

/** A quotation's corner bracket opening a line (`「早期発見」のセキュリティ`): inside a headline set on several lines, a line of it. */
const QUOTED_LINE = /^[「『]/u;

/**
 * Whether a line continues a headline on the line above: a `～subtitle～` always; a line opening with a quotation's
 * corner bracket only inside a headline already found to run on several lines.
 */
export function continuesTitle(text: string, inStack: boolean): boolean {
  return SUBTITLE.test(text) || (inStack && QUOTED_LINE.test(text));
}

/** A part of a line that ends a sentence: a word of two letters or more and `.`, `!` or `?` (not an abbreviation such as `Inc.`). */
const SENTENCE_PART = /(?<![\p{L}.])(?!(?:Inc|Co|Corp|Ltd|Jr|Sr|St)\.)\p{L}{2,}[.!?]$/u;

/** The parts of a line that may be the headline: the line itself and, for `A | B`, each part. */
export function partsOf(text: string): string[] {
  if (!SEPARATOR.test(text)) return [text];
  const parts = text.split(SEPARATOR).map((part) => part.trim()).filter((part) => part.length > 0);
  // A part is the headline of a title bar only when what it leaves is a site's or a section's name: a dash inside a
  // paragraph (`CITY (AGENCY) — The council voted …`, a dateline opening the lede) leaves a sentence.
  // Nor is it when another part ends a sentence (`Title — Yet.`, `Title – It Might Surprise You.`, `A lede — surprise,
  // surprise — it won't.`): a site's name never ends with a full stop (`Acme Inc.` aside).
  const words = parts.map((part) => countWords(part, HEADLINE_WEIGHTS.maxWords + 1));
  const total = words.reduce((sum, count) => sum + count, 0);
  const sentences = parts.map((part) => SENTENCE_PART.test(part));
  return [text, ...parts.filter((_, index) => total - (words[index] ?? 0) <= HEADLINE_WEIGHTS.titleBarRestWords && !sentences.some((ends, other) => ends && other !== index))];
}

/** How much a text reads as a headline, before its position is taken into account. */
export function headlineShape(text: string, cjk: boolean): number {
  // The length first (counted only up to its bound): the patterns below then read only a headline's length of text.
  const words = countWords(text, HEADLINE_WEIGHTS.maxWords + 1);
  if (cjk ? text.length < HEADLINE_WEIGHTS.cjkMinLength || text.length > HEADLINE_WEIGHTS.cjkMaxLength : words < HEADLINE_WEIGHTS.minWords || words > HEADLINE_WEIGHTS.maxWords) return Number.NEGATIVE_INFINITY;
  if (/[<>{}]|https?:\/\/|^\[.*\]$/u.test(text)) return Number.NEGATIVE_INFINITY;
  if (SIGN_UP.test(text) || FILED_UNDER.test(text) || CALL_TO_CLICK.test(text) || LABEL.test(text) || isPageControl(text)) return Number.NEGATIVE_INFINITY;
  if (cjk) {
    // A full stop at the end, or before a closing bracket or a bracketed source (`…ありました。（気象庁発表）`).
    const fullStop = /[。．][」』)）]?$|[。．][（(][^（）()]{1,20}[)）]$/u.test(text);
    if (fullStop && text.length >= HEADLINE_WEIGHTS.cjkLedeLength) return Number.NEGATIVE_INFINITY;
    const length = text.length >= HEADLINE_WEIGHTS.cjkTypicalMinLength && text.length <= HEADLINE_WEIGHTS.cjkTypicalMaxLength ? HEADLINE_WEIGHTS.cjkShape : HEADLINE_WEIGHTS.atypicalLength;
    return length + (fullStop ? HEADLINE_WEIGHTS.cjkFullStop : 0) + (CJK_GAP.test(text) ? HEADLINE_WEIGHTS.cjkMenu : 0);
  }
  // A sentence of twenty words or more ending in a full stop is a lede, never a headline: with no headline line above
  // the article, the title stays absent and the lede stays in the body.
  if (words >= HEADLINE_WEIGHTS.ledeWords && /(?:^|\s)[^\s.]+ ?\.$/u.test(text)) return Number.NEGATIVE_INFINITY; // not `N.Y.C.`
  let score = words >= HEADLINE_WEIGHTS.typicalMinWords && words <= HEADLINE_WEIGHTS.typicalMaxWords ? HEADLINE_WEIGHTS.typicalLength : HEADLINE_WEIGHTS.atypicalLength;
  if (/\.$/u.test(text) && !/\.\.\.$|…$/u.test(text)) score += HEADLINE_WEIGHTS.fullStop;
  else if (endsLikeSentence(text)) score += HEADLINE_WEIGHTS.sentenceEnd;
  if (!/\p{Lu}/u.test(text)) score += HEADLINE_WEIGHTS.noCapital;
  if (/^\d[\d\s.:/-]*$/u.test(text)) return Number.NEGATIVE_INFINITY;
  return score;
}

/** Whether a line is a title-shaped line of the usual length (not a sentence, not a label). */
export function isTitleShaped(text: string, feature: LineFeatures): boolean {
  return headlineShape(text, feature.cjk) >= HEADLINE_WEIGHTS.typicalLength;
}

/** Whether a byline line says more than names (`Politik · Jane Roe`, `By Jane Roe`): never a headline, even when a name list could read as one. */
export function isBylineWithMore(text: string): boolean {
  return SEPARATOR.test(text) || /^\p{Ll}/u.test(text) || /\d/u.test(text);
}
