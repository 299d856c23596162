import { isCreditLine } from '../fields/byline-forms';
import { slugCoverage, slugOverlap } from '../fields/slug';
import { countWords, endsLikeSentence } from '../text/prose';
import type { HeaderMarks } from './header-marks';
import type { LineFeatureTable, LineFeatures } from './line-features';
import type { PageLine } from './lines';
import { isProseLine } from './region';
import { isPageControl } from './vocabulary';

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

/**
 * Headline scoring, one scale: each line above the article gets the sum of these for what it shows; the highest
 * total wins.
 */
export const enum HEADLINE_WEIGHTS {
  /** Fewest and most words a headline has (CJK lines are measured in characters instead). */
  minWords = 2,
  maxWords = 35,
  /** The usual headline length, in words: inside it a line scores `typicalLength`. */
  typicalMinWords = 4,
  typicalMaxWords = 20,
  /** Shape score of a headline of the usual length, and of one outside it. */
  typicalLength = 2,
  atypicalLength = 0.5,
  /** CJK headline length in characters, and its shape score. */
  cjkMinLength = 6,
  cjkMaxLength = 100,
  cjkShape = 2,
  /** The usual CJK headline length, in characters (shorter: a menu label, a button); outside it the shape scores `atypicalLength`. */
  cjkTypicalMinLength = 12,
  cjkTypicalMaxLength = 70,
  /** A CJK line ending in `。` is a sentence; from `cjkLedeLength` characters, a lede that is never the headline. */
  cjkFullStop = -2,
  cjkLedeLength = 30,
  /** A space between two CJK characters: menu items side by side (CJK text puts no space between its words). */
  cjkMenu = -1.5,
  /** Most words a title bar (`Title | Site`) holds besides the part taken as its headline: a site's or section's name. */
  titleBarRestWords = 10,
  /** From this many words (a long headline has under twenty), a line ending in a full stop is a lede (a sentence of the article), never the headline. */
  ledeWords = 20,
  /** A line ending in a full stop is a sentence, not a headline; other sentence endings (`?`, `!`) cost less. */
  fullStop = -2,
  sentenceEnd = -0.5,
  /** A line without a capital letter is rarely a headline. */
  noCapital = -2,
  /** Share of the URL slug's words the line has, and share of the line's words the slug has. */
  slugOverlap = 6,
  slugCoverage = 4,
  /** Standing right above the article: up to this much, falling to nothing `nearRegionReach` lines up. */
  nearRegion = 3,
  nearRegionReach = 30,
  /** A line inside the article's first lines (below its start). */
  insideRegion = 1,
  /** Repeated a few times on the page (the headline in a title bar, a breadcrumb, a share box): from–to. */
  fewRepeats = 1,
  fewRepeatsFrom = 2,
  fewRepeatsTo = 3,
  /** Repeated more often than that: chrome. */
  manyRepeats = -3,
  /** Mostly link text: link density from `linkedDensity`. */
  linked = -1,
  linkedDensity = 0.5,
  /** A part of a `Title | Site` line rather than the whole line. */
  linePart = -0.5,
  /** Standing one to `bylineReach` lines above the byline. */
  aboveByline = 3,
  bylineReach = 6,
  /** Standing right below a dateline (a blog's date heading, a dateline over the headline). */
  belowDateline = 1.5,
  /** Standing a few lines (`bylineReach`) below the byline with no byline or dateline of its own: a second title (a share or SEO title, a subheading), not the headline above the byline. */
  belowByline = -3,
  /** How far below a headline its byline or dateline (a header mark) stands; a standfirst may come between. */
  markReach = 4,
  /** Above this many words a line under a shorter title is its standfirst. */
  standfirstWords = 20,
  /** Fewest words of a Latin-script headline above a standfirst (shorter: a section label). */
  minWordsAboveStandfirst = 3,
  /** How far above the article region headlines are looked for, and how far into it. */
  lookAbove = 60,
  lookInside = 8,
  /** Lines into the article that may hold the headline even below prose (a tagline or a notice read as prose). */
  alwaysInside = 3,
  /** Prose lines of the article above a line inside it from which it is a teaser or a subheading, not the headline. */
  proseAbove = 2,
  /** What standing below the article's first paragraphs costs a line with no header below it. */
  belowArticleStart = -4,
  /** Lines either side that, when all repeated on the page, make a line a menu item (all `menuNeighbours` of them), and what that costs. */
  menuReach = 2,
  menuNeighbours = 4,
  menuRun = -2,
  /** Printed again inside another line of the page (a share box, a breadcrumb): the bonus, the text's fewest characters, and how far below the best score a candidate is still checked. */
  echo = 1,
  echoMinLength = 12,
  echoMargin = 2,
  /** Lines an echo stands apart at least (the line right below repeating a caption with its credit is no echo). */
  echoApart = 2,
  /** Printed twice in a row (a sticky title bar, a teaser's picture and link): a title beside the article, not its headline. */
  doubled = -2,
  /** A label of at most `kickerWords` words right above a longer title-shaped line: the kicker or section over the headline. */
  kickerWords = 3,
  kicker = -2,
}

/** A space between two CJK characters: menu items side by side, not a CJK headline. */
const CJK_GAP = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A call to sign up (`Subscribe to our newsletter`, `Newsletter abonnieren`, `Inscrivez-vous à la newsletter`): a box beside the article, never its headline. */
const SIGN_UP = /^(?:subscribe|sign up|join|get)\s.{0,30}newsletters?\b|^newsletters?\s.{0,20}(?:abonnieren|bestellen|anmelden)|^(?:inscrivez-vous|abonnez-vous|suscríbete|assine|iscriviti)\s.{0,30}newsletters?\b/iu;

/** A label of the article's tags or section (`Filed to: metroid`, `Filed under: Policy`, `Tags: …`). */
const FILED_UNDER = /^(?:filed (?:to|under)|tags?|topics?|tagged)\s?:/iu;

/** Separators between a title and a site name or section in one line. */
const SEPARATOR = / [|–—•·»] | - |\|/u;

/** The parts of a line that may be the headline: the line itself and, for `A | B`, each part. */
function partsOf(text: string): string[] {
  if (!SEPARATOR.test(text)) return [text];
  const parts = text.split(SEPARATOR).map((part) => part.trim()).filter((part) => part.length > 0);
  // A part is the headline of a title bar only when what it leaves is a site's or a section's name: a dash inside a
  // paragraph (`CITY (AGENCY) — The council voted …`, a dateline opening the lede) leaves a sentence.
  const words = parts.map((part) => countWords(part, HEADLINE_WEIGHTS.maxWords + 1));
  const total = words.reduce((sum, count) => sum + count, 0);
  return [text, ...parts.filter((_, index) => total - (words[index] ?? 0) <= HEADLINE_WEIGHTS.titleBarRestWords)];
}

/** How much a text reads as a headline, before its position is taken into account. */
function headlineShape(text: string, cjk: boolean): number {
  if (/[<>{}]|https?:\/\/|^\[.*\]$/u.test(text)) return Number.NEGATIVE_INFINITY;
  if (SIGN_UP.test(text) || FILED_UNDER.test(text) || isPageControl(text)) return Number.NEGATIVE_INFINITY;
  const words = countWords(text, HEADLINE_WEIGHTS.maxWords + 1);
  if (cjk) {
    if (text.length < HEADLINE_WEIGHTS.cjkMinLength || text.length > HEADLINE_WEIGHTS.cjkMaxLength) return Number.NEGATIVE_INFINITY;
    // A full stop at the end, or before a closing bracket or a bracketed source (`…ありました。（気象庁発表）`).
    const fullStop = /[。．][」』)）]?$|[。．][（(][^（）()]{1,20}[)）]$/u.test(text);
    if (fullStop && text.length >= HEADLINE_WEIGHTS.cjkLedeLength) return Number.NEGATIVE_INFINITY;
    const length = text.length >= HEADLINE_WEIGHTS.cjkTypicalMinLength && text.length <= HEADLINE_WEIGHTS.cjkTypicalMaxLength ? HEADLINE_WEIGHTS.cjkShape : HEADLINE_WEIGHTS.atypicalLength;
    return length + (fullStop ? HEADLINE_WEIGHTS.cjkFullStop : 0) + (CJK_GAP.test(text) ? HEADLINE_WEIGHTS.cjkMenu : 0);
  }
  if (words < HEADLINE_WEIGHTS.minWords || words > HEADLINE_WEIGHTS.maxWords) return Number.NEGATIVE_INFINITY;
  // A sentence of twenty words or more ending in a full stop is a lede, never a headline: with no headline line above
  // the article, the title stays absent and the lede stays in the body.
  if (words >= HEADLINE_WEIGHTS.ledeWords && /(?:^|\s)[^\s.]+\.$/u.test(text)) return Number.NEGATIVE_INFINITY; // not `N.Y.C.`
  let score = words >= HEADLINE_WEIGHTS.typicalMinWords && words <= HEADLINE_WEIGHTS.typicalMaxWords ? HEADLINE_WEIGHTS.typicalLength : HEADLINE_WEIGHTS.atypicalLength;
  if (/\.$/u.test(text) && !/\.\.\.$|…$/u.test(text)) score += HEADLINE_WEIGHTS.fullStop;
  else if (endsLikeSentence(text)) score += HEADLINE_WEIGHTS.sentenceEnd;
  if (!/\p{Lu}/u.test(text)) score += HEADLINE_WEIGHTS.noCapital;
  if (/^\d[\d\s.:/-]*$/u.test(text)) return Number.NEGATIVE_INFINITY;
  return score;
}

/** Whether a line is a title-shaped line of the usual length (not a sentence, not a label). */
function isTitleShaped(text: string, feature: LineFeatures): boolean {
  return headlineShape(text, feature.cjk) >= HEADLINE_WEIGHTS.typicalLength;
}

/** Whether a marked byline or dateline stands within `markReach` lines below a line (a standfirst may stand between). */
function markedBelow(index: number, marks: HeaderMarks | undefined): boolean {
  for (let offset = 1; offset <= HEADLINE_WEIGHTS.markReach && marks !== undefined; offset++) if (marks.bylines.has(index + offset) || marks.datelines.has(index + offset)) return true;
  return false;
}

/** Whether a title-shaped line (not a sentence) stands within `bylineReach` lines above a line. */
function hasTitleAbove(index: number, lines: readonly PageLine[], features: LineFeatureTable): boolean {
  for (let above = index - 1; above >= Math.max(0, index - HEADLINE_WEIGHTS.bylineReach); above--) {
    const line = lines[above];
    const feature = features.get(above);
    if (line !== undefined && feature !== undefined && !feature.markup && !line.bullet && isTitleShaped(line.text, feature) && !endsLikeSentence(line.text)) return true;
  }
  return false;
}

/** Whether a byline line says more than names (`Politik · Jane Roe`, `By Jane Roe`): never a headline, even when a name list could read as one. */
function isBylineWithMore(text: string): boolean {
  return SEPARATOR.test(text) || /^\p{Ll}/u.test(text) || /\d/u.test(text);
}

/**
 * What a line's neighbours say of it: inside a run of lines repeated on the page it is a menu item; as a short
 * label right above a longer title-shaped line it is the kicker or section over the headline.
 */
function contextScore(index: number, lines: readonly PageLine[], features: LineFeatureTable, marks: HeaderMarks | undefined): number {
  let repeated = 0;
  for (let near = index - HEADLINE_WEIGHTS.menuReach; near <= index + HEADLINE_WEIGHTS.menuReach; near++) if (near !== index && (features.get(near)?.repeats ?? 1) > 1) repeated += 1;
  // Every neighbour repeated: the menu goes on both sides (a headline may follow a menu, never stand inside one).
  let score = repeated >= HEADLINE_WEIGHTS.menuNeighbours ? HEADLINE_WEIGHTS.menuRun : 0;
  const text = lines[index]?.text;
  if (text !== undefined && (lines[index - 1]?.text === text || lines[index + 1]?.text === text)) score += HEADLINE_WEIGHTS.doubled;
  const feature = features.get(index);
  const next = lines[index + 1];
  const nextFeature = features.get(index + 1);
  if (feature === undefined || next === undefined || nextFeature === undefined || next.bullet || nextFeature.markup) return score;
  if (marks?.bylines.has(next.index) === true || marks?.datelines.has(next.index) === true) return score;
  const short = feature.cjk ? feature.length < HEADLINE_WEIGHTS.cjkTypicalMinLength : feature.words <= HEADLINE_WEIGHTS.kickerWords;
  const longer = feature.cjk ? nextFeature.length > feature.length : nextFeature.words > feature.words;
  if (short && longer && isTitleShaped(next.text, nextFeature)) score += HEADLINE_WEIGHTS.kicker;
  return score;
}

/**
 * The best candidate once the close ones are checked for echoes: a headline is printed again inside other lines of
 * the page (a share box's `Share this: TITLE`, a breadcrumb's `Home > World > TITLE`, a `TITLE | Site` line), away
 * from the line itself.
 * Only candidates within `echoMargin` of the best are searched, so the page is read a few times at most.
 */
function withEchoes(scored: readonly Headline[], lines: readonly PageLine[]): Headline | undefined {
  let top = Number.NEGATIVE_INFINITY;
  for (const candidate of scored) top = Math.max(top, candidate.score);
  let best: Headline | undefined;
  for (const candidate of scored) {
    let score = candidate.score;
    if (score < top - HEADLINE_WEIGHTS.echoMargin) continue;
    if (candidate.text.length >= HEADLINE_WEIGHTS.echoMinLength && lines.some((line) => Math.abs(line.index - candidate.line) > HEADLINE_WEIGHTS.echoApart && line.text !== candidate.text && line.text.includes(candidate.text))) score += HEADLINE_WEIGHTS.echo;
    if (best === undefined || score > best.score) best = { ...candidate, score };
  }
  return best;
}

/**
 * The headline when the line picked is its standfirst: a sentence (or a long line) right below a title-shaped line
 * that is not a sentence. Print layout sets the headline above the standfirst, never below it.
 */
function aboveItsStandfirst(picked: Headline, lines: readonly PageLine[], features: LineFeatureTable, marks: HeaderMarks | undefined): Headline {
  const feature = features.get(picked.line);
  if (feature === undefined || !(/[.。]$/u.test(picked.text) || (!feature.cjk && feature.words > HEADLINE_WEIGHTS.standfirstWords))) return picked;
  const above = lines[picked.line - 1];
  const aboveFeature = features.get(picked.line - 1);
  if (above === undefined || aboveFeature === undefined || aboveFeature.markup || above.bullet || aboveFeature.repeats > HEADLINE_WEIGHTS.fewRepeatsTo) return picked;
  if (marks?.bylines.has(above.index) === true || marks?.datelines.has(above.index) === true || isCreditLine(above.text)) return picked;
  const shape = headlineShape(above.text, aboveFeature.cjk);
  if (!Number.isFinite(shape) || shape <= 0 || endsLikeSentence(above.text) || above.text.length >= picked.text.length) return picked;
  // A one- or two-word line above is a section label, not a headline.
  if (!aboveFeature.cjk && aboveFeature.words < HEADLINE_WEIGHTS.minWordsAboveStandfirst) return picked;
  return { line: above.index, text: above.text, score: picked.score };
}

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
  features: LineFeatureTable,
  regionStart: number,
  slugWords: ReadonlySet<string>,
  bylineLine?: number,
  marks?: HeaderMarks,
): Headline | undefined {
  const scored: Headline[] = [];
  const from = Math.max(0, regionStart - HEADLINE_WEIGHTS.lookAbove);
  const to = Math.min(lines.length - 1, regionStart + HEADLINE_WEIGHTS.lookInside);
  let proseAbove = 0;
  // A byline with a title over it has its headline: a title under it is a second one. A byline over the
  // headline (`Jane Roe`, `2019.04.25`, then the title) has none above.
  const headedByline = bylineLine !== undefined && hasTitleAbove(bylineLine, lines, features) ? bylineLine : undefined;
  for (let index = from; index <= to; index++) {
    const line = lines[index];
    const feature = features.get(index);
    const previous = features.get(index - 1);
    if (index > regionStart && previous !== undefined && isProseLine(previous)) proseAbove += 1;
    // Deep below the article's first paragraphs, a title-shaped line is a teaser or a subheading.
    if (proseAbove >= HEADLINE_WEIGHTS.proseAbove && index > regionStart + HEADLINE_WEIGHTS.alwaysInside) break;
    // A bulleted line is a list item, except a lone CJK one: a heading decorated the CJK way (`■ 見出し`).
    if (line === undefined || feature === undefined || feature.markup || (line.bullet && !(feature.cjk && lines[index - 1]?.bullet !== true && lines[index + 1]?.bullet !== true))) continue;
    if ((marks !== undefined && (marks.bylines.has(index) || marks.datelines.has(index))) || isCreditLine(line.text)) continue;
    if (index === bylineLine && isBylineWithMore(line.text)) continue;
    const headerBelow = markedBelow(index, marks);
    const context = contextScore(index, lines, features, marks);
    for (const [partIndex, text] of partsOf(line.text).entries()) {
      let score = headlineShape(text, feature.cjk);
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
      const underHeadedByline = headedByline !== undefined && index > headedByline && index - headedByline <= HEADLINE_WEIGHTS.bylineReach;
      if (headerBelow || (bylineLine !== undefined && bylineLine - index >= 1 && bylineLine - index <= HEADLINE_WEIGHTS.bylineReach)) score += HEADLINE_WEIGHTS.aboveByline;
      else if (underHeadedByline) score += HEADLINE_WEIGHTS.belowByline;
      // A dateline may also head the header, right above the headline (`2019.04.25`, then the title).
      if (marks?.datelines.has(index - 1) === true && !underHeadedByline) score += HEADLINE_WEIGHTS.belowDateline;
      scored.push({ line: index, text, score });
    }
  }
  const best = withEchoes(scored, lines);
  return best === undefined ? undefined : aboveItsStandfirst(best, lines, features, marks);
}
