import type { LineFeatures } from './line-features';
import type { PageLine } from './lines';

/**
 * Finding the article inside a page's text: the contiguous run of lines where running prose outweighs chrome
 * (the maximum-sum segment of per-line weights), then dropping the chrome that remains inside it.
 * @module
 */

/** Credits and captions that name the picture's source rather than tell the story. */
const CREDIT = /^\(?(?:photo|photograph|image|picture|credit|bild|foto|crédit|source)s?(?: credit)?\s?[:©]|^©|\b(?:getty images|shutterstock|ap photo)\b|(?:photograph|photo|foto|bild): [^.]{0,80}$/iu;

/** Whether a line is running prose: long enough, and a sentence or dense in function words. */
function isProseLine(features: LineFeatures): boolean {
  if (features.linkDensity >= 0.5 || features.repeats > 2 || features.markup) return false;
  if (features.cjk) return features.length >= 25 && (features.punctuation >= 1 || features.length >= 40);
  if (features.words >= 40) return true;
  return features.words >= 10 && (features.sentence || features.functionDensity >= 0.25) && features.punctuation >= 1;
}

/**
 * How much each line speaks for being inside the article (positive) or outside it (negative). Prose weighs its
 * words; other lines cost more the longer the run of non-prose they stand in, so a heading or a short list inside
 * the article is cheap to cross while a menu, a rail of teasers' headlines or a footer is not.
 */
export function lineWeights(features: readonly LineFeatures[]): number[] {
  const weights: number[] = [];
  let gap = 0;
  for (const feature of features) {
    if (isProseLine(feature)) {
      gap = 0;
      weights.push(feature.cjk ? feature.length / 2 : feature.words);
      continue;
    }
    gap += 1;
    if (feature.barrier) {
      weights.push(-BARRIER_COST);
      continue;
    }
    if (feature.repeats === 1 && feature.linkDensity < 0.5 && !feature.markup && (feature.codeLike || feature.words >= 6)) {
      // Code, table rows and longer list items stand inside articles: cheap, and they do not lengthen the gap.
      gap -= 1;
      weights.push(feature.sentence ? 0 : -1);
      continue;
    }
    let cost = Math.min(1 + gap, GAP_COST_CAP);
    if (feature.repeats >= 3) cost += 10;
    if (feature.repeats > 1 || feature.linkDensity >= 0.5 || feature.markup) cost += 4;
    else if (feature.sentence && feature.words >= 4) cost = 0;
    weights.push(-cost);
  }
  return weights;
}

/** What crossing a line that closes an article (comments, related stories, share bar) costs: too much. */
const BARRIER_COST = 40;

/** The most a single non-prose line costs. */
const GAP_COST_CAP = 12;

/** Indexes `[start, end]` (inclusive) of the best contiguous region, or `undefined` when nothing weighs positive. */
function bestRegion(weights: readonly number[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (const [index, weight] of weights.entries()) {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += weight;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, index];
    }
  }
  return best;
}

/** Whether a line inside the region is still chrome: repeated across the page, link lists, credits. */
export function isChromeInside(line: PageLine, features: LineFeatures): boolean {
  if (isProseLine(features)) return false;
  if (features.repeats > 1 && features.words <= 8) return true;
  if (features.linkDensity >= 0.6 && !line.bullet) return true;
  return CREDIT.test(line.text);
}

/**
 * Locates the article region of a page.
 *
 * @param weights - the page's line weights ({@link lineWeights})
 * @param from - the first line the article may start at
 * @returns the region's first and last line index, or `undefined` when the page holds no prose
 */
export function findArticleRegion(weights: readonly number[], from: number): [number, number] | undefined {
  return bestRegion(weights.map((weight, index) => (index < from ? -1e9 : weight)));
}
