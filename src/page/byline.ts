import { namesOnMarkerLine, readBylineLine } from '../fields/byline-forms';
import type { PageLine } from './lines';

/**
 * Finding the byline in page text: a `By …` line near the headline, else a line that is a person's name
 * (possibly followed by a date) between the headline and the article.
 * @module
 */

/** The byline found: its line and the people it credits. */
export interface BylineMatch {
  readonly line: number;
  readonly names: readonly string[];
}

/** Something that reads as a date or a time (a year, `8h`, `3 hours ago`, a month and a day). */
const DATE_HINT = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2} ?(?:h|min|hours?|days?)\b|\bago\b/iu;

/**
 * Looks for the byline around the headline and the start of the article.
 *
 * @param lines - the page's lines
 * @param anchor - the headline's line (or the article's first line)
 * @param regionStart - the article's first line
 * @param commonWords - words the page writes in lower case
 * @returns the byline, or `undefined`
 */
export function findByline(
  lines: readonly PageLine[],
  anchor: number,
  regionStart: number,
  commonWords: ReadonlySet<string>,
): BylineMatch | undefined {
  const from = 0;
  const to = Math.min(lines.length - 1, Math.max(anchor, regionStart) + 10);
  let best: (BylineMatch & { score: number }) | undefined;
  for (let index = from; index <= to; index++) {
    const text = lines[index]?.text ?? '';
    if (text.length === 0 || text.length > 200) continue;
    const distance = Math.abs(index - anchor) / 10;
    let names: readonly string[] = [];
    let score = 0;
    let line = index;
    const reading = readBylineLine(text, commonWords);
    if (reading?.form === 'marker') {
      names = reading.names;
      score = 10 - distance;
      // A marker alone on its line (`By`, `Author:`, `作者：`) names the people on the next line.
      if (reading.onNextLine === true) {
        const next = lines[index + 1]?.text ?? '';
        names = next.length > 0 && next.length <= 80 ? namesOnMarkerLine(next, commonWords) : [];
        line = index + 1;
      }
    } else if (reading !== undefined && Math.abs(index - anchor) <= 25) {
      const nearDate = (): boolean => [index - 2, index - 1, index, index + 1, index + 2].some((near) => DATE_HINT.test(lines[near]?.text ?? ''));
      if (text.split(/\s+/u).length <= 14 && (Math.abs(index - anchor) <= 3 || nearDate())) {
        names = reading.names;
        score = 5 - distance;
      }
    }
    if (names.length > 0 && (best === undefined || score > best.score)) best = { line, names, score };
  }
  return best === undefined ? undefined : { line: best.line, names: best.names };
}
