import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { isHidden } from './dom';

/**
 * The text a page shows, one line per block, as a browser's `innerText` gives it: what the page-text front end reads
 * when the markup does not say who wrote the article or when (bylines and datelines printed only as text).
 * @module
 */

/** Elements that show nothing. */
const INVISIBLE = new Set('script style noscript template head svg iframe select option button form input textarea'.split(' '));

/** Elements that start and end a line. */
const BLOCK = new Set(
  ('address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr li main nav ol p pre section summary table tr td th ul caption body center').split(' '),
);

/** Blocks a browser sets apart with a blank line. */
const PARAGRAPH = new Set('p h1 h2 h3 h4 h5 h6 blockquote figure table ul ol hr'.split(' '));

/** Stop after this many characters of text: the header of an article is near its start. */
const MAX_CHARS = 200_000;
/**
 * Stop after this many block elements too: a page of many tiny blocks (`<p>x</p>` repeated) would otherwise give
 * hundreds of thousands of lines for the page-text reader, far past any article's header.
 */
const MAX_BLOCKS = 20_000;

/**
 * Renders an HTML document's visible text with a line break around every block element.
 *
 * @param root - the parsed document (or an element of it)
 * @returns the text, lines separated by `\n`, blank lines between blocks
 */
export function visibleText(root: Document | Element): string {
  const out: string[] = [];
  let length = 0;
  let blocks = 0;
  // The stack holds what is left of one child of the root; the next child is taken when it is empty (no copy of the
  // root's children: a page of many tiny blocks has hundreds of thousands, and the limits stop far before the end).
  const stack: (ChildNode | string)[] = [];
  let next = 0;
  while (length < MAX_CHARS && blocks < MAX_BLOCKS) {
    const node = stack.pop() ?? root.children[next++];
    if (node === undefined) break;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (isText(node)) {
      // A text node past the limit is cut there (a page of one giant text node; a half pair of surrogates left at
      // the cut becomes U+FFFD when the page-text reader normalises the text).
      out.push(node.data.slice(0, MAX_CHARS - length).replace(/\s+/gu, ' '));
      length += node.data.length;
      continue;
    }
    if (!isTag(node)) continue;
    const element: Element = node;
    if (INVISIBLE.has(element.name) || isHidden(element)) continue;
    if (element.name === 'br') {
      out.push('\n');
      continue;
    }
    if (BLOCK.has(element.name)) {
      blocks += 1;
      const gap = PARAGRAPH.has(element.name) ? '\n\n' : '\n';
      out.push(gap);
      stack.push(gap);
    }
    for (let index = element.children.length - 1; index >= 0; index--) stack.push(element.children[index] as ChildNode);
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
