import type { ChildNode, Element, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawChunk } from '../model/draft';
import { toHttpUrl } from '../fields/urls';
import type { Image } from '../model/article';
import { collapseWhitespace } from '../text/repair';
import { attr, isElementType } from './dom';
import { hasBlockChildren } from './content';

/**
 * Serialising the article's content to body blocks (paragraphs, headings, list items, block quotes, table cells
 * as text) and images (figures with captions, lazy `data-src`/`srcset` sources).
 * @module
 */

const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'td', 'th', 'dd', 'dt', 'address', 'blockquote', 'div', 'section', 'article', 'main', 'header', 'caption']);

/** The best URL of an image element: `src`, or a lazy-loading attribute, or the first `srcset` candidate. */
function imageSource(image: Element, base?: string): string | undefined {
  const candidates = [attr(image, 'data-src'), attr(image, 'data-lazy-src'), attr(image, 'data-original'), attr(image, 'data-url'), attr(image, 'src')];
  const srcset = attr(image, 'srcset') ?? attr(image, 'data-srcset');
  if (srcset !== undefined) candidates.push(srcset.split(',')[0]?.trim().split(/\s+/u)[0]);
  for (const candidate of candidates) {
    if (candidate === undefined || candidate.startsWith('data:')) continue;
    const url = toHttpUrl(candidate, base);
    if (url !== undefined) return url;
  }
  return undefined;
}

function blockType(name: string, inQuote: boolean): NonNullable<RawChunk['type']> {
  // A paragraph (the commonest block) needs no pattern run.
  if (name !== 'p' && /^h[1-6]$/u.test(name)) return 'heading';
  if (name === 'li') return 'list-item';
  if (inQuote || name === 'blockquote') return 'quote';
  return 'paragraph';
}

/** The quotation marks a `<q>` element renders around its text. */
const Q_OPEN = '“';
const Q_CLOSE = '”';

/**
 * The text of a node as a browser renders it for reading: a `<q>`'s quotation marks written, whitespace as is.
 * Built by `+` (no array joined per element: a join copies its text, at every level of deep nesting). The images
 * below the node go to `onImage` in document order, in the same walk (an indexed one: no array iterator per element).
 */
function renderedRaw(node: ChildNode, onImage?: (image: Element) => void): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'img') onImage?.(node);
  let inner = '';
  const { children } = node;
  for (let index = 0; index < children.length; index++) inner += renderedRaw(children[index] as ChildNode, onImage);
  return node.name === 'q' ? `${Q_OPEN}${inner}${Q_CLOSE}` : inner;
}

/** A node's rendered text ({@link renderedRaw}) with whitespace collapsed: what a leaf block or caption shows. */
function renderedText(node: ChildNode, onImage?: (image: Element) => void): string {
  return collapseWhitespace(renderedRaw(node, onImage));
}

/**
 * Turns content elements into body chunks and images.
 *
 * @param elements - the article's content elements (or nodes), in order
 * @param base - URL to resolve image sources against
 * @returns the chunks and the images found
 */
export function serialiseContent(elements: readonly ChildNode[], base?: string): { chunks: RawChunk[]; images: Image[] } {
  const chunks: RawChunk[] = [];
  const images: Image[] = [];
  const seen = new Set<string>();
  const addImage = (image: Image): void => {
    if (seen.has(image.url)) return;
    seen.add(image.url);
    images.push(image);
  };
  // A chunk like the one before it is that one again (chunks are read-only): a flood of one tiny block costs a
  // slot per block, not an object.
  const add = (text: string, type: NonNullable<RawChunk['type']>): void => {
    const last = chunks[chunks.length - 1];
    if (text.length > 0) chunks.push(last?.text === text && last.type === type ? last : { text, type });
  };
  // An image inside a leaf block: its source only (a figure's caption is its own block).
  const leafImage = (image: Element): void => {
    const url = imageSource(image, base);
    if (url !== undefined) addImage({ url });
  };
  let inline = '';
  let inlineQuote = false;
  const flush = (): void => {
    // Nothing gathered: no chunk (most flushes come between blocks).
    if (inline === '') return;
    add(collapseWhitespace(inline), inlineQuote ? 'quote' : 'paragraph');
    inline = '';
  };
  const visit = (child: ChildNode, inQuote: boolean): void => {
    // The type read once, here (see `isElementType`).
    const type = child.type;
    if (type === 'text') {
      inline += (child as Text).data;
      inlineQuote = inQuote;
      return;
    }
    if (!isElementType(type)) return;
    const node = child as Element;
    if (node.name === 'br') {
      inline += ' ';
      return;
    }
    if (node.name === 'img') {
      const url = imageSource(node, base);
      if (url !== undefined && !seen.has(url)) {
        const alt = attr(node, 'alt');
        addImage({ url, ...(alt === undefined ? {} : { caption: alt }) });
      }
      return;
    }
    if (node.name === 'figure' || node.name === 'picture') {
      flush();
      const caption = node.children.find((child): child is Element => isTag(child) && child.name === 'figcaption');
      const image = findImage(node);
      const url = image === undefined ? undefined : imageSource(image, base);
      const captionText = caption === undefined ? undefined : renderedText(caption);
      if (url !== undefined) addImage({ url, ...(captionText === undefined || captionText.length === 0 ? {} : { caption: captionText }) });
      if (captionText !== undefined) add(captionText, 'paragraph');
      return;
    }
    const quote = inQuote || node.name === 'blockquote' || node.name === 'q';
    // A leaf block is one chunk; a block holding blocks ends the text before it and its own last one.
    const block = LEAF_BLOCKS.has(node.name) || node.name === 'figcaption';
    if (block) {
      flush();
      if (!hasBlockChildren(node) && node.name !== 'figcaption') {
        add(renderedText(node, leafImage), blockType(node.name, quote));
        return;
      }
    }
    // <q> renders its own quotation marks: they are written into the text (not into the DOM), so the quote finder
    // sees the quotation.
    if (node.name === 'q') inline += Q_OPEN;
    // An indexed loop: an array iterator's result per node was a fifth of what serialising a page of tiny blocks allocated.
    const { children } = node;
    for (let index = 0; index < children.length; index++) visit(children[index] as ChildNode, quote);
    if (node.name === 'q') inline += Q_CLOSE;
    if (block) flush();
  };
  for (let index = 0; index < elements.length; index++) {
    visit(elements[index] as ChildNode, false);
    flush();
  }
  return { chunks, images };
}

function findImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (!isTag(child)) continue;
    if (child.name === 'img') return child;
    const nested = findImage(child);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

