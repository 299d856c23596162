import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { findElements, textOf } from './dom';
import { type TextMeasures, linkDensityOf } from './text-measure';
import { endsLikeSentence } from '../text/prose';

/**
 * The article's lede or standfirst when it sits just outside the chosen container: pages often set the headline
 * and the opening paragraph in a header block beside the body container (`<header><h1/><p>lede</p></header>`
 * then `<div class="body">…`), and the container scoring, which looks for the largest run of paragraphs, picks
 * only the body. The last prose paragraph of the block just before the content (or before one of its nearest
 * ancestors) is that opening.
 * @module
 */

/** Limits of the lede search, one scale per measure (levels, siblings, characters, shares). */
const enum LEDE_WEIGHTS {
  /** Ancestor levels of the content's first element whose preceding siblings are looked at. */
  levels = 2,
  /** Preceding siblings with text looked at per level (the nearest first). */
  siblings = 1,
  /** A lede is a paragraph this long at least (characters), with links under `maxLinkDensity`. */
  minLength = 80,
  maxLinkDensity = 0.25,
  /** Text after the lede in its block, up to this many characters (a date, a credit), still lets it open the article. */
  trailingText = 80,
  /** The block holds at most this many times the lede's text (plus `trailingText`): a header, not a teaser list. */
  blockToLede = 2,
}

/** Whether an element holds any text. */
function hasText(element: Element, metrics: TextMeasures): boolean {
  return (metrics.lengthOf(element) ?? 0) > 0;
}

/** The block's closing paragraph when it reads as prose: long enough, few links, a full sentence at the end. */
function closingProse(block: Element, metrics: TextMeasures): Element | undefined {
  const paragraphs = block.name === 'p' ? [block] : findElements(block, (paragraph) => paragraph.name === 'p');
  const last = paragraphs.filter((paragraph) => hasText(paragraph, metrics)).at(-1);
  const measure = last === undefined ? undefined : metrics.get(last);
  if (last === undefined || measure === undefined || measure.length < LEDE_WEIGHTS.minLength || linkDensityOf(measure) >= LEDE_WEIGHTS.maxLinkDensity) return undefined;
  const blockLength = metrics.lengthOf(block) ?? 0;
  // The paragraph closes the block: what follows it there is a line at most.
  const after = paragraphs.slice(paragraphs.indexOf(last) + 1).reduce((sum, paragraph) => sum + (metrics.lengthOf(paragraph) ?? 0), 0);
  if (after > LEDE_WEIGHTS.trailingText || blockLength > measure.length * LEDE_WEIGHTS.blockToLede + LEDE_WEIGHTS.trailingText) return undefined;
  return endsLikeSentence(textOf(last)) ? last : undefined;
}

/**
 * The lede paragraph standing just before the content, outside it, or `undefined`.
 *
 * @param content - the chosen content elements, in document order
 * @param metrics - the page's text measures
 * @returns the paragraph to put before the content
 */
export function ledeBefore(content: readonly Element[], metrics: TextMeasures): Element | undefined {
  let node = content[0];
  for (let level = 0; node !== undefined && level < LEDE_WEIGHTS.levels; level++) {
    let seen = 0;
    for (let sibling = node.prev; sibling !== null && seen < LEDE_WEIGHTS.siblings; sibling = sibling.prev) {
      if (!isTag(sibling) || !hasText(sibling, metrics)) continue;
      seen++;
      const lede = closingProse(sibling, metrics);
      if (lede !== undefined) return lede;
    }
    // Text before the content inside its parent: the content does not open its parent, so the opening is not outside.
    if (seen > 0) return undefined;
    const parent = node.parent;
    node = parent !== null && isTag(parent) && parent.name !== 'body' && parent.name !== 'main' ? parent : undefined;
  }
  return undefined;
}
