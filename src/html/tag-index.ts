import type { Element, ParentNode } from 'domhandler';
import { hasChildren, isTag } from 'domhandler';

/**
 * Several tag queries answered by one walk of the tree: a reader that wants the `<meta>`, `<link>`, `<title>` and
 * `<base>` elements of a page walks it once, not once per tag (on pages of many tiny elements each full-tree query is
 * a noticeable share of the whole parse).
 * @module
 */

/**
 * The elements of each of the given tag names under a node (the node itself excluded), in document order, as
 * domutils' `getElementsByTagName` would list them tag by tag. Iterative: the depth of the tree costs no stack.
 *
 * @param root - the node to search under
 * @param names - lower-case tag names
 * @returns the elements per tag name (an empty list for a tag not found)
 */
export function elementsByTag(root: ParentNode, names: readonly string[]): ReadonlyMap<string, readonly Element[]> {
  const found = new Map<string, Element[]>(names.map((name) => [name, []]));
  const lists: ParentNode['children'][] = [root.children];
  const positions: number[] = [0];
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top] ?? [];
    const position = positions[top] ?? 0;
    if (position >= list.length) {
      lists.pop();
      positions.pop();
      continue;
    }
    positions[top] = position + 1;
    const node = list[position];
    if (node === undefined) continue;
    if (isTag(node)) found.get(node.name)?.push(node);
    if (hasChildren(node) && node.children.length > 0) {
      lists.push(node.children);
      positions.push(0);
    }
  }
  return found;
}
