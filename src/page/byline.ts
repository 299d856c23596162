import { bylineIn, isCommonPhrase, parseByline } from '../fields/byline';
import { isPersonName } from '../people/person-name';
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

/**
 * Byline scoring, one scale: the highest-scoring line wins. An explicit `By …` line beats a bare name; both lose
 * a point per `linesPerPoint` lines away from the headline.
 */
export const enum BYLINE_WEIGHTS {
  /** A line opening with a byline word (`By`, `Par`, `Von`, `Written by`). */
  bylineWord = 10,
  /** A line that is a person's name (possibly followed by a date) near the headline or a date. */
  bareName = 5,
  /** Lines between the candidate and the headline that cost one point. */
  linesPerPoint = 10,
  /** Longest line (characters) read as a byline. */
  maxLength = 200,
  /** How far below the headline or the article's start a byline is looked for. */
  lookBelow = 10,
  /** How far from the headline a bare name may stand. */
  bareNameReach = 25,
  /** A bare name this close to the headline needs no date beside it. */
  bareNameClose = 3,
  /** Lines either side of a bare name that may hold its date. */
  dateReach = 2,
  /** Most words of a line holding a bare name. */
  bareNameMaxWords = 14,
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
  const to = Math.min(lines.length - 1, Math.max(anchor, regionStart) + BYLINE_WEIGHTS.lookBelow);
  let best: (BylineMatch & { score: number }) | undefined;
  for (let index = from; index <= to; index++) {
    const text = lines[index]?.text ?? '';
    if (text.length === 0 || text.length > BYLINE_WEIGHTS.maxLength) continue;
    const distance = Math.abs(index - anchor) / BYLINE_WEIGHTS.linesPerPoint;
    let names: string[] = [];
    let score = 0;
    const byline = bylineIn(text);
    if (byline !== undefined) {
      names = parseByline(byline, commonWords);
      score = BYLINE_WEIGHTS.bylineWord - distance;
    } else if (!bylinesOnly && Math.abs(index - anchor) <= BYLINE_WEIGHTS.bareNameReach) {
      const name = leadingName(text, commonWords);
      const nearDate = (): boolean => {
        for (let near = index - BYLINE_WEIGHTS.dateReach; near <= index + BYLINE_WEIGHTS.dateReach; near++) if (DATE_HINT.test(lines[near]?.text ?? '')) return true;
        return false;
      };
      if (name !== undefined && text.split(/\s+/u).length <= BYLINE_WEIGHTS.bareNameMaxWords && (Math.abs(index - anchor) <= BYLINE_WEIGHTS.bareNameClose || nearDate())) {
        names = [name];
        score = BYLINE_WEIGHTS.bareName - distance;
      }
    }
    if (names.length > 0 && (best === undefined || score > best.score)) best = { line: index, names, score };
  }
  return best === undefined ? undefined : { line: best.line, names: best.names };
}
