import { bylineIn, isCommonPhrase, parseByline } from '../fields/byline';
import { isPersonName } from '../fields/people';
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

/** A name followed by a separator and something else (`Dan Goodin - Apr 16, 2015`, `James Akinaka • 8h`). */
function leadingName(text: string, commonWords: ReadonlySet<string>): string | undefined {
  const head = text.split(/\s[\-—–•·|\d]/u)[0]?.trim() ?? '';
  return isPersonName(head) && !isCommonPhrase(head, commonWords) ? head : undefined;
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
 * @param bylinesOnly - take only `By …` bylines, not lines that are a person's name
 * @returns the byline, or `undefined`
 */
export function findByline(
  lines: readonly PageLine[],
  anchor: number,
  regionStart: number,
  commonWords: ReadonlySet<string>,
  bylinesOnly = false,
): BylineMatch | undefined {
  const from = 0;
  const to = Math.min(lines.length - 1, Math.max(anchor, regionStart) + 10);
  let best: (BylineMatch & { score: number }) | undefined;
  for (let index = from; index <= to; index++) {
    const text = lines[index]?.text ?? '';
    if (text.length === 0 || text.length > 200) continue;
    const distance = Math.abs(index - anchor) / 10;
    let names: string[] = [];
    let score = 0;
    const byline = bylineIn(text);
    if (byline !== undefined) {
      names = parseByline(byline, commonWords);
      score = 10 - distance;
    } else if (!bylinesOnly && Math.abs(index - anchor) <= 25) {
      const name = leadingName(text, commonWords);
      const nearDate = (): boolean => [index - 2, index - 1, index, index + 1, index + 2].some((near) => DATE_HINT.test(lines[near]?.text ?? ''));
      if (name !== undefined && text.split(/\s+/u).length <= 14 && (Math.abs(index - anchor) <= 3 || nearDate())) {
        names = [name];
        score = 5 - distance;
      }
    }
    if (names.length > 0 && (best === undefined || score > best.score)) best = { line: index, names, score };
  }
  return best === undefined ? undefined : { line: best.line, names: best.names };
}
