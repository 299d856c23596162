import { append, getElementsByTagName, prependChild, removeElement } from 'domutils';
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { attr, childElements, classAndId, isHidden, linkDensity, textOf } from './dom';

/**
 * Main-content detection on the DOM: chrome removed (navigation, asides, footers, hidden nodes, unlikely
 * candidates by class/id and role), paragraphs scored by text length and commas, scores handed to their
 * ancestors, the best container picked (less its link density) together with the siblings that score close to it.
 * The approach of Readability, on htmlparser2's DOM.
 * @module
 */

export const REMOVE_TAGS: ReadonlySet<string> = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'link', 'meta']);
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/u;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/u;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/u;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/u;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo']);
export const BLOCK_TAGS: ReadonlySet<string> = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'tr', 'td', 'th', 'tbody', 'thead']);

/** Whether an element holds block-level children (else it reads as one paragraph). */
export function hasBlockChildren(element: Element): boolean {
  return element.children.some((child) => isTag(child) && BLOCK_TAGS.has(child.name));
}

/** Class/id weight: +25 for content-ish names, −25 for chrome-ish ones. */
export function classWeight(element: Element): number {
  const names = classAndId(element);
  let weight = 0;
  if (NEGATIVE.test(names)) weight -= 25;
  if (POSITIVE.test(names)) weight += 25;
  return weight;
}

/**
 * Removes what is never article content (scripts, navigation, hidden nodes, chrome roles), and detaches the
 * containers whose class/id reads as chrome (`sidebar`, `comment`, `footer`…). Mutates the document.
 *
 * @param root - the body
 * @returns a function that puts the detached chrome-named containers back, for Readability's second attempt when
 *   the first found too little text
 */
export function removeChrome(root: Element | Document): () => void {
  const doomed: Element[] = [];
  const unlikely: Element[] = [];
  const visit = (element: Element, inTable: boolean): void => {
    const names = classAndId(element);
    const role = attr(element, 'role')?.toLowerCase();
    const keep = element.name === 'body' || element.name === 'html' || element.name === 'article' || element.name === 'main' || element.name === 'a';
    if (REMOVE_TAGS.has(element.name) || isHidden(element) || (role !== undefined && UNLIKELY_ROLES.has(role))) {
      doomed.push(element);
      return;
    }
    if (!keep && !inTable && UNLIKELY.test(names) && !MAYBE.test(names)) {
      unlikely.push(element);
      return;
    }
    for (const child of childElements(element)) visit(child, inTable || element.name === 'table' || element.name === 'code');
  };
  for (const child of root.children) if (isTag(child)) visit(child, false);
  for (const element of doomed) removeElement(element);
  // Detach, remembering where each container stood, so that it can be put back.
  const places = unlikely.map((element) => ({ element, parent: element.parent, previous: element.prev }));
  for (const { element } of places) removeElement(element);
  return () => {
    for (const { element, parent, previous } of places) {
      if (parent === null) continue;
      if (previous !== null && previous.parent === parent) append(previous, element);
      else prependChild(parent, element);
    }
  };
}

/** Tag weight a container starts with. */
function tagWeight(element: Element): number {
  switch (element.name) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/**
 * Picks the article's content: the best-scoring container and the siblings that belong with it.
 *
 * @param root - the document's body (after {@link removeChrome})
 * @returns the elements that make up the article, in document order
 */
export function findMainContent(root: Element | Document): Element[] {
  const scores = new Map<Element, number>();
  const paragraphs = getElementsByTagName(
    (name) => name === 'p' || name === 'td' || name === 'pre' || name === 'div' || name === 'section',
    root,
    true,
  ).filter((element) => element.name !== 'div' && element.name !== 'section' ? true : !hasBlockChildren(element));
  for (const paragraph of paragraphs) {
    const text = textOf(paragraph);
    if (text.length < 25) continue;
    const score = 1 + (text.match(/[,，、]/gu) ?? []).length + Math.min(3, Math.floor(text.length / 100));
    let ancestor = paragraph.parent;
    for (let level = 0; level < 5 && ancestor !== null && isTag(ancestor) && ancestor.name !== 'html'; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, tagWeight(ancestor) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
      ancestor = ancestor.parent;
    }
  }
  const metrics = measureText(root);
  const density = (element: Element): number => {
    const measure = metrics.get(element);
    return measure === undefined || measure.length === 0 ? 0 : Math.min(1, measure.linkLength / measure.length);
  };
  let top: Element | undefined;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const [element, score] of scores) {
    const final = score * (1 - density(element));
    scores.set(element, final);
    if (final > topScore) {
      top = element;
      topScore = final;
    }
  }
  if (top === undefined) return [];
  top = promoteTop(top, topScore, scores);
  topScore = scores.get(top) ?? topScore;
  const parent = top.parent;
  if (parent === null || !isTag(parent)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = attr(top, 'class');
  const content: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      content.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass !== undefined && attr(sibling, 'class') === topClass) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      content.push(sibling);
      continue;
    }
    if (sibling.name === 'p' || (sibling.name === 'div' && !hasBlockChildren(sibling))) {
      const text = textOf(sibling);
      const density = linkDensity(sibling);
      if ((text.length > 80 && density < 0.25) || (text.length > 0 && text.length < 80 && density === 0 && /\.(?: |$)/u.test(text))) content.push(sibling);
    }
  }
  return content;
}

/** The scored element an element is, or `undefined`. */
function parentElement(element: Element): Element | undefined {
  const parent = element.parent;
  return parent !== null && isTag(parent) && parent.name !== 'html' ? parent : undefined;
}

/**
 * Moves the top candidate up to the container the article really is, as Readability does: to an ancestor that
 * holds three or more near-top candidates (an article split into several blocks), to a parent that scores higher,
 * and through parents of which it is the only child.
 */
function promoteTop(top: Element, topScore: number, scores: Map<Element, number>): Element {
  let best = top;
  const alternatives = [...scores].filter(([element, score]) => element !== top && score >= topScore * 0.75).map(([element]) => element);
  if (alternatives.length >= 3) {
    for (let ancestor = parentElement(top); ancestor !== undefined && ancestor.name !== 'body'; ancestor = parentElement(ancestor)) {
      const contained = alternatives.filter((element) => contains(ancestor, element)).length;
      if (contained >= 3) {
        best = ancestor;
        if (!scores.has(best)) scores.set(best, topScore);
        break;
      }
    }
  }
  let lastScore = scores.get(best) ?? topScore;
  for (let parent = parentElement(best); parent !== undefined && parent.name !== 'body'; parent = parentElement(parent)) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < lastScore / 3) break;
    if (score > lastScore) {
      best = parent;
      break;
    }
    lastScore = score;
  }
  for (let parent = parentElement(best); parent !== undefined && parent.name !== 'body' && parent.children.filter((child) => isTag(child)).length === 1; parent = parentElement(parent)) {
    best = parent;
  }
  return best;
}

/** Whether `ancestor` contains `element`. */
function contains(ancestor: Element, element: Element): boolean {
  for (let node: Element | undefined = element; node !== undefined; node = parentElement(node)) if (node === ancestor) return true;
  return false;
}

/** Text and link-text lengths of every element, computed in one pass. */
interface TextMeasure {
  length: number;
  linkLength: number;
}

/**
 * Measures every element's text length and link-text length bottom-up in one iterative pass, so that scoring does
 * not re-read the text of nested containers again and again.
 */
function measureText(root: Element | Document): Map<Element, TextMeasure> {
  const metrics = new Map<Element, TextMeasure>();
  const stack: { node: Element; visited: boolean; inLink: boolean }[] = [];
  for (const child of root.children) if (isTag(child)) stack.push({ node: child, visited: false, inLink: false });
  while (stack.length > 0) {
    const entry = stack.pop() as { node: Element; visited: boolean; inLink: boolean };
    const { node } = entry;
    if (entry.visited) {
      const measure = { length: 0, linkLength: 0 };
      for (const child of node.children) {
        if (isTag(child)) {
          const inner = metrics.get(child);
          if (inner !== undefined) {
            measure.length += inner.length;
            measure.linkLength += inner.linkLength;
          }
        } else if (child.type === 'text') {
          const length = child.data.trim().length;
          measure.length += length;
          if (entry.inLink || node.name === 'a') measure.linkLength += length;
        }
      }
      metrics.set(node, measure);
      continue;
    }
    stack.push({ node, visited: true, inLink: entry.inLink });
    const inLink = entry.inLink || node.name === 'a';
    for (const child of node.children) if (isTag(child)) stack.push({ node: child, visited: false, inLink });
  }
  return metrics;
}

/** Removes, inside the content, containers that read as chrome: negative class weight or mostly links. */
export function cleanContent(elements: readonly Element[]): void {
  for (const root of elements) {
    const doomed: Element[] = [];
    for (const element of getElementsByTagName((name) => ['div', 'section', 'ul', 'ol', 'table', 'header'].includes(name), root, true)) {
      const text = textOf(element);
      if (classWeight(element) < 0 && text.length < 1000) doomed.push(element);
      else if (linkDensity(element) > 0.5 && text.length < 2000 && !/[.!?]\s/u.test(text.slice(0, 200))) doomed.push(element);
    }
    for (const element of doomed) removeElement(element);
  }
}
