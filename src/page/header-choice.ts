import { isRoleLine, readBylineLine } from '../fields/byline-forms';
import type { Headline, HeadlinePage } from './headline';
import { scoreHeadlineLine } from './headline';
import { markedBelow } from './headline-context';
import { HEADLINE_WEIGHTS } from './headline-weights';
import { type HeaderMarks, findHeaderMarks } from './header-marks';
import type { LineFeatureTable, LineFeatures } from './line-features';
import type { PageLine } from './lines';
import { isProseLine } from './region';

/**
 * Choosing the article's header over the whole page: the headline found above the article region has its byline or
 * dateline below it; when it has neither, a title over its own byline and dateline with the article's prose right
 * under them (a header above a rail of teasers, a product list or a menu the region was drawn into) is the headline.
 * Also the name lines that are menu items, not bylines.
 * @module
 */

/** Reach and shares of the header choice, in lines and shares of the article's prose. */
export const enum HEADER_CHOICE {
  /** Lines below a title its byline and its dateline may stand on (a standfirst or a share bar may come between). */
  markReach = 6,
  /** Lines below the title within which the article's first prose line stands. */
  proseReach = 14,
  /** Share of the article region's prose that must stand below a header found inside the region (above it: a teaser's). */
  proseBelowShare = 0.5,
  /** Most words of a menu label beside a name taken for a byline (`About`, `Submit`, `Advanced Search`). */
  labelWords = 3,
  /** Fewest headline points (`HEADLINE_WEIGHTS`) of a title chosen for its header: a title of the usual shape near its byline, dateline and prose scores about 8, a quoted post's last line with its signature about 4. */
  minScore = 6,
  /** Lines either side of a header where `railDates` datelines make it one of a rail of teasers (each with its date), not the article's header. */
  railReach = 12,
  railDates = 3,
  /** Labels right above a name (and one below) that make it a menu item. */
  labelsAbove = 2,
  /** Lines below a name where its date stands when it is a byline (a menu item has none). */
  dateReach = 3,
}

/** A row of a table of labels and values (`Study Type : Observational`, `Official Title: …`). */
const LABEL_ROW = /^[^:：]{1,40}[:：]\s?\S/u;

/** Whether a byline and a dateline both stand within `markReach` lines below a line: a whole article header. */
function hasBylineAndDateline(index: number, marks: HeaderMarks): boolean {
  let byline = false;
  let dateline = false;
  for (let below = index + 1; below <= index + HEADER_CHOICE.markReach; below++) {
    byline ||= marks.bylines.has(below);
    dateline ||= marks.datelines.has(below);
  }
  return byline && dateline;
}

/** Whether a line stands in a rail of teasers, each with its date: `railDates` datelines or more around it. */
function inRail(index: number, marks: HeaderMarks): boolean {
  let dates = 0;
  for (let near = index - HEADER_CHOICE.railReach; near <= index + HEADER_CHOICE.railReach; near++) if (marks.datelines.has(near)) dates += 1;
  return dates >= HEADER_CHOICE.railDates;
}

/**
 * Whether a headline found has its own header: a byline or a dateline marked below it, or the byline found
 * within `bylineReach` lines under it.
 *
 * @param headline - the headline's line
 * @param marks - the page's header marks
 * @param bylineLine - the byline found near the article, when any
 * @returns whether the headline heads a byline or a dateline
 */
function hasOwnHeader(headline: number, marks: HeaderMarks, bylineLine: number | undefined): boolean {
  if (markedBelow(headline, marks)) return true;
  return bylineLine !== undefined && bylineLine > headline && bylineLine - headline <= HEADLINE_WEIGHTS.bylineReach;
}

/**
 * The line of the article region above which less than `proseBelowShare` of its prose stands: headers are looked
 * for above it.
 *
 * @param weights - the page's line weights
 * @param region - the article region
 * @returns the line index
 */
function proseMidpoint(weights: ArrayLike<number>, region: readonly [number, number]): number {
  let total = 0;
  for (let index = region[0]; index <= region[1]; index++) total += Math.max(0, weights[index] ?? 0);
  let above = 0;
  for (let index = region[0]; index <= region[1]; index++) {
    above += Math.max(0, weights[index] ?? 0);
    if (above >= total * HEADER_CHOICE.proseBelowShare) return index;
  }
  return region[1];
}

/**
 * The best title of the page that heads a whole header (its byline and its dateline below it) with the article's
 * prose right under it.
 *
 * @param page - the page, its slug words and header marks (the marks must cover `range`)
 * @param range - the first and last line a title may stand on
 * @returns the headline and the article's first prose line under it, or `undefined` when no line heads such a header
 */
function findMarkedHeadline(page: HeadlinePage & { readonly marks: HeaderMarks }, range: readonly [number, number]): (Headline & { readonly proseStart: number }) | undefined {
  const { lines, features, marks } = page;
  let best: (Headline & { readonly proseStart: number }) | undefined;
  for (let index = Math.max(0, range[0]); index <= range[1] && index < lines.length; index++) {
    const line = lines[index];
    const feature = features.get(index);
    if (line === undefined || feature === undefined || feature.repeats > HEADLINE_WEIGHTS.fewRepeatsTo || feature.linkDensity >= HEADLINE_WEIGHTS.linkedDensity) continue;
    if (!hasBylineAndDateline(index, marks)) continue;
    if (inRail(index, marks)) continue;
    // Inside a table of labels and values, a row over rows of dates is no header.
    if (LABEL_ROW.test(line.text) && LABEL_ROW.test(lines[index - 1]?.text ?? '')) continue;
    let prose: number | undefined;
    for (let below = index + 1; below <= index + HEADER_CHOICE.proseReach && prose === undefined; below++) {
      const next = features.get(below);
      if (next !== undefined && isProseLine(next)) prose = below;
    }
    if (prose === undefined) continue;
    for (const candidate of scoreHeadlineLine({ ...page, bylineLine: undefined }, index, prose)) if (best === undefined || candidate.score >= best.score) best = { ...candidate, proseStart: prose };
  }
  return best;
}

/** The header chosen: the headline, the header marks around it and, for a header chosen over the whole page, the article under it. */
export interface HeaderChoice {
  readonly headline: Headline | undefined;
  readonly marks: HeaderMarks;
  /** The article's first and last line when the header chosen stands away from the article region found first. */
  readonly article?: [number, number];
}

/** What the header choice reads of the page besides its lines: the article region found and the page's words. */
export interface HeaderChoiceContext {
  /** The page's line weights and the article region found with them. */
  readonly weights: ArrayLike<number>;
  readonly region: readonly [number, number];
  /** Words the page writes in lower case, and its language (for byline and date marks). */
  readonly commonWords: ReadonlySet<string>;
  readonly language: string | undefined;
}

/**
 * Chooses the headline: the one found near the article when its byline or dateline stands below it, else a title
 * heading a whole header (byline, dateline, then prose) anywhere above the middle of the article's prose when it
 * scores higher as a headline, else the one found near the article.
 *
 * @param page - the page, its slug words, the byline found and the header marks near the article
 * @param near - the headline found near the article, when any
 * @param context - the article region, the line weights, the page's words and language
 * @returns the headline, the header marks that hold around it and, for a header chosen over the whole page, the
 *   article under it
 * @example
 * ```ts
 * // a teaser rail over `Council delays the budget vote` / `By Jane Roe` / `May 4, 2023` / the article's prose
 * // → the headline is `Council delays the budget vote`, not the rail's last teaser
 * ```
 */
export function chooseHeader(page: HeadlinePage & { readonly marks: HeaderMarks }, near: Headline | undefined, context: HeaderChoiceContext): HeaderChoice {
  if (near !== undefined && hasOwnHeader(near.line, page.marks, page.bylineLine)) return { headline: near, marks: page.marks };
  const midpoint = proseMidpoint(context.weights, context.region);
  const marks = findHeaderMarks(page.lines, context.commonWords, context.language, [0, midpoint + HEADER_CHOICE.markReach]);
  const marked = findMarkedHeadline({ ...page, marks }, [0, midpoint]);
  if (marked === undefined || marked.score < HEADER_CHOICE.minScore || (near !== undefined && marked.score <= near.score)) return { headline: near, marks: page.marks };
  const { proseStart, ...headline } = marked;
  // The article runs from the prose under the header at least to the end of the region found first (a chart or a
  // rail of pictures between them is chrome the chunking drops).
  const article = articleFrom(context.weights, proseStart);
  return { headline, marks, article: [article[0], Math.max(article[1], context.region[1])] };
}

/**
 * The article opening at a given line: from it to the line where the sum of the line weights peaks, so the prose
 * under a chosen header is the article's start even when a longer run of prose (a product list, a rail) stands
 * further down.
 *
 * @param weights - the page's line weights
 * @param start - the article's first line
 * @returns the article's first and last line
 */
function articleFrom(weights: ArrayLike<number>, start: number): [number, number] {
  let sum = 0;
  let best = Number.NEGATIVE_INFINITY;
  let end = start;
  for (let index = start; index < weights.length; index++) {
    sum += weights[index] ?? 0;
    if (sum > best) {
      best = sum;
      end = index;
    }
  }
  return [start, end];
}

/** Whether a line is a short label: a few words, no digits (a date beside a byline is no label), no prose. */
function isLabel(line: PageLine | undefined, feature: LineFeatures | undefined): boolean {
  return line !== undefined && feature !== undefined && !isProseLine(feature) && feature.words <= HEADER_CHOICE.labelWords && !/\d/u.test(line.text);
}

/**
 * Whether the byline found is a menu item: a bare name (no byline word) standing among menu labels (the two lines
 * above it and the one below are short labels) with no date or role below it, or above the headline and printed again on the page like a line
 * beside it.
 *
 * @param lines - the page's lines
 * @param features - their measurements
 * @param line - the byline's line
 * @param headlineLine - the headline's line, when known
 * @param commonWords - words the page writes in lower case
 * @returns whether the name is a menu item
 */
export function isMenuName(lines: readonly PageLine[], features: LineFeatureTable, line: number, headlineLine: number | undefined, commonWords: ReadonlySet<string>): boolean {
  if (readBylineLine(lines[line]?.text ?? '', commonWords)?.form === 'marker') return false;
  // A byline has its date, or the writer's role, below it; a menu item has neither.
  const dated = lines.slice(line + 1, line + 1 + HEADER_CHOICE.dateReach).some((below) => /\d/u.test(below.text)) || isRoleLine(lines[line + 1]?.text ?? '');
  let labels = isLabel(lines[line + 1], features.get(line + 1));
  for (let above = line - HEADER_CHOICE.labelsAbove; above < line; above++) labels &&= isLabel(lines[above], features.get(above));
  if (!dated && labels) return true;
  if (headlineLine === undefined || line >= headlineLine) return false;
  const repeated = (near: number): boolean => (features.get(near)?.repeats ?? 1) > 1;
  return repeated(line) && (repeated(line - 1) || repeated(line + 1));
}
