import type { AnyNode, Document } from 'domhandler';
import { hasChildren, isTag, isText } from 'domhandler';
import { removeControls } from '../text/repair';

/**
 * Output hygiene at the source for the HTML path: the parser decodes entities such as `&#1;` or `&#x9f;` into
 * control characters, and raw input may hold lone surrogates; every text node and attribute value is cleaned once,
 * right after parsing, so that no string taken from the DOM carries them (the text path does the same in
 * `normalizeText`).
 * @module
 */

/** Line breaks as `\n` and the other whitespace control characters (vertical tab, form feed) as a space. */
function cleanAttribute(value: string): string {
  const clean = removeControls(value);
  return /[\v\f\r]/u.test(clean) ? clean.replace(/\r\n?/gu, '\n').replace(/[\v\f]/gu, ' ') : clean;
}

/**
 * Removes control characters and lone surrogates from every text node and attribute value. Iterative, linear.
 *
 * @param document - the parsed document (changed in place)
 */
export function sanitizeDocument(document: Document): void {
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) {
      node.data = removeControls(node.data);
      continue;
    }
    if (isTag(node)) {
      for (const name of Object.keys(node.attribs)) node.attribs[name] = cleanAttribute(node.attribs[name] ?? '');
    }
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
}
