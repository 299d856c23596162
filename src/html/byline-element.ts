import type { AnyNode, Element } from 'domhandler';
import { hasChildren, isTag, isText } from 'domhandler';
import { getElementsByTagName, removeElement } from 'domutils';
import { parseByline } from '../fields/byline';
import { collapseWhitespace } from '../text/repair';
import { attr, classAndId, isHidden } from './dom';

/**
 * The page's byline element: `rel=author`, `itemprop=author`, or a class or id that says byline or author. Its
 * text is read as a byline, without the links to the writer's social accounts (`Twitter`, `Email`) that sit in it.
 * @module
 */

const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/u;

/** Longest text (characters) of a byline element. */
const MAX_BYLINE_LENGTH = 100;

/** A link to a social account or an e-mail address: its text (`Twitter`, `@handle`, `Email`) is no part of a name. */
const SOCIAL_LINK = /^(?:mailto:|(?:https?:)?\/\/(?:www\.|mobile\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky|tiktok|youtube)\.[a-z]{2,3}(?:[/?#]|$))/iu;

/** Whether a node is a link to a social account or an e-mail address. */
function isSocialLink(node: AnyNode): boolean {
  return isTag(node) && node.name === 'a' && SOCIAL_LINK.test(attr(node, 'href') ?? '');
}

/**
 * The start of an element's text without its social links: at most a little over `limit` characters.
 *
 * @param element - a byline element
 * @param limit - how many characters are needed
 * @returns the collapsed text
 */
function bylineText(element: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [element];
  while (stack.length > 0 && length <= limit) {
    const current = stack.pop() as AnyNode;
    if (isText(current)) {
      const text = current.data.slice(0, limit + 1);
      parts.push(text);
      length += text.trim().length;
      continue;
    }
    if (!hasChildren(current) || current.type !== 'tag' || isSocialLink(current)) continue;
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as AnyNode);
  }
  return collapseWhitespace(parts.join(''));
}

/**
 * The people of the page's byline element (the first that names any); the element is removed.
 *
 * @param root - the page's body
 * @returns the names, or none
 */
export function takeBylineElement(root: Element): string[] {
  for (const element of getElementsByTagName(() => true, root, true)) {
    if (element.name === 'script' || element.name === 'style' || isHidden(element)) continue;
    const rel = attr(element, 'rel');
    const itemprop = attr(element, 'itemprop') ?? '';
    if (rel !== 'author' && !itemprop.includes('author') && !BYLINE_HINT.test(classAndId(element))) continue;
    const text = bylineText(element, MAX_BYLINE_LENGTH);
    if (text.length === 0 || text.length >= MAX_BYLINE_LENGTH) continue;
    const names = parseByline(text);
    if (names.length === 0) continue;
    removeElement(element);
    return names;
  }
  return [];
}
