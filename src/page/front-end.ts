import type { Draft, RawChunk, ScalarCandidate } from '../assemble/draft';
import { detectLanguage } from '../fields/detect-language';
import { looksLikeHeading } from '../body/headings';
import { measureLines } from './line-features';
import { findHeadline } from './headline';
import { readPageLines } from './lines';
import { slugWordsOf } from '../fields/slug';
import { toHttpUrl } from '../fields/urls';
import { findArticleRegion, isChromeInside } from './region';

/**
 * The page-text front end: the text of a whole page (a browser's innerText, a text-browser dump, html-to-text
 * output), with the article found inside it.
 * @module
 */

/** Options the page front end needs. */
export interface PageOptions {
  readonly url?: string;
}

/**
 * Reads page text into a draft.
 *
 * @param text - normalised page text
 * @param options - the page URL, when known
 * @returns the draft; `layout` is `plain` when no chrome was found around the article
 */
export function readPageText(text: string, options: PageOptions): Draft {
  const lines = readPageLines(text, options.url);
  const language = detectLanguage(lines.map((line) => line.text).join('\n'));
  const features = measureLines(lines, language);
  const scalars: ScalarCandidate[] = [];
  const slugWords = slugWordsOf(options.url === undefined ? undefined : toHttpUrl(options.url));
  const firstGuess = findArticleRegion(lines, features, 0);
  const headline = findHeadline(lines, features, firstGuess?.[0] ?? 0, slugWords);
  // The article follows its headline: look for it below the headline when there is one.
  const region = (headline === undefined ? undefined : findArticleRegion(lines, features, headline.line + 1)) ?? firstGuess;
  if (headline !== undefined) scalars.push({ field: 'title', value: headline.text, origin: `page:line ${headline.line}`, score: 1 });
  const chunks: RawChunk[] = [];
  const leftovers: string[] = [];
  if (region !== undefined) {
    for (let index = region[0]; index <= region[1]; index++) {
      const line = lines[index];
      const feature = features[index];
      if (line === undefined || feature === undefined || isChromeInside(line, feature)) continue;
      const type = line.bullet ? 'list-item' : looksLikeHeading(line.text) ? 'heading' : 'paragraph';
      chunks.push({ text: line.text, type });
    }
  }
  const covered = region === undefined ? 0 : region[1] - region[0] + 1;
  const layout = covered >= lines.length * 0.9 ? 'plain' : 'page-text';
  return { format: 'text', layout, scalars, lists: [], body: { chunks }, leftovers, context: headline === undefined ? [] : [headline.text] };
}
