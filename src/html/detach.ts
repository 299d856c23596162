import type { ChildNode, Element, ParentNode } from 'domhandler';

/**
 * Detaching many elements from the DOM in one pass. domutils' `removeElement` searches the parent's children and
 * splices them for every node, so removing thousands of siblings costs quadratic time; here each parent's children
 * array is rebuilt once, whatever the number of its children that go.
 * @module
 */

/**
 * Makes `children` the children of `parent`, rewriting each one's parent and sibling links.
 *
 * @param parent - the element or document whose children changed
 * @param children - its new children, in order
 */
export function relink(parent: ParentNode, children: ChildNode[]): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ChildNode;
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  }
  parent.children = children;
}

/**
 * Detaches every given element from its parent. Linear in the children of the parents involved.
 *
 * @param elements - elements to detach (nested ones and repeats are fine)
 */
export function detachAll(elements: readonly Element[]): void {
  // A doomed element is told by its parent link, cut first: no set of them (a flood of thousands of siblings).
  const parents = new Set<ParentNode>();
  for (const element of elements) {
    if (element.parent !== null) parents.add(element.parent);
    element.parent = null;
    element.prev = null;
    element.next = null;
  }
  for (const parent of parents) relink(parent, parent.children.filter((child) => child.parent === parent));
}

/**
 * Detaches elements and returns a function that puts them back: each one after the sibling that stood before it
 * when that sibling is still in the same parent, else first in its parent — what one `removeElement` per element
 * and one `append`/`prependChild` per element back would do, in linear time.
 *
 * @param elements - elements to detach, in document order, none inside another
 * @returns the function that restores them
 */
export function detachRestorably(elements: readonly Element[]): () => void {
  const places = elements.map((element) => ({ element, parent: element.parent, previous: element.prev }));
  detachAll(elements);
  return () => {
    // Work on the sibling chain (constant time per insertion), then rebuild each touched parent's array once.
    const heads = new Map<ParentNode, ChildNode | null>();
    for (const { element, parent, previous } of places) {
      if (parent === null) continue;
      if (!heads.has(parent)) heads.set(parent, parent.children[0] ?? null);
      element.parent = parent;
      if (previous !== null && previous.parent === parent) {
        element.prev = previous;
        element.next = previous.next;
        if (previous.next !== null) previous.next.prev = element;
        previous.next = element;
      } else {
        const head = heads.get(parent) ?? null;
        element.prev = null;
        element.next = head;
        if (head !== null) head.prev = element;
        heads.set(parent, element);
      }
    }
    for (const [parent, head] of heads) {
      const children: ChildNode[] = [];
      for (let node = head; node !== null; node = node.next) children.push(node);
      relink(parent, children);
    }
  };
}
