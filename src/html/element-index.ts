import type { Document, Element } from 'domhandler';
import { hasAttributes, limitDepth } from './dom';

/**
 * The elements the HTML front end's readers look up (meta tags, scripts, headings, `<time>`, the elements a class,
 * id, `rel` or `itemprop` names, microdata items), found by one walk of the parsed page before anything else changes it (the walk
 * that limits its depth): each reader
 * used to walk the whole document for its own tag, and on a page of many tiny elements every such walk is a
 * noticeable share of the parse. Only the looked-up elements are kept (a page of plain paragraphs keeps none), for
 * as long as the front end reads the page.
 * @module
 */

/**
 * A group of indexed elements: a tag (`headings`: `<h1>` and `<h2>` together), `named`: the elements with a
 * `class`, `id`, `rel` or `itemprop` attribute at all (byline candidates; their reader tests the values), or
 * `scopes`: those with an `itemscope` or `itemtype` attribute at all (microdata items).
 */
export type IndexedTags = 'meta' | 'title' | 'html' | 'link' | 'base' | 'script' | 'headings' | 'time' | 'named' | 'scopes';

/** The tags indexed in a group of their own. */
const TAGS: ReadonlySet<string> = new Set(['meta', 'title', 'html', 'link', 'base', 'script', 'time']);

/** The looked-up elements of one page, by group. */
export interface ElementIndex {
  /** The first `<body>` element in document order, or `undefined` (a fragment has none). */
  readonly body: Element | undefined;
  /**
   * The elements of a group in the whole document, in document order: what domutils' `getElementsByTagName` over
   * the document gives for those tags.
   */
  all(group: IndexedTags): readonly Element[];
  /**
   * The elements of a group in the body (the body itself and the elements inside it; the whole document when there
   * is no body), in document order: what `getElementsByTagName` over the body gives.
   */
  inBody(group: IndexedTags): readonly Element[];
}

/**
 * Flattens the page's too deep nesting ({@link limitDepth}) and indexes what is left in the same walk: the elements
 * of each group in document order, in the whole document and in its first `<body>`.
 *
 * @param document - the parsed page
 * @returns the index
 */
export function indexElements(document: Document): ElementIndex {
  const found = new Map<IndexedTags, Element[]>();
  const inside = new Map<IndexedTags, Element[]>();
  let body: Element | undefined;
  // The depth of the body while the walk is inside it, else -1.
  let bodyDepth = -1;
  const add = (map: Map<IndexedTags, Element[]>, group: IndexedTags, element: Element): void => {
    const list = map.get(group);
    if (list === undefined) map.set(group, [element]);
    else list.push(element);
  };
  // No array of the maps per element: this runs for every looked-up element of the page.
  const record = (group: IndexedTags, element: Element): void => {
    add(found, group, element);
    if (bodyDepth >= 0) add(inside, group, element);
  };
  limitDepth(document, (element, depth) => {
    const { name, attribs } = element;
    if (body === undefined && name === 'body') {
      body = element;
      bodyDepth = depth;
    } else if (depth <= bodyDepth) bodyDepth = -1;
    if (TAGS.has(name)) record(name as IndexedTags, element);
    if (name === 'h1' || name === 'h2') record('headings', element);
    // Most elements have no attribute at all: one test, not six reads that find nothing.
    if (!hasAttributes(attribs)) return;
    if ((attribs['class'] ?? attribs['id'] ?? attribs['rel'] ?? attribs['itemprop']) !== undefined) record('named', element);
    if ((attribs['itemscope'] ?? attribs['itemtype']) !== undefined) record('scopes', element);
  });
  return { body, all: (group) => found.get(group) ?? [], inBody: (group) => (body === undefined ? found : inside).get(group) ?? [] };
}
