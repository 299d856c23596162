import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { Candidates } from '../model/candidates';
import type { CandidateOrigin } from '../model/draft';
import { TRUST } from '../model/trust';
import { parseByline } from '../fields/byline';
import { toHttpUrl } from '../fields/urls';
import { attr, findElements } from './dom';
import { textPrefix } from './text-measure';
import { structuredDate } from './structured-date';

/**
 * Microdata (`itemprop` on elements, inside an Article-like `itemscope`): headline, description, dates, authors,
 * image, section and language.
 * @module
 */

const ARTICLE_SCOPE = /schema\.org\/(?:\w*Article|BlogPosting|Report|WebPage)/u;
/** The longest author value read as a name when it is no byline. */
const MAX_AUTHOR_LENGTH = 60;

/** Characters of an element's text read as a property value: a headline or a description is far shorter. */
const MAX_VALUE_TEXT = 10_000;

/** The value of an element carrying `itemprop`: `content`, `datetime`, `src`/`href`, else (the start of) its text. */
function itemValue(element: Element): string | undefined {
  return attr(element, 'content') ?? attr(element, 'datetime') ?? (element.name === 'img' ? attr(element, 'src') : undefined) ?? (textPrefix(element, MAX_VALUE_TEXT) || undefined);
}

/** The nearest ancestor that opens an item (`itemscope`); at most 200 steps, as the nesting is limited. */
function nearestScope(element: Element): Element | undefined {
  for (let node = element.parent; node !== null && isTag(node); node = node.parent) {
    if (attr(node, 'itemscope') !== undefined || attr(node, 'itemtype') !== undefined) return node;
  }
  return undefined;
}

/**
 * The properties read as text fields. They are single-valued and all propose at the microdata's one trust, so the first
 * value wins the field (the assembler keeps the earliest of the best-scored; `headline` and `name` propose the title
 * once): an element whose every property was read before is not read again. Authors and dates, which may not parse,
 * are read every time.
 */
const TEXT_PROPERTIES = new Map<string, 'title' | 'description' | 'section' | 'language'>([
  ['headline', 'title'],
  ['name', 'title'],
  ['description', 'description'],
  ['articleSection', 'section'],
  ['inLanguage', 'language'],
]);

/**
 * Reads the microdata of an Article-like item.
 *
 * @param scopes - the page's elements with an `itemscope` or `itemtype` attribute, in document order (from its
 *   element index)
 * @param base - URL to resolve relative URLs against
 * @returns candidates
 */
export function microdataCandidates(scopes: readonly Element[], base?: string): Candidates {
  const candidates = new Candidates();
  // The first item scope in document order.
  const scope = scopes.find((element) => element.name !== 'meta' && (attr(element, 'itemscope') !== undefined || ARTICLE_SCOPE.test(attr(element, 'itemtype') ?? '')));
  if (scope === undefined || !ARTICLE_SCOPE.test(attr(scope, 'itemtype') ?? '')) return candidates;
  const origin: CandidateOrigin = { source: 'html:microdata' };
  // The text properties read (see `TEXT_PROPERTIES`).
  const read = new Set<string>();
  for (const element of findElements(scope)) {
    const properties = attr(element, 'itemprop')?.split(/\s+/u);
    if (properties === undefined || properties.every((name) => read.has(name)) || nearestScope(element) !== scope) continue;
    const value = itemValue(element);
    if (value === undefined) continue;
    for (const name of properties) {
      const field = TEXT_PROPERTIES.get(name);
      if (field !== undefined) read.add(name);
      if (field === 'title') {
        if (!candidates.has('title')) candidates.scalar('title', value, origin, TRUST.microdata);
      } else if (field !== undefined) candidates.scalar(field, value, origin, TRUST.microdata);
      else if (name === 'datePublished' || name === 'dateModified') {
        const iso = structuredDate(value);
        if (iso !== undefined) candidates.scalar(name === 'datePublished' ? 'publishedAt' : 'modifiedAt', iso, origin, TRUST.microdata);
      } else if (name === 'image') {
        const url = toHttpUrl(value, base);
        if (url !== undefined) candidates.scalar('image', { url }, origin, TRUST.microdata);
      } else if (name === 'author' || name === 'creator') {
        const names = parseByline(value);
        for (const person of names.length > 0 ? names : value.length <= MAX_AUTHOR_LENGTH ? [value] : []) candidates.list('authors', { name: person }, origin, TRUST.microdata);
      }
    }
  }
  return candidates;
}
