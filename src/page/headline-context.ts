import { isCreditLine } from '../fields/byline-forms';
import { endsLikeSentence } from '../text/prose';
import { continuesTitle, headlineShape, isLabelValue, isPlayerTime, isTitleShaped } from './headline-shape';
import { HEADLINE_WEIGHTS } from './headline-weights';
import { type HeaderMarks, isMarked } from './header-marks';
import type { LineFeatureTable } from './line-features';
import type { PageLine } from './lines';

/**
 * What the lines around a headline candidate say of it: a byline or dateline below it, a title above its byline, a
 * menu run or a kicker around it, an echo of it elsewhere on the page, and a standfirst picked in its place.
 * @module
 */

/** A headline candidate: the line it is on and the text (a part of the line for `Title | Site`). */
export interface Headline {
  readonly line: number;
  readonly text: string;
  readonly score: number;
  /** The first line of a headline set on several lines (the last is `line`). */
  readonly firstLine?: number;
}

/** Whether a marked byline or dateline stands within `markReach` lines below a line (a standfirst may stand between). */
export function markedBelow(index: number, marks: HeaderMarks | undefined): boolean {
  for (let offset = 1; offset <= HEADLINE_WEIGHTS.markReach; offset++) if (isMarked(marks, index + offset)) return true;
  return false;
}

/** Whether a title-shaped line (not a sentence) stands within `bylineReach` lines above a line. */
export function hasTitleAbove(index: number, lines: readonly PageLine[], features: LineFeatureTable): boolean {
  for (let above = index - 1; above >= Math.max(0, index - HEADLINE_WEIGHTS.bylineReach); above--) {
    const line = lines[above];
    const feature = features.get(above);
    if (line !== undefined && feature !== undefined && !feature.markup && !line.bullet && isTitleShaped(line.text, feature) && !endsLikeSentence(line.text)) return true;
  }
  return false;
}

/**
 * What a line's neighbours say of it: inside a run of lines repeated on the page it is a menu item; as a short
 * label right above a longer title-shaped line it is the kicker or section over the headline.
 */
export function contextScore(index: number, lines: readonly PageLine[], features: LineFeatureTable, marks: HeaderMarks | undefined): number {
  let repeated = 0;
  for (let near = index - HEADLINE_WEIGHTS.menuReach; near <= index + HEADLINE_WEIGHTS.menuReach; near++) if (near !== index && (features.get(near)?.repeats ?? 1) > 1) repeated += 1;
  // Every neighbour repeated: the menu goes on both sides (a headline may follow a menu, never stand inside one).
  // A line printed again among repeated lines is an item of a block the page repeats (a panel per author): one
  // neighbour less makes the run, and its copies are the block's, not a title bar's.
  const copied = (features.get(index)?.repeats ?? 1) > 1;
  let score = repeated >= HEADLINE_WEIGHTS.menuNeighbours ? HEADLINE_WEIGHTS.menuRun : 0;
  if (copied && repeated === HEADLINE_WEIGHTS.menuNeighbours - 1) score += HEADLINE_WEIGHTS.menuRun;
  if (copied && repeated >= HEADLINE_WEIGHTS.menuNeighbours - 1) score += HEADLINE_WEIGHTS.copiedInRun;
  const text = lines[index]?.text;
  if (text !== undefined && (lines[index - 1]?.text === text || lines[index + 1]?.text === text)) score += HEADLINE_WEIGHTS.doubled;
  if (text !== undefined && isLabelValue(text, lines[index - 1]?.text, lines[index + 1]?.text)) score += HEADLINE_WEIGHTS.labelValue;
  if (lines.slice(Math.max(0, index - HEADLINE_WEIGHTS.playerReach), index).some((above) => isPlayerTime(above.text))) score += HEADLINE_WEIGHTS.playerTitle;
  const feature = features.get(index);
  const next = lines[index + 1];
  const nextFeature = features.get(index + 1);
  if (feature === undefined || next === undefined || nextFeature === undefined || next.bullet || nextFeature.markup) return score;
  if (isMarked(marks, next.index)) return score;
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
export function withEchoes(scored: readonly Headline[], lines: readonly PageLine[]): Headline | undefined {
  let top = Number.NEGATIVE_INFINITY;
  for (const candidate of scored) top = Math.max(top, candidate.score);
  let best: Headline | undefined;
  for (const candidate of scored) {
    let score = candidate.score;
    if (score < top - HEADLINE_WEIGHTS.echoMargin) continue;
    // A heading set in capitals (html-to-text's) is echoed in the page's own case.
    const capitals = /\p{Lu}/u.test(candidate.text) && candidate.text === candidate.text.toUpperCase();
    const echoed = (line: PageLine): boolean => line.text !== candidate.text && (capitals ? line.text.toUpperCase() : line.text).includes(candidate.text);
    if (candidate.text.length >= HEADLINE_WEIGHTS.echoMinLength && lines.some((line) => Math.abs(line.index - candidate.line) > HEADLINE_WEIGHTS.echoApart && echoed(line))) score += HEADLINE_WEIGHTS.echo;
    if (best === undefined || score > best.score) best = { ...candidate, score };
  }
  return best;
}

/**
 * The headline when the line picked is its standfirst: a sentence (or a long line) right below a title-shaped line
 * that is not a sentence. Print layout sets the headline above the standfirst, never below it.
 */
export function aboveItsStandfirst(picked: Headline, lines: readonly PageLine[], features: LineFeatureTable, marks: HeaderMarks | undefined): Headline {
  const feature = features.get(picked.line);
  if (feature === undefined || !(/[.。]$/u.test(picked.text) || (!feature.cjk && feature.words > HEADLINE_WEIGHTS.standfirstWords))) return picked;
  const above = lines[picked.line - 1];
  const aboveFeature = features.get(picked.line - 1);
  if (above === undefined || aboveFeature === undefined || aboveFeature.markup || above.bullet || aboveFeature.repeats > HEADLINE_WEIGHTS.fewRepeatsTo) return picked;
  if (isMarked(marks, above.index) || isCreditLine(above.text)) return picked;
  const shape = headlineShape(above.text, aboveFeature.cjk);
  if (!Number.isFinite(shape) || shape <= 0 || endsLikeSentence(above.text) || above.text.length >= picked.text.length) return picked;
  // A one- or two-word line above is a section label, not a headline.
  if (!aboveFeature.cjk && aboveFeature.words < HEADLINE_WEIGHTS.minWordsAboveStandfirst) return picked;
  return { line: above.index, text: above.text, score: picked.score };
}

/**
 * The whole headline when the line picked is the last line of one set on several lines: a `～subtitle～` under its
 * title (and a quoted slogan between them), as a heading broken into lines prints. The lines above join while they
 * read as a headline's, at most `stackedLines` in all.
 */
export function withStackedLines(picked: Headline, lines: readonly PageLine[], features: LineFeatureTable, marks: HeaderMarks | undefined): Headline {
  let first = picked.line;
  while (picked.line - first + 1 < HEADLINE_WEIGHTS.stackedLines && continuesTitle(lines[first]?.text ?? '', first !== picked.line)) {
    const above = lines[first - 1];
    const feature = features.get(first - 1);
    if (above === undefined || feature === undefined || feature.markup || above.bullet || feature.repeats > HEADLINE_WEIGHTS.fewRepeatsTo) break;
    if (isMarked(marks, above.index) || isCreditLine(above.text)) break;
    if (!Number.isFinite(headlineShape(above.text, feature.cjk)) || endsLikeSentence(above.text)) break;
    first -= 1;
  }
  if (first === picked.line || picked.text !== lines[picked.line]?.text) return picked;
  return { line: picked.line, firstLine: first, text: lines.slice(first, picked.line + 1).map((line) => line.text).join(' '), score: picked.score };
}
