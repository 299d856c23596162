import type { ListCandidate, ScalarCandidate } from '../model/draft';
import { countWords, endsLikeSentence } from '../text/prose';
import type { PageLine } from './lines';

/**
 * The smaller header fields of page text: the standfirst (dek), the section from a breadcrumb, and tags from a
 * `Tags:`/`Topics:` line.
 * @module
 */

const TAGS_LINE = /^(?:tags?|topics?|tagged(?: with)?|keywords?|themen|schlagwörter|mots-clés|sujets|etiquetas|temas|tópicos|argomenti)\s?:?\s/iu;
const CRUMB_SEPARATOR = /\s[>›»/]\s/u;

/** What was found, with the lines it used. */
export interface HeaderFields {
  readonly scalars: ScalarCandidate[];
  readonly lists: ListCandidate[];
  readonly used: number[];
}

/**
 * Reads the standfirst, section and tags around the headline and the article.
 *
 * @param lines - the page's lines
 * @param headline - the headline's line and text, if found
 * @param region - the article's first and last line
 * @param taken - lines already used by other fields (byline, dates)
 * @param bylineLine - the byline's line, when one was found
 * @returns candidates and the lines they came from
 */
export function readHeaderFields(
  lines: readonly PageLine[],
  headline: { readonly line: number; readonly text: string } | undefined,
  region: readonly [number, number],
  taken: ReadonlySet<number>,
  bylineLine?: number,
): HeaderFields {
  const scalars: ScalarCandidate[] = [];
  const lists: ListCandidate[] = [];
  const used: number[] = [];
  if (headline !== undefined) {
    // Standfirst: a sentence-like line between the headline and the article.
    // (A standfirst inside the article's first lines, above the byline, counts too; it stays in the body.)
    for (let index = headline.line + 1; index <= Math.max(region[0], bylineLine ?? -1) && index <= headline.line + 6; index++) {
      const text = lines[index]?.text ?? '';
      const words = countWords(text, 81);
      if ((taken.has(index) && index < region[0]) || words < 8 || words > 80) continue;
      if (index >= region[0] && (bylineLine === undefined || index >= bylineLine)) break;
      if (endsLikeSentence(text) || words >= 12) {
        scalars.push({ field: 'description', value: text, origin: { source: 'page:line', at: index }, score: 1 });
        used.push(index);
        break;
      }
    }
    // Section: the crumb before the headline in `Section|Title` or `Home > World > Title`.
    for (let index = Math.max(0, headline.line - 8); index <= headline.line; index++) {
      const text = lines[index]?.text ?? '';
      const crumbs = text.split(/\s?\|\s?|\s[>›»]\s/u).map((part) => part.trim()).filter((part) => part.length > 0);
      const at = crumbs.indexOf(headline.text);
      if (crumbs.length >= 2 && at > 0) {
        const section = crumbs[at - 1];
        if (section !== undefined && countWords(section) <= 4) scalars.push({ field: 'section', value: section, origin: { source: 'page:line', at: index }, score: 1 });
        break;
      }
      if (CRUMB_SEPARATOR.test(text) && crumbs.length >= 2 && crumbs.every((crumb) => countWords(crumb) <= 4) && index < headline.line) {
        const section = crumbs[crumbs.length - 1];
        if (section !== undefined) scalars.push({ field: 'section', value: section, origin: { source: 'page:line', at: index }, score: 0 });
      }
    }
  }
  // Tags: a `Tags:` line after the article's start.
  for (let index = region[0]; index < lines.length && index <= region[1] + 30; index++) {
    const text = lines[index]?.text ?? '';
    if (!TAGS_LINE.test(text) || text.length > 400) continue;
    const items = text.replace(TAGS_LINE, '').split(/\s?[,;·•|]\s?/u).map((item) => item.trim()).filter((item) => item.length > 0 && countWords(item) <= 5);
    for (const item of items) lists.push({ field: 'tags', value: item, origin: { source: 'page:line', at: index }, score: 1 });
    if (items.length > 0) used.push(index);
    break;
  }
  return { scalars, lists, used };
}
