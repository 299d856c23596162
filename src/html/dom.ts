import { getAttributeValue, innerText } from 'domutils';
import type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';
import { hasChildren, isTag } from 'domhandler';
import { collapseWhitespace, removeControls } from '../text/repair';
import { relink } from './detach';

/**
 * Small helpers over htmlparser2's DOM.
 * @module
 */

/** Re-exported element type of htmlparser2's DOM. */
export type { Element };

/**
 * An attribute's trimmed value, or `undefined` when absent or blank; control characters removed (line breaks kept
 * as `\n`, vertical tabs and form feeds as spaces), lone surrogates as U+FFFD.
 */
export function attr(element: Element, name: string): string | undefined {
  const raw = getAttributeValue(element, name);
  const value = raw === undefined ? undefined : removeControls(raw).replace(/\r\n?/gu, '\n').replace(/[\v\f]/gu, ' ').trim();
  return value === undefined || value.length === 0 ? undefined : value;
}

/**
 * Whether a node's type (`node.type`) is an element's (a tag, a script or a style): what domhandler's `isTag` tells,
 * from the type the caller read. A walk reads a node's type once, itself: the read at a call site of its own sees the
 * few kinds of node that walk meets, where the read inside `isTag`, shared by every caller, sees every kind of node
 * and goes the slow way (a page of many tiny elements spent a third of a walk there).
 *
 * @param type - a node's `type`
 * @returns whether the node is an element
 */
export function isElementType(type: string): boolean {
  return type === 'tag' || type === 'script' || type === 'style';
}

/** The element's text with whitespace collapsed (script and style skipped). */
export function textOf(node: ChildNode | readonly ChildNode[]): string {
  return collapseWhitespace(innerText(node as ChildNode));
}

/**
 * Whether an element's attributes hold any (an own property): most elements of a page carry none, and need no
 * lookup of each; the document builder shares one empty record among them.
 *
 * @param attributes - an element's attributes
 * @returns whether there is one
 */
export function hasAttributes(attributes: Record<string, string>): boolean {
  for (const name in attributes) if (Object.hasOwn(attributes, name)) return true;
  return false;
}

/** The element's class and id joined, lower-cased, for class/id hints. */
export function classAndId(element: Element): string {
  // Most elements that have attributes (links, images) have neither: two reads tell.
  const { attribs } = element;
  return attribs['class'] === undefined && attribs['id'] === undefined ? ' ' : `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`.toLowerCase();
}

/** Whether an element is hidden by the page itself (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`). */
export function isHidden(element: Element): boolean {
  const { attribs } = element;
  if (attribs['hidden'] !== undefined) return true;
  if (attribs['aria-hidden'] !== undefined && attr(element, 'aria-hidden') === 'true' && element.name !== 'img') return true;
  const style = attribs['style'] === undefined ? '' : (attr(element, 'style')?.toLowerCase().replace(/\s/gu, '') ?? '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The elements among some nodes and below them (the nodes themselves included) that pass a test, in document order,
 * at most `limit` of them: domutils' `getElementsByTagName` with a test on the element.
 */
export function findElements(nodes: AnyNode | readonly AnyNode[], test: (element: Element) => boolean = () => true, limit: number = Infinity): Element[] {
  const found: Element[] = [];
  // Depth-first, recursive: the document's nesting is limited before any search (`limitDepth`).
  const visit = (list: readonly AnyNode[]): boolean => {
    for (let index = 0; index < list.length; index++) {
      const node = list[index] as AnyNode;
      if ((isTag(node) && test(node) && found.push(node) >= limit) || (hasChildren(node) && visit(node.children))) return true;
    }
    return false;
  };
  visit(Array.isArray(nodes) ? nodes : [nodes]);
  return found;
}

/** Element children of a node (an element or the document). */
export function childElements(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

/** The deepest nesting the HTML front end keeps; deeper elements are lifted (their text stays, in order). */
const MAX_DEPTH = 200;

/** Replaces an element's children by the text and leaf elements found below it, in order. */
function flatten(node: ParentNode): void {
  const flat: ChildNode[] = [];
  const pending: ChildNode[] = [...node.children].reverse();
  while (pending.length > 0) {
    const child = pending.pop() as ChildNode;
    if (hasChildren(child) && child.children.length > 0) {
      for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index] as ChildNode);
    } else flat.push(child);
  }
  relink(node, flat);
}

/**
 * Flattens nesting deeper than {@link MAX_DEPTH}: the children of an element at that depth are replaced by the
 * text and leaf elements found below it, so that every later walk (recursive or not) stays shallow. Iterative, linear;
 * the walk holds one entry per open level (at most one more than {@link MAX_DEPTH}), not one per element waiting.
 * The caller may look at every element of the tree it leaves, in document order, in the same walk.
 *
 * @param root - the parsed document
 * @param meet - called with every element of the flattened tree in document order, and its depth (1 for the
 *   document's children)
 */
export function limitDepth(root: Document, meet?: (element: Element, depth: number) => void): void {
  // The open nodes from the root down, and the index of the next child to visit in each.
  const nodes: ParentNode[] = [root];
  const next: number[] = [0];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const index = next[top] ?? 0;
    const child = nodes[top]?.children[index];
    if (child === undefined) {
      nodes.pop();
      next.pop();
      continue;
    }
    next[top] = index + 1;
    // The child's type read once (a read of `type` sees every kind of node): elements and CDATA have children.
    const type = child.type;
    const element = isElementType(type);
    // The child's depth is the number of open nodes above it.
    if (element) meet?.(child as Element, nodes.length);
    if ((!element && type !== 'cdata') || (child as ParentNode).children.length === 0) continue;
    // Below the deepest level kept, only text and leaf elements are left: the walk goes one level further at most.
    if (nodes.length >= MAX_DEPTH) flatten(child as ParentNode);
    nodes.push(child as ParentNode);
    next.push(0);
  }
}
