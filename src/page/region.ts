import type { LineFeatureTable, LineFeatures } from './line-features';
import type { PageLine } from './lines';

/**
 * Finding the article inside a page's text: the contiguous run of lines where running prose outweighs chrome
 * (the maximum-sum segment of per-line weights), then dropping the chrome that remains inside it.
 * @module
 */

/** Credits and captions that name the picture's source rather than tell the story. */
const CREDIT = /^\(?(?:photo|photograph|image|picture|credit|bild|foto|crédit|source)s?(?: credit)?\s?[:©]|^©|\b(?:getty images|shutterstock|ap photo)\b|(?:photograph|photo|foto|bild): [^.]{0,80}$/iu;

/**
 * The article region's weights and thresholds, one scale: a prose line weighs its words (a CJK line half its
 * characters); every other line costs points, and the region is the run of lines with the highest total.
 */
export const enum REGION_WEIGHTS {
  /** A line at least this dense in links is a link list, never prose. */
  linkList = 0.5,
  /** Repeated more often than this on the page, a line is chrome. */
  maxProseRepeats = 2,
  /** A CJK prose line has at least this many characters, and needs no punctuation from `cjkLongLine`. */
  cjkMinLength = 25,
  cjkLongLine = 40,
  /** A line this long (in words) is prose whatever its shape, unless it is a list. */
  longLineWords = 40,
  /** Commas per word from which a long line is a list (`Jane, John, Ann, …`), not prose. */
  listCommasPerWord = 0.3,
  /** Fewest words of a prose line that is a sentence or dense in function words. */
  proseMinWords = 10,
  /** Share of function words that makes a line read as running text. */
  functionDensity = 0.25,
  /** Characters per weight point of a CJK prose line. */
  cjkCharsPerPoint = 2,
  /** A long list item, code or table row (at least this many words) stands inside articles. */
  insideItemWords = 6,
  /** What such a line costs when it is not a sentence. */
  insideItemCost = 1,
  /** Cost added to a line repeated three times or more on the page. */
  repeatedCost = 10,
  /** Repeats from which `repeatedCost` applies. */
  repeatedFrom = 3,
  /** Cost added to a repeated, link-dense or markup line. */
  chromeCost = 4,
  /** A sentence of at least this many words costs nothing. */
  freeSentenceWords = 4,
  /** What crossing a line that closes an article (comments, related stories, share bar) costs: too much. */
  barrierCost = 40,
  /** The most a single non-prose line costs. */
  gapCostCap = 12,
  /** Inside the region, a repeated line of at most this many words is chrome. */
  repeatedChromeWords = 8,
  /** Inside the region, a line at least this dense in links (and no list item) is chrome. */
  chromeLinkDensity = 0.6,
  /** Share of the region's prose that must stand above a heading that closes articles for the region to end there. */
  closingAfterShare = 0.5,
  /** The same share for such a heading right under a paragraph, with another heading of what follows articles below. */
  closingUnderProseShare = 0.2,
  /** Fewest lines of a code block: a run of non-prose lines, none a link list, at least `codeBlockShare` of them code-like, one with code's own punctuation or markup. */
  codeBlockLines = 3,
  codeBlockShare = 0.5,
  /** Most characters of a line of code: longer markup is the page's own leaking into its text (a tracking pixel's `<img>`), not a sample. */
  codeLineLength = 100,
  /** Fewest words of a line ending in a colon that announces a list (`The countries ranked as follows:`), not a label (`Tags:`, `Follow us:`). */
  listIntroWords = 4,
  /** Most items of such a list, each printed once: they stand inside the article as its items do. */
  listItems = 30,
  /** The weight of lines before the earliest start allowed: no region can include them. */
  excluded = -1e9,
}

/** Whether a line is running prose: long enough, a sentence or dense in function words, and no heading of what follows articles (a live ticker's timed headline). */
export function isProseLine(features: LineFeatures): boolean {
  if (features.barrier || features.linkDensity >= REGION_WEIGHTS.linkList || features.repeats > REGION_WEIGHTS.maxProseRepeats || features.markup) return false;
  if (features.cjk) return features.length >= REGION_WEIGHTS.cjkMinLength && (features.punctuation >= 1 || features.length >= REGION_WEIGHTS.cjkLongLine);
  if (features.words >= REGION_WEIGHTS.longLineWords) return features.commas < features.words * REGION_WEIGHTS.listCommasPerWord;
  return features.words >= REGION_WEIGHTS.proseMinWords && (features.sentence || features.functionDensity >= REGION_WEIGHTS.functionDensity) && features.punctuation >= 1;
}

/**
 * Whether a non-prose line is one of those that stand inside articles: code and table rows (a line of code repeated
 * on the page, `]` or `SELECT`, when the lines beside it are code too), and longer list items printed once.
 */
function standsInside(features: LineFeatureTable, index: number): boolean {
  const feature = features.get(index);
  if (feature === undefined || feature.linkDensity >= REGION_WEIGHTS.linkList || feature.markup) return false;
  if (feature.repeats === 1) return feature.codeLike || feature.words >= REGION_WEIGHTS.insideItemWords;
  return isRepeatedCode(features, index);
}

/** Whether a line the page repeats is a line of code among code (`]`, `list: [`), not a menu item printed twice. */
export function isRepeatedCode(features: LineFeatureTable, index: number): boolean {
  const feature = features.get(index);
  if (feature === undefined || feature.repeats === 1 || feature.markup || feature.linkDensity >= REGION_WEIGHTS.linkList) return false;
  return feature.codeMarks && ((features.get(index - 1)?.codeLike ?? false) || (features.get(index + 1)?.codeLike ?? false));
}

/** Words only code writes: a name joined by an underscore (`status_code`), a lone name and a comma (`period,`: one column of a list). */
const CODE_WORDS = /[\p{L}\d]_[\p{L}\d]|^[^\s,]+,$/u;

/**
 * Which lines stand in a code block: a run of at least `codeBlockLines` lines that are neither prose nor a barrier,
 * none of them a link list, at least `codeBlockShare` of them code-like (brackets, operators, digits, drawn table
 * rules, {@link CODE_WORDS}) and one with code's own punctuation or markup (`{`, `;`, `<html>`). A sample of code or
 * HTML inside a technical article repeats its keywords (`SELECT`, `FROM`) and runs long; it is no menu.
 */
function codeBlockLines(features: LineFeatureTable, lines: readonly PageLine[]): Uint8Array {
  const inBlock = new Uint8Array(features.length);
  let start = 0;
  while (start < features.length) {
    let end = start;
    let codeLike = 0;
    let marked = false;
    let linked = false;
    for (; end < features.length; end++) {
      const feature = features.get(end);
      if (feature === undefined || feature.barrier || isProseLine(feature)) break;
      const short = feature.length <= REGION_WEIGHTS.codeLineLength;
      if (short && (feature.codeLike || feature.codeMarks || feature.markup || CODE_WORDS.test(lines[end]?.text ?? ''))) codeLike += 1;
      marked ||= short && (feature.codeMarks || feature.markup);
      linked ||= feature.linkDensity >= REGION_WEIGHTS.linkList;
    }
    const length = end - start;
    if (length >= REGION_WEIGHTS.codeBlockLines && marked && !linked && codeLike >= length * REGION_WEIGHTS.codeBlockShare) inBlock.fill(1, start, end);
    start = end + 1;
  }
  return inBlock;
}

/** A line that ends in a colon: it announces what follows. */
const ANNOUNCES = /[:：]\s*$/u;

/**
 * Marks the items of lists the article announces: the lines under a line of `listIntroWords` words or more that ends
 * in a colon (`The overall rankings were as follows:`), up to the next prose line, each printed once and no link
 * list (a text browser prints a list of countries or steps without its bullets).
 *
 * @param features - the lines' measures
 * @param lines - the lines
 * @param inside - the marks, by line, set to 1 for those items
 */
function markAnnouncedLists(features: LineFeatureTable, lines: readonly PageLine[], inside: Uint8Array): void {
  for (let index = 0; index < features.length; index++) {
    const intro = features.get(index);
    if (intro === undefined || intro.repeats > 1 || intro.words < REGION_WEIGHTS.listIntroWords || !ANNOUNCES.test(lines[index]?.text ?? '')) continue;
    for (let item = index + 1; item <= index + REGION_WEIGHTS.listItems && item < features.length; item++) {
      const feature = features.get(item);
      if (feature === undefined || feature.barrier || feature.repeats > 1 || feature.linkDensity >= REGION_WEIGHTS.linkList || isProseLine(feature)) break;
      inside[item] = 1;
    }
  }
}

/**
 * How much each line speaks for being inside the article (positive) or outside it (negative). Prose weighs its
 * words; other lines cost more the longer the run of non-prose they stand in, so a heading or a short list inside
 * the article is cheap to cross while a menu, a rail of teasers' headlines or a footer is not. A code block and the
 * items of a list the article announces cost little whatever their length.
 *
 * @param features - the lines' measures
 * @param lines - the lines measured (their text shows code words and a list's announcing colon)
 * @returns the weight of each line
 */
export function lineWeights(features: LineFeatureTable, lines: readonly PageLine[]): number[] {
  const weights: number[] = [];
  const inBlock = codeBlockLines(features, lines);
  markAnnouncedLists(features, lines, inBlock);
  let gap = 0;
  for (let index = 0; index < features.length; index++) {
    const feature = features.get(index);
    if (feature === undefined) continue;
    if (isProseLine(feature)) {
      gap = 0;
      weights.push(feature.cjk ? feature.length / REGION_WEIGHTS.cjkCharsPerPoint : feature.words);
      continue;
    }
    gap += 1;
    if (feature.barrier) {
      weights.push(-REGION_WEIGHTS.barrierCost);
      continue;
    }
    if (standsInside(features, index) || inBlock[index] === 1) {
      // Code, table rows and longer list items stand inside articles: cheap, and they do not lengthen the gap.
      gap -= 1;
      weights.push(feature.sentence ? 0 : -REGION_WEIGHTS.insideItemCost);
      continue;
    }
    let cost = Math.min(1 + gap, REGION_WEIGHTS.gapCostCap);
    if (feature.repeats >= REGION_WEIGHTS.repeatedFrom) cost += REGION_WEIGHTS.repeatedCost;
    if (feature.repeats > 1 || feature.linkDensity >= REGION_WEIGHTS.linkList || feature.markup) cost += REGION_WEIGHTS.chromeCost;
    else if (feature.sentence && feature.words >= REGION_WEIGHTS.freeSentenceWords) cost = 0;
    weights.push(-cost);
  }
  return weights;
}

/** Indexes `[start, end]` (inclusive) of the best contiguous region from `from` on, or `undefined` when nothing weighs positive. */
function bestRegion(weights: ArrayLike<number>, from: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let sum = 0;
  let start = from;
  for (let index = from; index < weights.length; index++) {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += weights[index] ?? 0;
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
  if (features.repeats > 1 && features.words <= REGION_WEIGHTS.repeatedChromeWords) return true;
  if (features.linkDensity >= REGION_WEIGHTS.chromeLinkDensity && !line.bullet) return true;
  return CREDIT.test(line.text);
}

/**
 * Locates the article region of a page.
 *
 * @param weights - the page's line weights ({@link lineWeights})
 * @param from - the first line the article may start at
 * @returns the region's first and last line index, or `undefined` when the page holds no prose
 */
export function findArticleRegion(weights: ArrayLike<number>, from: number): [number, number] | undefined {
  return bestRegion(weights, Math.max(0, from));
}

/**
 * Ends a region at the first line that closes an article (comments, related stories, a share bar) below most of its
 * prose, or right under a paragraph with more of what follows articles (comments, related stories) after it: what
 * follows such a heading is another text, even when it is long enough to outweigh the heading's cost.
 *
 * @param weights - the page's line weights
 * @param features - the page's line features
 * @param region - the region found
 * @returns the region, ended before that heading when there is one
 */
export function endAtBarrier(weights: ArrayLike<number>, features: LineFeatureTable, region: [number, number]): [number, number] {
  let total = 0;
  let lastBarrier = -1;
  for (let index = region[0]; index <= region[1]; index++) {
    total += Math.max(0, weights[index] ?? 0);
    if (features.get(index)?.barrier === true) lastBarrier = index;
  }
  let above = 0;
  for (let index = region[0]; index <= region[1]; index++) {
    if (features.get(index)?.closing === true && index > region[0]) {
      const belowMostProse = above >= total * REGION_WEIGHTS.closingAfterShare;
      // A share bar under the article's last paragraph, with the comments or related stories further down.
      const underProse = (weights[index - 1] ?? 0) > 0 && lastBarrier > index && above >= total * REGION_WEIGHTS.closingUnderProseShare;
      if (belowMostProse || underProse) return [region[0], index - 1];
    }
    above += Math.max(0, weights[index] ?? 0);
  }
  return region;
}

