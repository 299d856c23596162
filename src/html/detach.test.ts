import { describe, expect, it } from 'vitest';
import type { ChildNode, Element } from 'domhandler';
import { detachAll, detachRestorably } from './detach';
import { findElements } from './dom';
import { parseHtmlDocument } from './parse-document';

/** The tag names of a parent's children, read through the array and through the sibling links both. */
function names(parent: Element): { array: string[]; links: string[] } {
  const links: string[] = [];
  for (let node: ChildNode | null = parent.children[0] ?? null; node !== null; node = node.next) links.push((node as Element).name);
  return { array: parent.children.map((child) => (child as Element).name), links };
}

describe('detaching elements', () => {
  it('detaches nested and repeated elements in one pass and relinks the siblings left', () => {
    const document = parseHtmlDocument('<div><a></a><b><i></i><u></u></b><s></s><em></em></div>');
    const [div, , b, i, , s] = findElements(document) as [Element, Element, Element, Element, Element, Element];
    detachAll([b, i, s, b]);
    expect(names(div)).toEqual({ array: ['a', 'em'], links: ['a', 'em'] });
    for (const element of [b, i, s]) expect([element.parent, element.prev, element.next]).toEqual([null, null, null]);
    expect(names(b)).toEqual({ array: ['u'], links: ['u'] });
  });

  it('puts detached elements back where they stood', () => {
    const document = parseHtmlDocument('<div><a></a><b></b><s></s><em></em></div>');
    const [div, a, b, s] = findElements(document) as [Element, Element, Element, Element];
    const restore = detachRestorably([a, b, s]);
    expect(names(div).array).toEqual(['em']);
    restore();
    expect(names(div)).toEqual({ array: ['a', 'b', 's', 'em'], links: ['a', 'b', 's', 'em'] });
    expect(div.children.every((child) => child.parent === div)).toBe(true);
  });
});
