import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { childElements } from './dom';
import { type TextMeasures, linkDensityOf } from './text-measure';

/**
 * The second, independent look at where a page's text is: the smallest container that holds most of the page's
 * paragraph text (text density over the DOM, not the paragraph scores). Main-content detection falls back to it
 * when the scored container holds too little text, as on landing pages whose text is spread over many short
 * feature blocks (no one container outscores the rest).
 * @module
 */

/** Thresholds of the dense-region check, one scale per measure (characters, shares). */
const enum DENSE_WEIGHTS {
  /** Shortest paragraph (characters) that counts as text. */
  minParagraphLength = 25,
  /** A paragraph counts only while its link density is under this. */
  maxLinkDensity = 0.5,
  /** The region is the deepest container holding at least this share of the page's paragraph text. */
  textShare = 0.66,
}

/**
 * The deepest container that holds at least two thirds of the page's paragraph text (links discounted), or
 * `undefined` when only the root itself does (then there is no region to prefer).
 *
 * @param root - the body, chrome already removed
 * @param paragraphs - the leaf paragraphs of the page (what content scoring reads)
 * @param metrics - the text measures of the page's elements
 * @returns the region, or `undefined`
 */
export function denseRegion(root: Element | Document, paragraphs: readonly Element[], metrics: TextMeasures): Element | undefined {
  const held = new Map<Element, number>();
  let total = 0;
  for (const paragraph of paragraphs) {
    const measure = metrics.get(paragraph);
    if (measure === undefined || measure.length < DENSE_WEIGHTS.minParagraphLength) continue;
    const density = linkDensityOf(measure);
    if (density >= DENSE_WEIGHTS.maxLinkDensity) continue;
    const text = measure.length * (1 - density);
    total += text;
    for (let node = paragraph.parent; node !== null && node !== root && isTag(node); node = node.parent) held.set(node, (held.get(node) ?? 0) + text);
  }
  if (total === 0) return undefined;
  let region: Element | undefined;
  for (let node: Element | Document | undefined = root; node !== undefined; ) {
    const next: Element | undefined = childElements(node).find((child) => (held.get(child) ?? 0) >= total * DENSE_WEIGHTS.textShare);
    if (next === undefined) break;
    region = next;
    node = next;
  }
  return region === undefined || region.name === 'body' || region.name === 'html' ? undefined : region;
}
