import type { RawChunk } from '../model/draft';
import { looksLikeHeading } from '../text/prose';
import { type LineFeatureTable, measureLines } from './line-features';
import type { PageLine } from './lines';
import { isChromeInside, isRepeatedCode, lineWeights } from './region';
import { type WrappedParagraph, continuesLine, joinWrappedLines } from './wrapped';

/**
 * The lines the article region is chosen over: a hand-wrapped paragraph weighs as the paragraph it is, not as rows.
 * @module
 */

/** The page measured for the article region. */
export interface ArticleLines {
  /** The weight of each page line: a paragraph's weight on its first row, nothing on the rows after. */
  readonly weights: Float64Array;
  /** The paragraphs, in order; `undefined` when no paragraph is wrapped (each line is one: no object per line). */
  readonly paragraphs: readonly WrappedParagraph[] | undefined;
  /** The page's lines. */
  readonly lines: readonly PageLine[];
  /** The features of each paragraph, by position in `paragraphs` (in `lines` when no paragraph is wrapped). */
  readonly features: LineFeatureTable;
}

/** Whether any line of the page continues the line before it (a hand-wrapped paragraph). */
function anyWrapped(lines: readonly PageLine[]): boolean {
  for (let index = 1; index < lines.length; index++) if (continuesLine(lines[index - 1], lines[index] as PageLine)) return true;
  return false;
}

/**
 * Measures a page's paragraphs and weighs its lines for the article region.
 *
 * @param lines - the page's lines
 * @param features - the features of each line (reused when no paragraph is wrapped)
 * @param language - the page's language, for function words
 * @returns the weights and paragraphs
 */
export function measureArticleLines(lines: readonly PageLine[], features: LineFeatureTable, language: string | undefined): ArticleLines {
  if (!anyWrapped(lines)) return { weights: Float64Array.from(lineWeights(features, lines)), paragraphs: undefined, lines, features };
  const paragraphs = joinWrappedLines(lines);
  const measured = measureLines(paragraphs.map((paragraph) => paragraph.line), language);
  const paragraphWeights = lineWeights(measured, paragraphs.map((paragraph) => paragraph.line));
  const weights = new Float64Array(lines.length);
  for (const [position, paragraph] of paragraphs.entries()) weights[paragraph.first] = paragraphWeights[position] ?? 0;
  return { weights, paragraphs, lines, features: measured };
}

/** The paragraph at a position: a line of its own when no paragraph is wrapped. */
function paragraphAt(measured: ArticleLines, position: number): WrappedParagraph | undefined {
  if (measured.paragraphs !== undefined) return measured.paragraphs[position];
  const line = measured.lines[position];
  return line === undefined ? undefined : { first: position, last: position, line };
}

/**
 * The body chunks of an article region: its paragraphs less the chrome inside it.
 *
 * @param measured - the page's paragraphs ({@link measureArticleLines})
 * @param region - the region's first and last line
 * @returns the chunks and the indexes of the lines they use
 */
export function regionChunks(measured: ArticleLines, region: readonly [number, number]): { chunks: RawChunk[]; used: number[] } {
  const chunks: RawChunk[] = [];
  const used: number[] = [];
  const count = measured.paragraphs?.length ?? measured.lines.length;
  for (let position = 0; position < count; position++) {
    const paragraph = paragraphAt(measured, position);
    if (paragraph === undefined || paragraph.last < region[0] || paragraph.first > region[1]) continue;
    const feature = measured.features.get(position);
    const { line } = paragraph;
    if (feature === undefined || (isChromeInside(line, feature) && !isRepeatedCode(measured.features, position))) continue;
    chunks.push({ text: line.text, type: line.bullet ? 'list-item' : looksLikeHeading(line.text) ? 'heading' : 'paragraph' });
    for (let index = paragraph.first; index <= paragraph.last; index++) used.push(index);
  }
  return { chunks, used };
}
