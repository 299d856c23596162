import { isCreditLine } from '../fields/byline-forms';
import { slugCoverage, slugOverlap } from '../fields/slug';
import { countWords, endsLikeSentence } from '../text/prose';
import type { HeaderMarks } from './header-marks';
import type { LineFeatures } from './line-features';
import type { PageLine } from './lines';

/**
 * Finding the headline in page text: the short line just above the article that reads as a title (and spells out
 * the URL's slug when the URL is known), taken out of `Section|Title` crumbs and `Title | Site` lines.
 * @module
 */

/** A headline candidate: the line it is on and the text (a part of the line for `Title | Site`). */
export interface Headline {
  readonly line: number;
  readonly text: string;
  readonly score: number;
}

/** How far below a headline its byline or dateline stands (a standfirst or a section label may come between). */
const HEADER_BELOW = [1, 2, 3, 4];

/** Words from which a line ending in a full stop is a lede (a sentence of the article), not a title. */
const LEDE_WORDS = 10;
/** Characters from which a CJK line ending in `。` is a lede. */
const CJK_LEDE_LENGTH = 30;

/** A space between two CJK characters: menu items side by side, not a CJK headline. */
const CJK_GAP = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Separators between a title and a site name or section in one line. */
const SEPARATOR = / [|–—•·»] | - |\|/u;

/** The parts of a line that may be the headline: the line itself and, for `A | B`, each part. */
function partsOf(text: string): string[] {
  if (!SEPARATOR.test(text)) return [text];
  const parts = text.split(SEPARATOR).map((part) => part.trim()).filter((part) => part.length > 0);
  return [text, ...parts];
}

/** How much a text reads as a headline, before its position is taken into account. */
function headlineShape(text: string, cjk: boolean): number {
  if (/[<>{}]|https?:\/\/|^\[.*\]$/u.test(text)) return Number.NEGATIVE_INFINITY;
  const words = countWords(text, 36);
  if (cjk) {
    if (text.length < 6 || text.length > 100) return Number.NEGATIVE_INFINITY;
    // A CJK sentence ends with a full stop; CJK text puts no space between two CJK words, a menu does.
    if (/[。．]$/u.test(text) && text.length >= CJK_LEDE_LENGTH) return Number.NEGATIVE_INFINITY;
    return 2 - (/[。．]$/u.test(text) ? 2 : 0) - (CJK_GAP.test(text) ? 1.5 : 0);
  }
  if (words < 2 || words > 35) return Number.NEGATIVE_INFINITY;
  // A sentence of ten words or more ending in a full stop is a lede, never a headline: with no headline line above
  // the article, the title stays absent and the lede stays in the body.
  if (words >= LEDE_WORDS && /(?:^|\s)[^\s.]+\.$/u.test(text)) return Number.NEGATIVE_INFINITY; // not `N.Y.C.`
  let score = words >= 4 && words <= 20 ? 2 : 0.5;
  if (/\.$/u.test(text) && !/\.\.\.$|…$/u.test(text)) score -= 2;
  else if (endsLikeSentence(text)) score -= 0.5;
  if (!/\p{Lu}/u.test(text)) score -= 2;
  if (/^\d[\d\s.:/-]*$/u.test(text)) return Number.NEGATIVE_INFINITY;
  return score;
}

/**
 * The headline when the line picked is its standfirst: a sentence (or a long line) right below a title-shaped line
 * that is not a sentence. Print layout sets the headline above the standfirst, never below it.
 */
function aboveItsStandfirst(picked: Headline, lines: readonly PageLine[], features: readonly LineFeatures[], marks: HeaderMarks | undefined): Headline {
  const feature = features[picked.line];
  if (feature === undefined || !(/[.。]$/u.test(picked.text) || (!feature.cjk && feature.words > STANDFIRST_WORDS))) return picked;
  const above = lines[picked.line - 1];
  const aboveFeature = features[picked.line - 1];
  if (above === undefined || aboveFeature === undefined || aboveFeature.markup || above.bullet || aboveFeature.repeats > 3) return picked;
  if (marks?.bylines.has(above.index) === true || marks?.datelines.has(above.index) === true || isCreditLine(above.text)) return picked;
  const shape = headlineShape(above.text, aboveFeature.cjk);
  if (!Number.isFinite(shape) || shape <= 0 || endsLikeSentence(above.text) || above.text.length >= picked.text.length) return picked;
  // A one- or two-word line above is a section label, not a headline.
  if (!aboveFeature.cjk && aboveFeature.words < 3) return picked;
  return { line: above.index, text: above.text, score: picked.score };
}

/** Above this many words a line under a shorter title is its standfirst. */
const STANDFIRST_WORDS = 20;

/**
 * Picks the headline among the lines above (and at the very start of) the article region.
 *
 * @param lines - the page's lines
 * @param features - their measurements
 * @param regionStart - first line of the article region (the page's first line when none was found)
 * @param slugWords - words of the page URL's path (empty when unknown)
 * @param bylineLine - the byline's line, when one was found
 * @param marks - the page's bylines and datelines: never the headline, and found just below it
 * @returns the headline, or `undefined`
 */
export function findHeadline(
  lines: readonly PageLine[],
  features: readonly LineFeatures[],
  regionStart: number,
  slugWords: ReadonlySet<string>,
  bylineLine?: number,
  marks?: HeaderMarks,
): Headline | undefined {
  let best: Headline | undefined;
  const from = Math.max(0, regionStart - 60);
  const to = Math.min(lines.length - 1, regionStart + 3);
  for (let index = from; index <= to; index++) {
    const line = lines[index];
    const feature = features[index];
    if (line === undefined || feature === undefined || feature.markup || line.bullet) continue;
    if ((marks !== undefined && (marks.bylines.has(index) || marks.datelines.has(index))) || isCreditLine(line.text)) continue;
    const headerBelow = marks !== undefined && HEADER_BELOW.some((offset) => marks.bylines.has(index + offset) || marks.datelines.has(index + offset));
    for (const [partIndex, text] of partsOf(line.text).entries()) {
      let score = headlineShape(text, feature.cjk);
      if (!Number.isFinite(score)) continue;
      if (slugWords.size > 0) score += 6 * slugOverlap(text, slugWords) + 4 * slugCoverage(text, slugWords);
      const distance = regionStart - index;
      score += distance >= 0 ? 3 * Math.max(0, 1 - distance / 30) : 1;
      if (feature.repeats >= 2 && feature.repeats <= 3) score += 1;
      if (feature.repeats > 3) score -= 3;
      if (feature.linkDensity >= 0.5) score -= 1;
      if (partIndex > 0) score -= 0.5;
      // Headlines stand just above their byline.
      if ((bylineLine !== undefined && bylineLine - index >= 1 && bylineLine - index <= 6) || headerBelow) score += 3;
      if (best === undefined || score > best.score) best = { line: index, text, score };
    }
  }
  return best === undefined ? undefined : aboveItsStandfirst(best, lines, features, marks);
}
