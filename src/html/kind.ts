import type { ChildNode, Document, Element, Text } from 'domhandler';
import { typesOf, type JsonLd } from './json-ld';
import { isBlockElement } from './content';
import { REMOVE_TAGS } from './chrome';
import { isElementType } from './dom';
import type { PageMetadata } from './metadata';
import type { ElementIndex } from './element-index';
import { collapseWhitespace } from '../text/repair';
import { classifyKind } from '../classify/kind';
import { type DeclaredKind, kindSignalMeter } from '../classify/signals';
import type { KindResult } from '../model/draft';

/**
 * The kind signals' view of an HTML document: its visible text as units (one per block, as a browser would lay
 * them out) and what its structured data declares.
 * @module
 */

/**
 * The visible text of a document as units, one per block-level element (tables by cell), with link text counted;
 * what the content finder removes before it looks (scripts, navigation, asides, footers, forms) is left out. Each
 * unit goes to `onUnit` as it is read: no list of them, nor an object each (a page of many tiny blocks has
 * hundreds of thousands).
 *
 * @param root - the document (or its body)
 * @param onUnit - called with each unit's text (whitespace collapsed) and characters of link text, in document order
 */
export function htmlTextUnits(root: Document | Element, onUnit: (text: string, linkChars: number) => void): void {
  let text = '';
  let linkChars = 0;
  const flush = (): void => {
    // Nothing gathered (link text is part of the text): no unit (most flushes come between blocks).
    if (text === '') return;
    const collapsed = collapseWhitespace(text);
    if (collapsed.length > 0) onUnit(collapsed, linkChars);
    text = '';
    linkChars = 0;
  };
  // An indexed loop: an array iterator's result per child was a tenth of what the front end allocated.
  const visit = (parent: Document | Element, inLink: boolean): void => {
    const { children } = parent;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ChildNode;
      // The type read once, here (see `isElementType`).
      const type = child.type;
      if (type === 'text') {
        const { data } = child as Text;
        text += data;
        if (inLink) linkChars += data.trim().length;
        continue;
      }
      if (!isElementType(type) || REMOVE_TAGS.has((child as Element).name)) continue;
      const node = child as Element;
      // Block-level elements and line breaks start a new unit of text.
      const block = isBlockElement(node) || node.name === 'br';
      if (block) flush();
      visit(node, inLink || node.name === 'a');
      if (block) flush();
    }
  };
  visit(root, false);
  flush();
}

/**
 * What a page declares itself to be, by JSON-LD `@type` (other than the article types) or `og:type` value, lower-cased.
 */
const DECLARED: ReadonlyMap<string, DeclaredKind> = new Map([
  ['collectionpage', 'listing'],
  ['searchresultspage', 'listing'],
  ['profilepage', 'listing'],
  ['profile', 'listing'],
  ['product', 'other'],
  ['article', 'article'],
]);
/** Root elements of syndication feeds (RSS, Atom). */
const FEED_ROOTS = new Set(['rss', 'feed']);

/**
 * What a document declares itself to be: a feed by its root element, an article when any JSON-LD object has an
 * article type, else the first JSON-LD type or `og:type` that says.
 *
 * @param document - the parsed document
 * @param jsonLd - its JSON-LD
 * @param meta - its meta tags
 * @returns the declared kind, or `undefined` when the page does not say
 */
export function declaredKind(document: Document, jsonLd: JsonLd, meta: PageMetadata): DeclaredKind | undefined {
  // The type read here (see `isElementType`): a fragment of many tiny elements has them all at the top.
  for (const child of document.children) if (isElementType(child.type) && FEED_ROOTS.has((child as Element).name)) return 'feed';
  if (jsonLd.articles.length > 0) return 'article';
  for (const object of jsonLd.objects) {
    for (const type of typesOf(object)) {
      const declared = DECLARED.get(type.toLowerCase());
      if (declared !== undefined) return declared;
    }
  }
  return DECLARED.get(meta.values.get('og:type')?.toLowerCase() ?? '');
}

/**
 * The kind of an HTML page, from its visible text and its structured data. Reads the document without changing it.
 *
 * @param document - the parsed document
 * @param index - its looked-up elements (its body)
 * @param jsonLd - its JSON-LD
 * @param meta - its meta tags
 * @returns the kind and the confidence in it
 */
export function kindOfHtml(document: Document, index: ElementIndex, jsonLd: JsonLd, meta: PageMetadata): KindResult {
  const meter = kindSignalMeter();
  htmlTextUnits(index.body ?? document, meter.add);
  return classifyKind(meter.signals(declaredKind(document, jsonLd, meta)));
}
