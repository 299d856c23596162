import { getAttributeValue, innerText } from 'domutils';
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
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
export function linkTextLength(element: Element): number {
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
