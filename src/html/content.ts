import type { ChildNode, Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { denseRegion } from './dense-region';
import { ledeBefore } from './lede';
import { attr, childElements, classAndId, findElements, isElementType } from './dom';
import { type TextMeasure, type TextMeasures, linkDensityOf, measureText, textPrefix } from './text-measure';

/**
 * Main-content detection on the DOM: chrome removed (navigation, asides, footers, hidden nodes, unlikely
 * candidates by class/id and role), paragraphs scored by text length and commas, scores handed to their
 * ancestors, the best container picked (less its link density) together with the siblings that score close to it.
 * The approach of Readability, on htmlparser2's DOM.
 * @module
 */

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/u;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/u;
/** The measures of an element with no text. */
const EMPTY: TextMeasure = { length: 0, commas: 0, linkLength: 0, contextLinkLength: 0, trimmedLength: 0 };
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'tr', 'td', 'th', 'tbody', 'thead']);

/** Whether an element is block-level (a paragraph, a container, a list, a table part…). */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.name);
}

/** Whether an element holds block-level children (else it reads as one paragraph); no iterator per element. */
export function hasBlockChildren(element: Element): boolean {
  const { children } = element;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ChildNode;
    if (isElementType(child.type) && BLOCK_TAGS.has((child as Element).name)) return true;
  }
  return false;
}

/**
 * Content scoring, one scale (Readability's): paragraphs score by length and commas, their ancestors collect the
 * scores, and the best container (less its link density) is the article.
 */
const enum CONTENT_WEIGHTS {
  /** Added for a content-ish class or id (`article`, `body`, `content`), taken for a chrome-ish one. */
  className = 25,
  /** What a container starts with, by tag: blocks that hold articles, preformatted text and cells, lists, headings. */
  containerTag = 5,
  preformattedTag = 3,
  listTag = -3,
  headingTag = -5,
  /** Shortest paragraph text (characters) that scores. */
  minParagraphLength = 25,
  /** A paragraph scores a point per this many characters, up to `maxLengthPoints`. */
  charsPerPoint = 100,
  maxLengthPoints = 3,
  /** Ancestors a paragraph's score reaches; the parent gets half, each further level a third of its depth. */
  ancestorLevels = 5,
  parentDivider = 2,
  levelDivider = 3,
  /** A sibling joins the top container when it scores this share of the top score (and at least `minSiblingScore`). */
  siblingShare = 0.2,
  minSiblingScore = 10,
  /** A sibling sharing the top container's class gets this share of the top score as a bonus. */
  sameClassShare = 0.2,
  /** A loose paragraph sibling joins when longer than this with link density under `looseLinkDensity`, or is a
   * shorter sentence without links. */
  looseParagraphLength = 80,
  looseLinkDensity = 0.25,
  /** Candidates scoring this share of the top are near-top; `splitArticleParts` of them under one ancestor make it
   * the container of a split article. */
  nearTopShare = 0.75,
  splitArticleParts = 3,
  /** Promotion stops at a parent scoring under a third of the current score. */
  parentDropRatio = 3,
  /** Content shorter than this (characters) is checked against the page's dense region (and gives way to it when
   * the region holds more text). */
  smallContentLength = 500,
}

/** Class/id weight: `+CONTENT_WEIGHTS.className` for content-ish names, minus that for chrome-ish ones. */
export function classWeight(element: Element): number {
  const names = classAndId(element);
  let weight = 0;
  if (NEGATIVE.test(names)) weight -= CONTENT_WEIGHTS.className;
  if (POSITIVE.test(names)) weight += CONTENT_WEIGHTS.className;
  return weight;
}

/** Tag weight a container starts with, by tag: blocks that hold articles, preformatted text and cells, lists, headings
 * (0 for the rest). */
const TAG_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['div', CONTENT_WEIGHTS.containerTag],
  ['article', CONTENT_WEIGHTS.containerTag],
  ['main', CONTENT_WEIGHTS.containerTag],
  ['section', CONTENT_WEIGHTS.containerTag],
  ['pre', CONTENT_WEIGHTS.preformattedTag],
  ['td', CONTENT_WEIGHTS.preformattedTag],
  ['blockquote', CONTENT_WEIGHTS.preformattedTag],
  ['address', CONTENT_WEIGHTS.listTag],
  ['ol', CONTENT_WEIGHTS.listTag],
  ['ul', CONTENT_WEIGHTS.listTag],
  ['dl', CONTENT_WEIGHTS.listTag],
  ['dd', CONTENT_WEIGHTS.listTag],
  ['dt', CONTENT_WEIGHTS.listTag],
  ['li', CONTENT_WEIGHTS.listTag],
  ['h1', CONTENT_WEIGHTS.headingTag],
  ['h2', CONTENT_WEIGHTS.headingTag],
  ['h3', CONTENT_WEIGHTS.headingTag],
  ['h4', CONTENT_WEIGHTS.headingTag],
  ['h5', CONTENT_WEIGHTS.headingTag],
  ['h6', CONTENT_WEIGHTS.headingTag],
  ['th', CONTENT_WEIGHTS.headingTag],
]);

/** The article's content as found, with the text measures of the page it was found on. */
export interface MainContent {
  /** The elements that make up the article, in document order. */
  readonly elements: Element[];
  /** The text measures of every element of the page (the cleaning reads its length, commas and link text). */
  readonly measures: TextMeasures;
}

/**
 * Picks the article's content: the best-scoring container and the siblings that belong with it.
 *
 * @param root - the document's body (after {@link removeChrome})
 * @returns the content and the measures taken to find it
 */
export function findMainContent(root: Element | Document): MainContent {
  // The paragraphs long enough to score, listed as the measuring walk meets them: one too short goes as soon as it
  // is measured, while it is still the last listed (those inside it, listed after it, gone too), so a page of many
  // tiny paragraphs lists none and its later readers loop over none.
  const paragraphs: Element[] = [];
  const measures = measureText(
    [root],
    (element) => {
      if (PARAGRAPH_TAGS.has(element.name) && ((element.name !== 'div' && element.name !== 'section') || !hasBlockChildren(element))) paragraphs.push(element);
    },
    (element, length) => {
      if (length < CONTENT_WEIGHTS.minParagraphLength && paragraphs[paragraphs.length - 1] === element) paragraphs.pop();
    },
  );
  return { elements: pickContent(root, paragraphs, measures), measures };
}

/** The content elements, in document order, from the page's paragraphs and measures. */
function pickContent(root: Element | Document, paragraphs: readonly Element[], metrics: TextMeasures): Element[] {
  const scores = new Map<Element, number>();
  const paragraphScores = new Map<Element, number>();
  // The listed paragraphs are few (those long enough, and any holding one): a measures object each costs nothing.
  for (const paragraph of paragraphs) {
    const text = metrics.get(paragraph);
    if (text === undefined || text.length < CONTENT_WEIGHTS.minParagraphLength) continue;
    const score = 1 + text.commas + Math.min(CONTENT_WEIGHTS.maxLengthPoints, Math.floor(text.length / CONTENT_WEIGHTS.charsPerPoint));
    paragraphScores.set(paragraph, score);
    let ancestor = paragraph.parent;
    for (let level = 0; level < CONTENT_WEIGHTS.ancestorLevels && ancestor !== null && isTag(ancestor) && ancestor.name !== 'html'; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, (TAG_WEIGHTS.get(ancestor.name) ?? 0) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? CONTENT_WEIGHTS.parentDivider : level * CONTENT_WEIGHTS.levelDivider;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
      ancestor = ancestor.parent;
    }
  }
  const density = (element: Element): number => {
    const measure = metrics.get(element);
    return measure === undefined || measure.trimmedLength === 0 ? 0 : Math.min(1, measure.contextLinkLength / measure.trimmedLength);
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
  const threshold = Math.max(CONTENT_WEIGHTS.minSiblingScore, topScore * CONTENT_WEIGHTS.siblingShare);
  const topClass = attr(top, 'class');
  const content: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      content.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass !== undefined && attr(sibling, 'class') === topClass) bonus += topScore * CONTENT_WEIGHTS.sameClassShare;
    // A sibling of the top's class whose paragraphs sit deeper than the scores reach (the next part of a split
    // article) still holds them: it scores their sum.
    const score = scores.get(sibling) ?? (bonus > 0 ? deepScore(sibling, paragraphScores, density(sibling)) : undefined);
    if (score !== undefined && score + bonus >= threshold) {
      content.push(sibling);
      continue;
    }
    if (sibling.name === 'p' || (sibling.name === 'div' && !hasBlockChildren(sibling))) {
      const measure = metrics.get(sibling) ?? EMPTY;
      const { length } = measure;
      const density = linkDensityOf(measure);
      if ((length > CONTENT_WEIGHTS.looseParagraphLength && density < CONTENT_WEIGHTS.looseLinkDensity) || (length > 0 && length < CONTENT_WEIGHTS.looseParagraphLength && density === 0 && /\.(?: |$)/u.test(textPrefix(sibling, CONTENT_WEIGHTS.looseParagraphLength)))) content.push(sibling);
    }
  }
  const chosen = orDenseRegion(content, root, paragraphs, metrics);
  const lede = ledeBefore(chosen, metrics);
  return lede === undefined ? chosen : [lede, ...chosen];
}

/** The content, or the page's dense region in its place when the content is small and the region holds more. */
function orDenseRegion(content: Element[], root: Element | Document, paragraphs: readonly Element[], metrics: TextMeasures): Element[] {
  const length = content.reduce((sum, element) => sum + (metrics.lengthOf(element) ?? 0), 0);
  if (length >= CONTENT_WEIGHTS.smallContentLength) return content;
  const region = denseRegion(root, paragraphs, metrics);
  return region !== undefined && (metrics.lengthOf(region) ?? 0) > length ? [region] : content;
}

/** The summed scores of the paragraphs inside an element, at any depth, less its link density; `undefined` when
 * it holds none. */
function deepScore(element: Element, paragraphScores: ReadonlyMap<Element, number>, density: number): number | undefined {
  let sum = 0;
  for (const paragraph of findElements(element, (paragraph) => PARAGRAPH_TAGS.has(paragraph.name))) sum += paragraphScores.get(paragraph) ?? 0;
  return sum > 0 ? sum * (1 - density) : undefined;
}

/** Tags that may hold a scored paragraph (a `div` or `section` only when it has no block children). */
const PARAGRAPH_TAGS = new Set(['p', 'td', 'pre', 'div', 'section']);

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
  const alternatives = [...scores].filter(([element, score]) => element !== top && score >= topScore * CONTENT_WEIGHTS.nearTopShare).map(([element]) => element);
  if (alternatives.length >= CONTENT_WEIGHTS.splitArticleParts) {
    for (let ancestor = parentElement(top); ancestor !== undefined && ancestor.name !== 'body'; ancestor = parentElement(ancestor)) {
      const contained = alternatives.filter((element) => contains(ancestor, element)).length;
      if (contained >= CONTENT_WEIGHTS.splitArticleParts) {
        best = ancestor;
        if (!scores.has(best)) scores.set(best, topScore);
        break;
      }
    }
  }
  let lastScore = scores.get(best) ?? topScore;
  // The floor is fixed by the candidate's own score: a chain of slowly falling parents must not reach a wrapper.
  const floor = lastScore / CONTENT_WEIGHTS.parentDropRatio;
  for (let parent = parentElement(best); parent !== undefined && parent.name !== 'body'; parent = parentElement(parent)) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > lastScore) {
      best = parent;
      break;
    }
    lastScore = score;
  }
  for (let parent = parentElement(best); parent !== undefined && parent.name !== 'body' && parent.children.filter(isTag).length === 1; parent = parentElement(parent)) {
    best = parent;
  }
  return best;
}

/** Whether `ancestor` contains `element`. */
function contains(ancestor: Element, element: Element): boolean {
  for (let node: Element | undefined = element; node !== undefined; node = parentElement(node)) if (node === ancestor) return true;
  return false;
}
