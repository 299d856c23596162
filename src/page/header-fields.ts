import { Candidates } from '../model/candidates';
import { TRUST } from '../model/trust';
import { countWords, endsLikeSentence } from '../text/prose';
import type { PageLine } from './lines';

/**
 * The smaller header fields of page text: the standfirst (dek), the section from a breadcrumb, and tags from a
 * `Tags:`/`Topics:` line.
 * @module
 */

const TAGS_LINE = /^(?:tags?|topics?|tagged(?: with)?|keywords?|themen|schlagwörter|mots-clés|sujets|etiquetas|temas|tópicos|argomenti)\s?:?\s/iu;
const CRUMB_SEPARATOR = /\s[>›»/]\s/u;

/** Where the header fields are looked for, and how long they may be. */
const enum HEADER_LIMITS {
  /** Lines below the headline a standfirst may stand on. */
  standfirstReach = 6,
  /** Fewest and most words of a standfirst; from `standfirstSentenceWords` words it needs no sentence ending. */
  standfirstMinWords = 8,
  standfirstMaxWords = 80,
  standfirstSentenceWords = 12,
  /** Lines above the headline a breadcrumb may stand on. */
  crumbReach = 8,
  /** Fewest parts of a breadcrumb (`Section | Title`), and most words of one part. */
  crumbMinParts = 2,
  crumbMaxWords = 4,
  /** Lines after the article's end a `Tags:` line may stand on. */
  tagsReach = 30,
  /** Longest `Tags:` line (characters), and most words of one tag. */
  tagsLineLength = 400,
  tagMaxWords = 5,
}

/** What was found, with the lines it used. */
export interface HeaderFields {
  readonly candidates: Candidates;
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
  const candidates = new Candidates();
  const used: number[] = [];
  if (headline !== undefined) {
    // Standfirst: a sentence-like line between the headline and the article.
    // (A standfirst inside the article's first lines, above the byline, counts too; it stays in the body.)
    for (let index = headline.line + 1; index <= Math.max(region[0], bylineLine ?? -1) && index <= headline.line + HEADER_LIMITS.standfirstReach; index++) {
      const text = lines[index]?.text ?? '';
      const words = countWords(text, HEADER_LIMITS.standfirstMaxWords + 1);
      if ((taken.has(index) && index < region[0]) || words < HEADER_LIMITS.standfirstMinWords || words > HEADER_LIMITS.standfirstMaxWords) continue;
      if (index >= region[0] && (bylineLine === undefined || index >= bylineLine)) break;
      if (endsLikeSentence(text) || words >= HEADER_LIMITS.standfirstSentenceWords) {
        candidates.scalar('description', text, { source: 'page:line', at: index }, TRUST.visibleText);
        used.push(index);
        break;
      }
    }
    // Section: the crumb before the headline in `Section|Title` or `Home > World > Title`.
    for (let index = Math.max(0, headline.line - HEADER_LIMITS.crumbReach); index <= headline.line; index++) {
      const text = lines[index]?.text ?? '';
      const crumbs = text.split(/\s?\|\s?|\s[>›»]\s/u).map((part) => part.trim()).filter((part) => part.length > 0);
      const at = crumbs.indexOf(headline.text);
      if (crumbs.length >= HEADER_LIMITS.crumbMinParts && at > 0) {
        const section = crumbs[at - 1];
        if (section !== undefined && countWords(section) <= HEADER_LIMITS.crumbMaxWords) candidates.scalar('section', section, { source: 'page:line', at: index }, TRUST.visibleText);
        break;
      }
      if (CRUMB_SEPARATOR.test(text) && crumbs.length >= HEADER_LIMITS.crumbMinParts && crumbs.every((crumb) => countWords(crumb) <= HEADER_LIMITS.crumbMaxWords) && index < headline.line) {
        const section = crumbs[crumbs.length - 1];
        if (section !== undefined) candidates.scalar('section', section, { source: 'page:line', at: index }, TRUST.guess);
      }
    }
  }
  // Tags: a `Tags:` line after the article's start.
  for (let index = region[0]; index < lines.length && index <= region[1] + HEADER_LIMITS.tagsReach; index++) {
    const text = lines[index]?.text ?? '';
    if (!TAGS_LINE.test(text) || text.length > HEADER_LIMITS.tagsLineLength) continue;
    const items = text.replace(TAGS_LINE, '').split(/\s?[,;·•|]\s?/u).map((item) => item.trim()).filter((item) => item.length > 0 && countWords(item) <= HEADER_LIMITS.tagMaxWords);
    for (const item of items) candidates.list('tags', item, { source: 'page:line', at: index }, TRUST.visibleText);
    if (items.length > 0) used.push(index);
    break;
  }
  return { candidates, used };
}
