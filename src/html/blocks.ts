import type { ChildNode, Element } from 'domhandler';
import { Text, isTag, isText } from 'domhandler';
import { appendChild, getElementsByTagName, prependChild } from 'domutils';
import type { RawChunk } from '../model/draft';
import { toHttpUrl } from '../fields/urls';
import type { Image } from '../model/article';
import { collapseWhitespace } from '../text/repair';
import { attr, textOf } from './dom';
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
  if (/^h[1-6]$/u.test(name)) return 'heading';
  if (name === 'li') return 'list-item';
  if (inQuote || name === 'blockquote') return 'quote';
  return 'paragraph';
}

/** Attribute set on a `<q>` element once its quotation marks are written into its text. */
const QUOTED_MARK = 'data-scraped-article-quoted';

/**
 * Turns content elements into body chunks and images.
 *
 * @param elements - the article's content elements (or nodes), in order
 * @param base - URL to resolve image sources against
 * @returns the chunks and the images found
 */
export function serialiseContent(elements: readonly ChildNode[], base?: string): { chunks: RawChunk[]; images: Image[] } {
  // <q> renders its own quotation marks: write them into the text so the quote finder sees the quotation. Marked
  // once, so serialising the same tree again (the thin-result retry) does not write the marks twice.
  for (const q of getElementsByTagName('q', elements as Element[], true)) {
    if (Object.hasOwn(q.attribs, QUOTED_MARK)) continue;
    q.attribs[QUOTED_MARK] = '';
    prependChild(q, new Text('“'));
    appendChild(q, new Text('”'));
  }
  const chunks: RawChunk[] = [];
  const images: Image[] = [];
  const seen = new Set<string>();
  const addImage = (image: Image): void => {
    if (seen.has(image.url)) return;
    seen.add(image.url);
    images.push(image);
  };
  let inline = '';
  let inlineQuote = false;
  const flush = (): void => {
    const text = collapseWhitespace(inline);
    if (text.length > 0) chunks.push({ text, type: inlineQuote ? 'quote' : 'paragraph' });
    inline = '';
  };
  const visit = (node: ChildNode, inQuote: boolean): void => {
    if (isText(node)) {
      inline += node.data;
      inlineQuote = inQuote;
      return;
    }
    if (!isTag(node)) return;
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
      const captionText = caption === undefined ? undefined : textOf(caption);
      if (url !== undefined) addImage({ url, ...(captionText === undefined || captionText.length === 0 ? {} : { caption: captionText }) });
      if (captionText !== undefined && captionText.length > 0) chunks.push({ text: captionText, type: 'paragraph' });
      return;
    }
    const quote = inQuote || node.name === 'blockquote' || node.name === 'q';
    if (LEAF_BLOCKS.has(node.name) || node.name === 'figcaption') {
      flush();
      if (!hasBlockChildren(node) && node.name !== 'figcaption') {
        const text = textOf(node);
        if (text.length > 0) chunks.push({ text, type: blockType(node.name, quote) });
        collectImages(node, addImage, base);
        return;
      }
      for (const child of node.children) visit(child, quote);
      flush();
      return;
    }
    for (const child of node.children) visit(child, quote);
  };
  for (const element of elements) {
    visit(element, false);
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

function collectImages(node: Element, addImage: (image: Image) => void, base?: string): void {
  for (const child of node.children) {
    if (!isTag(child)) continue;
    if (child.name === 'img') {
      const url = imageSource(child, base);
      if (url !== undefined) addImage({ url });
    } else collectImages(child, addImage, base);
  }
}
