import type { RawChunk } from '../model/draft';
import { looksLikeHeading } from '../text/prose';
import { type LineFeatures, measureLines } from './line-features';
import type { PageLine } from './lines';
import { isChromeInside, isRepeatedCode, lineWeights } from './region';
import { type WrappedParagraph, joinWrappedLines } from './wrapped';

/**
 * The lines the article region is chosen over: a hand-wrapped paragraph weighs as the paragraph it is, not as rows.
 * @module
 */

/** The page measured for the article region. */
export interface ArticleLines {
  /** The weight of each page line: a paragraph's weight on its first row, nothing on the rows after. */
  readonly weights: number[];
  /** The paragraphs, in order. */
  readonly paragraphs: readonly WrappedParagraph[];
  /** The features of each paragraph, by position in `paragraphs`. */
  readonly features: readonly LineFeatures[];
}

/**
 * Measures a page's paragraphs and weighs its lines for the article region.
 *
 * @param lines - the page's lines
 * @param features - the features of each line (reused when no paragraph is wrapped)
 * @param language - the page's language, for function words
 * @returns the weights and paragraphs
 */
export function measureArticleLines(lines: readonly PageLine[], features: readonly LineFeatures[], language: string | undefined): ArticleLines {
  const paragraphs = joinWrappedLines(lines);
  const measured = paragraphs.length === lines.length ? features : measureLines(paragraphs.map((paragraph) => paragraph.line), language);
  const paragraphWeights = lineWeights(measured);
  const weights = new Array<number>(lines.length).fill(0);
  for (const [position, paragraph] of paragraphs.entries()) weights[paragraph.first] = paragraphWeights[position] ?? 0;
  return { weights, paragraphs, features: measured };
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
  for (const [position, paragraph] of measured.paragraphs.entries()) {
    if (paragraph.last < region[0] || paragraph.first > region[1]) continue;
    const feature = measured.features[position];
    const { line } = paragraph;
    if (feature === undefined || (isChromeInside(line, feature) && !isRepeatedCode(measured.features, position))) continue;
    chunks.push({ text: line.text, type: line.bullet ? 'list-item' : looksLikeHeading(line.text) ? 'heading' : 'paragraph' });
    for (let index = paragraph.first; index <= paragraph.last; index++) used.push(index);
  }
  return { chunks, used };
}
