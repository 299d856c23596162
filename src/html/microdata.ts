import { getElementsByTagName } from 'domutils';
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import type { CandidateOrigin, ListCandidate, ScalarCandidate } from '../model/draft';
import { parseByline } from '../fields/byline';
import { toHttpUrl } from '../fields/urls';
import { attr, textOf } from './dom';
import { structuredDate } from './structured-data';

/**
 * Microdata (`itemprop` on elements, inside an Article-like `itemscope`): headline, description, dates, authors,
 * image, section and language.
 * @module
 */

const ARTICLE_SCOPE = /schema\.org\/(?:\w*Article|BlogPosting|Report|WebPage)/u;
/** Microdata is the last resort: it often marks up teasers and nested items, and pages curate their meta tags better. */
const SCORE = 0.3;

/** The value of an element carrying `itemprop`: `content`, `datetime`, `src`/`href`, else its text. */
function itemValue(element: Element): string | undefined {
  return attr(element, 'content') ?? attr(element, 'datetime') ?? (element.name === 'img' ? attr(element, 'src') : undefined) ?? (textOf(element) || undefined);
}

/** The nearest ancestor that opens an item (`itemscope`). */
function nearestScope(element: Element): Element | undefined {
  for (let node = element.parent; node !== null && isTag(node); node = node.parent) {
    if (attr(node, 'itemscope') !== undefined || attr(node, 'itemtype') !== undefined) return node;
  }
  return undefined;
}

/**
 * Reads the microdata of an Article-like item.
 *
 * @param document - the parsed document
 * @param base - URL to resolve relative URLs against
 * @returns candidates
 */
export function microdataCandidates(document: Document, base?: string): { scalars: ScalarCandidate[]; lists: ListCandidate[] } {
  const scalars: ScalarCandidate[] = [];
  const lists: ListCandidate[] = [];
  const scope = getElementsByTagName((name) => name !== 'meta', document, true).find(
    (element) => attr(element, 'itemscope') !== undefined || ARTICLE_SCOPE.test(attr(element, 'itemtype') ?? ''),
  );
  if (scope === undefined || !ARTICLE_SCOPE.test(attr(scope, 'itemtype') ?? '')) return { scalars, lists };
  const origin: CandidateOrigin = { source: 'html:microdata' };
  for (const element of getElementsByTagName(() => true, scope, true)) {
    const property = attr(element, 'itemprop');
    if (property === undefined || nearestScope(element) !== scope) continue;
    const value = itemValue(element);
    if (value === undefined) continue;
    for (const name of property.split(/\s+/u)) {
      if ((name === 'headline' || name === 'name') && !scalars.some((c) => c.field === 'title')) scalars.push({ field: 'title', value, origin, score: SCORE });
      else if (name === 'description') scalars.push({ field: 'description', value, origin, score: SCORE });
      else if (name === 'datePublished' || name === 'dateModified') {
        const iso = structuredDate(value);
        if (iso !== undefined) scalars.push({ field: name === 'datePublished' ? 'publishedAt' : 'modifiedAt', value: iso, origin, score: SCORE });
      } else if (name === 'articleSection') scalars.push({ field: 'section', value, origin, score: SCORE });
      else if (name === 'inLanguage') scalars.push({ field: 'language', value, origin, score: SCORE });
      else if (name === 'image') {
        const url = toHttpUrl(value, base);
        if (url !== undefined) scalars.push({ field: 'image', value: { url }, origin, score: SCORE });
      } else if (name === 'author' || name === 'creator') {
        const names = parseByline(value);
        for (const person of names.length > 0 ? names : value.length <= 60 ? [value] : []) lists.push({ field: 'authors', value: { name: person }, origin, score: SCORE });
      }
    }
  }
  return { scalars, lists };
}
