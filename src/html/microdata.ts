import { findOne, getElementsByTagName } from 'domutils';
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { Candidates } from '../model/candidates';
import type { CandidateOrigin, ScalarField } from '../model/draft';
import { TRUST } from '../model/trust';
import { parseByline } from '../fields/byline';
import { toHttpUrl } from '../fields/urls';
import { attr } from './dom';
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
 * The single-valued field each property proposes, for the properties whose later candidates can change nothing:
 * all of them have the microdata's one trust, so the first wins the field (the assembler keeps the earliest of the
 * best-scored). A property that names authors, or a date that may not parse, is always read.
 */
const SETTLED_FIELDS: ReadonlyMap<string, ScalarField> = new Map<string, ScalarField>([
  ['headline', 'title'],
  ['name', 'title'],
  ['description', 'description'],
  ['articleSection', 'section'],
  ['inLanguage', 'language'],
]);

/** Whether a property name may still add a candidate: it is read, and not one whose field microdata has settled. */
function isOpen(name: string, settled: ReadonlySet<ScalarField>): boolean {
  const field = SETTLED_FIELDS.get(name);
  if (field !== undefined) return !settled.has(field);
  return name === 'datePublished' || name === 'dateModified' || name === 'image' || name === 'author' || name === 'creator';
}

/**
 * Reads the microdata of an Article-like item.
 *
 * @param document - the parsed document
 * @param base - URL to resolve relative URLs against
 * @returns candidates
 */
export function microdataCandidates(document: Document, base?: string): Candidates {
  const candidates = new Candidates();
  // The first item scope in document order (found without listing every element first).
  const scope =
    findOne((element) => element.name !== 'meta' && (attr(element, 'itemscope') !== undefined || ARTICLE_SCOPE.test(attr(element, 'itemtype') ?? '')), document.children, true) ??
    undefined;
  if (scope === undefined || !ARTICLE_SCOPE.test(attr(scope, 'itemtype') ?? '')) return candidates;
  const origin: CandidateOrigin = { source: 'html:microdata' };
  // The fields of SETTLED_FIELDS that have their candidate.
  const settled = new Set<ScalarField>();
  for (const element of getElementsByTagName(() => true, scope, true)) {
    const property = attr(element, 'itemprop');
    if (property === undefined) continue;
    const properties = property.split(/\s+/u);
    // A value no candidate would take is not read (its text may be long): see `SETTLED_FIELDS`.
    if (!properties.some((name) => isOpen(name, settled)) || nearestScope(element) !== scope) continue;
    const value = itemValue(element);
    if (value === undefined) continue;
    for (const name of properties) {
      const field = SETTLED_FIELDS.get(name);
      if (field === 'title' && settled.has('title')) continue;
      if (field !== undefined) {
        candidates.scalar(field, value, origin, TRUST.microdata);
        settled.add(field);
      } else if (name === 'datePublished' || name === 'dateModified') {
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
