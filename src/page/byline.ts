import { isRoleLine, namesOnMarkerLine, readBylineLine, withoutLinks } from '../fields/byline-forms';
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

/**
 * Byline scoring, one scale: the highest-scoring line wins. An explicit `By …` line beats a bare name; both lose
 * a point per `linesPerPoint` lines away from the headline.
 */
export const enum BYLINE_WEIGHTS {
  /** A line opening with a byline word (`By`, `Par`, `Von`, `Written by`). */
  bylineWord = 10,
  /** An editor's credit (`Edited by NAME`): the author only when no byline or name stands near the headline. */
  editorOnly = 1,
  /** A line that is a person's name (possibly followed by a date) near the headline or a date. */
  bareName = 5,
  /** A name with a date on its own line (`Jane Roe - Apr 16, 2015`, `Jane Roe 1 day ago`): a byline's usual form. */
  bareNameWithDate = 2,
  /** A name followed by a writer's role (`Jane Roe` / `Games Editor`): as sure a sign as a date beside it. */
  bareNameWithRole = 2,
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
  /** Longest line (characters) after a lone byline word read as its names. */
  nextLineMaxLength = 80,
}

/** Something that reads as a date or a time (a year, `8h`, `3 hours ago`, a month and a day). */
const DATE_HINT = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b|\d:\d{2}(?!\d)|\b\d{1,2} ?(?:h|min|hours?|days?)\b|\bago\b/iu;

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
    if (text.length === 0 || withoutLinks(text).length > BYLINE_WEIGHTS.maxLength) continue;
    const distance = Math.abs(index - anchor) / BYLINE_WEIGHTS.linesPerPoint;
    let names: readonly string[] = [];
    let score = 0;
    let line = index;
    const reading = readBylineLine(text, commonWords);
    if (reading?.form === 'marker') {
      names = reading.names;
      score = (reading.editor === true ? BYLINE_WEIGHTS.editorOnly : BYLINE_WEIGHTS.bylineWord) - distance;
      // A marker alone on its line (`By`, `Author:`, `作者：`) names the people on the next line.
      if (reading.onNextLine === true) {
        const next = lines[index + 1]?.text ?? '';
        names = next.length > 0 && next.length <= BYLINE_WEIGHTS.nextLineMaxLength ? namesOnMarkerLine(next, commonWords) : [];
        line = index + 1;
      }
    } else if (reading !== undefined && !bylinesOnly && Math.abs(index - anchor) <= BYLINE_WEIGHTS.bareNameReach) {
      const nearDate = (): boolean => {
        for (let near = index - BYLINE_WEIGHTS.dateReach; near <= index + BYLINE_WEIGHTS.dateReach; near++) if (DATE_HINT.test(lines[near]?.text ?? '')) return true;
        return false;
      };
      // Near the headline, beside a date or followed by a role, a name is the byline.
      const withRole = reading.withRole === true || isRoleLine(lines[index + 1]?.text ?? '');
      const placed = Math.abs(index - anchor) <= BYLINE_WEIGHTS.bareNameClose || withRole || nearDate();
      if (text.split(/\s+/u).length <= BYLINE_WEIGHTS.bareNameMaxWords && placed) {
        names = reading.names;
        score = BYLINE_WEIGHTS.bareName + (DATE_HINT.test(text) ? BYLINE_WEIGHTS.bareNameWithDate : 0) + (withRole ? BYLINE_WEIGHTS.bareNameWithRole : 0) - distance;
      }
    }
    if (names.length > 0 && (best === undefined || score > best.score)) best = { line, names, score };
  }
  return best === undefined ? undefined : { line: best.line, names: best.names };
}

/**
 * The byline printed beside the article's date: a `By …` line or a name line within `dateReach` lines of the line
 * the publication date was read from. A page prints its byline and its date together, so where the header's
 * byline is missing, or is only a name-like line away from that date (a teaser's author above the headline, a menu
 * item), the name beside the date is the writer. A name right under the headline gives way to a `By …` line only.
 *
 * @param lines - the page's lines
 * @param dateLine - the line the article's publication date was read from
 * @param current - the byline found around the headline, if any
 * @param options - words the page writes in lower case, the article's first line (below it only a `By …` line
 *   counts), the headline's line (never a byline), and whether only `By …` bylines count (a page that is no article)
 * @returns the byline beside the date, or `undefined` to keep `current`
 */
export function bylineBesideDate(
  lines: readonly PageLine[],
  dateLine: number,
  current: BylineMatch | undefined,
  options: { readonly commonWords: ReadonlySet<string>; readonly regionStart: number; readonly headlineLine?: number; readonly bylinesOnly: boolean },
): BylineMatch | undefined {
  const near = (line: number): boolean => Math.abs(line - dateLine) <= BYLINE_WEIGHTS.dateReach;
  // A `By …` byline stays wherever it stands; so does any byline printed with the date.
  if (current !== undefined && (near(current.line) || readBylineLine(lines[current.line]?.text ?? '', options.commonWords)?.form === 'marker')) return undefined;
  // A name right under the headline is the header's own byline: only a `By …` line beside the date outweighs it.
  const headerName = current !== undefined && options.headlineLine !== undefined && Math.abs(current.line - options.headlineLine) <= BYLINE_WEIGHTS.bareNameClose;
  let best: (BylineMatch & { marked: boolean; distance: number }) | undefined;
  for (let index = dateLine - BYLINE_WEIGHTS.dateReach; index <= dateLine + BYLINE_WEIGHTS.dateReach; index++) {
    const text = lines[index]?.text ?? '';
    if (index === options.headlineLine || text.length === 0 || text.split(/\s+/u).length > BYLINE_WEIGHTS.bareNameMaxWords) continue;
    const reading = readBylineLine(text, options.commonWords);
    if (reading === undefined || reading.names.length === 0 || reading.editor === true || reading.onNextLine === true) continue;
    const marked = reading.form === 'marker';
    // Inside the article, a name beside a date is a caption's or a list's (`Jane Roe — Announced May 4, 2015`).
    if ((options.bylinesOnly || headerName || index >= options.regionStart) && !marked) continue;
    const distance = Math.abs(index - dateLine);
    if (best === undefined || (marked && !best.marked) || (marked === best.marked && distance < best.distance)) best = { line: index, names: reading.names, marked, distance };
  }
  return best === undefined ? undefined : { line: best.line, names: best.names };
}

/** A copyright mark opening a line (`©`, `(c)`, `Copyright ©`) and the years after it. */
const COPYRIGHT_MARK = /^(?:©|\(c\)|copyright)(?: ?©)? ?(?:(?:19|20)\d{2}(?: ?[-–] ?(?:19|20)\d{2})? )?/iu;
/** Years closing a copyright line (`2016-2020`, `2019.`). */
const CLOSING_YEARS = / ?(?:19|20)\d{2}(?: ?[-–] ?(?:19|20)\d{2})?\.?$/u;
/** Lines from each end of the page read for a personal site's copyright line and its header. */
const COPYRIGHT_REACH = 8;

/**
 * The person a personal site's copyright names (`© Jane Roe 2016-2020`) when the page's header opens with that
 * name too: the writer of a page that prints no byline. A company's copyright (`© 2015 Example Media`) is no
 * person's, and a name in the footer alone may be the site's owner rather than the writer.
 *
 * @param lines - the page's lines
 * @returns the holder and the copyright line, or `undefined`
 */
export function copyrightHolder(lines: readonly PageLine[]): BylineMatch | undefined {
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - COPYRIGHT_REACH); index--) {
    const text = lines[index]?.text.trim() ?? '';
    const mark = COPYRIGHT_MARK.exec(text);
    if (mark === null || text.length > BYLINE_WEIGHTS.nextLineMaxLength) continue;
    const name = text.slice(mark[0].length).replace(CLOSING_YEARS, '').trim();
    if (!isPersonName(name)) continue;
    const header = lines.slice(0, COPYRIGHT_REACH).some((line) => line.text.trim().startsWith(name));
    return header ? { line: index, names: [name] } : undefined;
  }
  return undefined;
}
