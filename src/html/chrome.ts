import type { ChildNode, Document, Element } from 'domhandler';
import { detachAll, detachRestorably } from './detach';
import { attr, classAndId, hasAttributes, isElementType, isHidden } from './dom';

/**
 * Chrome removal before the content search: what is never article content (scripts, navigation, hidden nodes,
 * chrome roles) goes, and the containers whose class or id reads as chrome are detached so that they can come back.
 * @module
 */

/** Tags never read as content (the kind signals leave them out too). */
export const REMOVE_TAGS: ReadonlySet<string> = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'link', 'meta']);
/** Class/id words of page chrome (Readability's unlikely candidates)… */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/u;
/** …unless these say it may be content. */
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/u;
/** Elements never removed as unlikely candidates by their class or id. */
const KEPT_TAGS = new Set(['body', 'html', 'article', 'main', 'a']);
/** ARIA roles of page chrome. */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo']);

/**
 * Removes what is never article content (scripts, navigation, hidden nodes, chrome roles), and detaches the
 * containers whose class/id reads as chrome (`sidebar`, `comment`, `footer`…). Mutates the document.
 *
 * @param root - the body
 * @returns a function that puts the detached chrome-named containers back, for Readability's second attempt when
 *   the first found too little text; `undefined` when none was detached (the document is then as the first attempt
 *   found it, once its cleaning is undone)
 */
export function removeChrome(root: Element | Document): (() => void) | undefined {
  const doomed: Element[] = [];
  const unlikely: Element[] = [];
  // Inside a chrome-named container, what is never content is still removed: the container may come back. An indexed
  // loop: an array iterator's result per element was most of what this walk allocated.
  const visit = (parent: Element | Document, inTable: boolean, inUnlikely: boolean): void => {
    const { children } = parent;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ChildNode;
      // The type read once, here (see `limitDepth`).
      const type = child.type;
      if (!isElementType(type)) continue;
      const element = child as Element;
      // The tag first: what is removed by it needs no attribute read; an element without attributes (most) needs none.
      const named = hasAttributes(element.attribs);
      if (REMOVE_TAGS.has(element.name) || (named && (isHidden(element) || UNLIKELY_ROLES.has(attr(element, 'role')?.toLowerCase() ?? '')))) {
        doomed.push(element);
        continue;
      }
      let unlikelyHere = inUnlikely;
      // Class and id are read only where they can make the element unlikely (not on a link, not inside a table).
      if (!inUnlikely && named && !KEPT_TAGS.has(element.name) && !inTable) {
        const names = classAndId(element);
        if (UNLIKELY.test(names) && !MAYBE.test(names)) {
          unlikely.push(element);
          unlikelyHere = true;
        }
      }
      visit(element, inTable || element.name === 'table' || element.name === 'code', unlikelyHere);
    }
  };
  visit(root, false, false);
  detachAll(doomed);
  // Detach, remembering where each container stood, so that it can be put back.
  return unlikely.length > 0 ? detachRestorably(unlikely) : undefined;
}
