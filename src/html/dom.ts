import { getAttributeValue, innerText } from 'domutils';
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { hasChildren, isTag, isText } from 'domhandler';
import { collapseWhitespace } from '../text/repair';

/**
 * Small helpers over htmlparser2's DOM.
 * @module
 */

/** Re-exported element type of htmlparser2's DOM. */
export type { Element };

/** An attribute's trimmed value, or `undefined` when absent or blank. */
export function attr(element: Element, name: string): string | undefined {
  const value = getAttributeValue(element, name)?.trim();
  return value === undefined || value.length === 0 ? undefined : value;
}

/** The element's text with whitespace collapsed (script and style skipped). */
export function textOf(node: ChildNode | readonly ChildNode[]): string {
  return collapseWhitespace(innerText(node as ChildNode));
}

/** The element's class and id joined, lower-cased, for class/id hints. */
export function classAndId(element: Element): string {
  return `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`.toLowerCase();
}

/** Whether an element is hidden by the page itself (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`). */
export function isHidden(element: Element): boolean {
  if (getAttributeValue(element, 'hidden') !== undefined) return true;
  if (attr(element, 'aria-hidden') === 'true' && element.name !== 'img') return true;
  const style = attr(element, 'style')?.toLowerCase().replace(/\s/gu, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Length of the text inside links, for link density. */
function linkTextLength(element: Element): number {
  let length = 0;
  const visit = (node: ChildNode, inLink: boolean): void => {
    if (isText(node)) {
      if (inLink) length += node.data.trim().length;
      return;
    }
    if (!isTag(node)) return;
    const link = inLink || node.name === 'a';
    for (const child of node.children) visit(child, link);
  };
  visit(element, false);
  return length;
}

/** Share of an element's text that is link text. */
export function linkDensity(element: Element): number {
  const length = textOf(element).length;
  return length === 0 ? 0 : Math.min(1, linkTextLength(element) / length);
}

/** Element children of a node. */
export function childElements(node: Element): Element[] {
  return node.children.filter((child): child is Element => isTag(child));
}

/** The deepest nesting the HTML front end keeps; deeper elements are lifted (their text stays, in order). */
const MAX_DEPTH = 200;

/**
 * Flattens nesting deeper than {@link MAX_DEPTH}: the children of an element at that depth are replaced by the
 * text and leaf elements found below it, so that every later walk (recursive or not) stays shallow. Iterative, linear.
 *
 * @param root - the parsed document
 */
export function limitDepth(root: Document): void {
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    if (depth >= MAX_DEPTH) {
      const flat: ChildNode[] = [];
      const pending: ChildNode[] = [...node.children].reverse();
      while (pending.length > 0) {
        const child = pending.pop() as ChildNode;
        if (hasChildren(child) && child.children.length > 0) {
          for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index] as ChildNode);
        } else flat.push(child);
      }
      for (const child of flat) {
        child.parent = node;
        child.prev = null;
        child.next = null;
      }
      for (let index = 0; index < flat.length; index++) {
        const child = flat[index] as ChildNode;
        child.prev = flat[index - 1] ?? null;
        child.next = flat[index + 1] ?? null;
      }
      node.children = flat;
      continue;
    }
    for (const child of node.children) if (hasChildren(child)) stack.push({ node: child, depth: depth + 1 });
  }
}
