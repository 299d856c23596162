import type { AnyNode, Document, Element } from 'domhandler';
import { hasChildren, isTag } from 'domhandler';

/**
 * One walk over a freshly parsed document that lists its elements in document order and by tag name, so that the
 * readers of metadata, JSON-LD, microdata, headings, dates and bylines do not each walk the whole tree again (on a
 * page of a hundred thousand tiny elements, those walks were most of the time). Valid until the document changes.
 * @module
 */

/** The elements of a document, as `getElementsByTagName` would list them. */
export interface ElementIndex {
  /** Every element, in document order. */
  readonly all: readonly Element[];
  /**
   * The elements of a tag name, in document order.
   * @param name - a lower-case tag name
   */
  byName(name: string): readonly Element[];
  /** The elements of the first `<body>` (itself included), in document order; all of them when there is none. */
  readonly body: readonly Element[];
}

/**
 * Indexes a document's elements. Iterative, linear.
 *
 * @param document - the parsed document
 * @returns the index
 */
export function indexElements(document: Document): ElementIndex {
  const all: Element[] = [];
  const names = new Map<string, Element[]>();
  let bodyStart = -1;
  let bodyEnd = -1;
  // Pre-order, as domutils' find walks: a marker entry closes the body's range when its subtree is done.
  const stack: (AnyNode | 'end of body')[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | 'end of body';
    if (node === 'end of body') {
      bodyEnd = all.length;
      continue;
    }
    if (isTag(node)) {
      if (node.name === 'body' && bodyStart < 0) {
        bodyStart = all.length;
        stack.push('end of body');
      }
      all.push(node);
      const list = names.get(node.name);
      if (list === undefined) names.set(node.name, [node]);
      else list.push(node);
    }
    if (hasChildren(node)) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as AnyNode);
  }
  return {
    all,
    byName: (name) => names.get(name) ?? [],
    body: bodyStart < 0 ? all : all.slice(bodyStart, bodyEnd),
  };
}
