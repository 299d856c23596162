import { isCreditLine } from '../fields/byline-forms';
import { slugCoverage, slugOverlap } from '../fields/slug';
import { type Headline, aboveItsStandfirst, contextScore, hasTitleAbove, markedBelow, withEchoes, withStackedLines } from './headline-context';
import { headlineShape, isBylineWithMore, partsOf } from './headline-shape';
import { HEADLINE_WEIGHTS } from './headline-weights';
import { type HeaderMarks, isMarked } from './header-marks';
import type { LineFeatureTable } from './line-features';
import type { PageLine } from './lines';
import { isProseLine } from './region';
import { continuesInRow } from './wrapped';

/**
 * Finding the headline in page text: the short line just above the article that reads as a title (and spells out
 * the URL's slug when the URL is known), taken out of `Section|Title` crumbs and `Title | Site` lines.
 * @module
 */

/** What scoring a line as the headline reads besides the line: the page, the URL's slug and the header marks. */
export interface HeadlinePage {
  readonly lines: readonly PageLine[];
  readonly features: LineFeatureTable;
  /** Words of the page URL's path (empty when unknown). */
  readonly slugWords: ReadonlySet<string>;
  /** The byline's line, when one was found. */
  readonly bylineLine?: number | undefined;
  /** The page's bylines and datelines: never the headline, and found just below it. */
  readonly marks?: HeaderMarks | undefined;
}

/**
 * Scores one line (and each `Title | Site` part of it) as the headline of an article starting at `regionStart`.
 *
 * @param page - the page, its slug words and header marks
 * @param index - the line
 * @param regionStart - the article's first line
 * @param proseAbove - prose lines of the article above the line (0 above the article)
 * @returns the line's scored candidates (none when it cannot be a headline)
 */
export function scoreHeadlineLine(page: HeadlinePage, index: number, regionStart: number, proseAbove = 0): Headline[] {
  const { lines, features, slugWords, bylineLine, marks } = page;
  const line = lines[index];
  const feature = features.get(index);
  // A bulleted line is a list item, except a lone CJK one: a heading decorated the CJK way (`■ 見出し`).
  if (line === undefined || feature === undefined || feature.markup || (line.bullet && !(feature.cjk && lines[index - 1]?.bullet !== true && lines[index + 1]?.bullet !== true))) return [];
  // The parts' shape first (read once): a line with no part shaped as a headline (a paragraph) is not read any further.
  const parts = partsOf(line.text);
  const shapes = parts.map((text) => headlineShape(text, feature.cjk));
  if (!shapes.some(Number.isFinite) || isMarked(marks, index) || isCreditLine(line.text)) return [];
  if (index === bylineLine && isBylineWithMore(line.text)) return [];
  // A byline with a title over it has its headline: a title under it is a second one. A byline over the
  // headline (`Jane Roe`, `2019.04.25`, then the title) has none above.
  const headedByline = bylineLine !== undefined && index > bylineLine && hasTitleAbove(bylineLine, lines, features) ? bylineLine : undefined;
  const headerBelow = markedBelow(index, marks);
  // A row of a paragraph wrapped at a fixed width, opening it or going on from the row above, is prose, not a title;
  // a headline over its byline or dateline (`by Jane Roe May 4, 2023`) is no row of it.
  if (!headerBelow && (continuesInRow(line, lines[index + 1]) || continuesInRow(lines[index - 1], line))) return [];
  const context = contextScore(index, lines, features, marks);
  const scored: Headline[] = [];
  for (const [partIndex, text] of parts.entries()) {
    let score = shapes[partIndex] ?? Number.NEGATIVE_INFINITY;
    if (!Number.isFinite(score)) continue;
    if (slugWords.size > 0) score += HEADLINE_WEIGHTS.slugOverlap * slugOverlap(text, slugWords) + HEADLINE_WEIGHTS.slugCoverage * slugCoverage(text, slugWords);
    const distance = regionStart - index;
    score += distance >= 0 ? HEADLINE_WEIGHTS.nearRegion * Math.max(0, 1 - distance / HEADLINE_WEIGHTS.nearRegionReach) : HEADLINE_WEIGHTS.insideRegion;
    if (feature.repeats >= HEADLINE_WEIGHTS.fewRepeatsFrom && feature.repeats <= HEADLINE_WEIGHTS.fewRepeatsTo) score += HEADLINE_WEIGHTS.fewRepeats;
    if (feature.repeats > HEADLINE_WEIGHTS.fewRepeatsTo) score += HEADLINE_WEIGHTS.manyRepeats;
    if (feature.linkDensity >= HEADLINE_WEIGHTS.linkedDensity) score += HEADLINE_WEIGHTS.linked;
    if (partIndex > 0) score += HEADLINE_WEIGHTS.linePart;
    score += context;
    // Below the article's first paragraphs, a title-shaped line with no byline or dateline of its own is a teaser
    // or a subheading.
    if (proseAbove >= HEADLINE_WEIGHTS.proseAbove && !headerBelow) score += HEADLINE_WEIGHTS.belowArticleStart;
    // Headlines stand just above their byline; a title a few lines under it is a second one.
    const underHeadedByline = headedByline !== undefined && index - headedByline <= HEADLINE_WEIGHTS.bylineReach;
    if (headerBelow || (bylineLine !== undefined && bylineLine - index >= 1 && bylineLine - index <= HEADLINE_WEIGHTS.bylineReach)) score += HEADLINE_WEIGHTS.aboveByline;
    else if (underHeadedByline) score += HEADLINE_WEIGHTS.belowByline;
    // A dateline may also head the header, right above the headline (`2019.04.25`, then the title).
    if (marks?.datelines.has(index - 1) === true && !underHeadedByline) score += HEADLINE_WEIGHTS.belowDateline;
    scored.push({ line: index, text, score });
  }
  return scored;
}

/**
 * Picks the headline among the lines above (and at the very start of) the article region.
 *
 * @param page - the page, its slug words, byline and header marks
 * @param regionStart - first line of the article region (the page's first line when none was found)
 * @returns the headline, or `undefined`
 */
export function findHeadline(page: HeadlinePage, regionStart: number): Headline | undefined {
  const { lines, features, marks } = page;
  const scored: Headline[] = [];
  // Lines the page prints many times (a `Find this author` row per author) are chrome: they take no reach.
  let from = regionStart;
  for (let reach = 0; from > 0 && reach < HEADLINE_WEIGHTS.lookAbove; from--) if ((features.get(from - 1)?.repeats ?? 1) <= HEADLINE_WEIGHTS.fewRepeatsTo) reach += 1;
  const to = Math.min(lines.length - 1, regionStart + HEADLINE_WEIGHTS.lookInside);
  let proseAbove = 0;
  for (let index = from; index <= to; index++) {
    const previous = features.get(index - 1);
    if (index > regionStart && previous !== undefined && isProseLine(previous)) proseAbove += 1;
    // Deep below the article's first paragraphs, a title-shaped line is a teaser or a subheading.
    if (proseAbove >= HEADLINE_WEIGHTS.proseAbove && index > regionStart + HEADLINE_WEIGHTS.alwaysInside) break;
    scored.push(...scoreHeadlineLine(page, index, regionStart, proseAbove));
  }
  const best = withEchoes(scored, lines);
  return best === undefined ? undefined : withStackedLines(aboveItsStandfirst(best, lines, features, marks), lines, features, marks);
}
