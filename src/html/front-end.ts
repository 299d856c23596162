import { getElementsByTagName, removeElement } from 'domutils';
import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Draft, ListCandidate, RawChunk } from '../model/draft';
import type { ResolvedOptions } from '../options';
import type { Image } from '../model/article';
import { parseByline } from '../fields/byline';
import { isSameSite, toHttpUrl, urlKey } from '../fields/urls';
import { countWords } from '../text/prose';
import { serialiseContent } from './blocks';
import { cleanContent, findMainContent, removeChrome } from './content';
import { attr, classAndId, isHidden, limitDepth, textOf } from './dom';
import { readJsonLd } from './json-ld';
import { kindOfHtml } from './kind';
import { readMetadata } from './metadata';
import { microdataCandidates } from './microdata';
import { limitSourceNesting } from './nesting';
import { structuredCandidates, structuredDate } from './structured-data';
import { cleanDocumentTitle } from './title';

/**
 * The HTML front end: one htmlparser2 parse per input; structured data (JSON-LD, meta tags) and the main content
 * found on the DOM feed the same assembler as the text front ends.
 * @module
 */

const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/u;

/** The people of the page's byline element (rel=author, itemprop=author, a byline class); the element is removed. */
function takeBylineElement(root: Element): string[] {
  for (const element of getElementsByTagName(() => true, root, true)) {
    if (element.name === 'script' || element.name === 'style' || isHidden(element)) continue;
    const rel = attr(element, 'rel');
    const itemprop = attr(element, 'itemprop') ?? '';
    if (rel !== 'author' && !itemprop.includes('author') && !BYLINE_HINT.test(classAndId(element))) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length >= 100) continue;
    const names = parseByline(text);
    if (names.length === 0) continue;
    removeElement(element);
    return names;
  }
  return [];
}

/** Whether a URL path looks like an article's: a slug of three words or more, a year folder, or a long id. */
function isArticlePath(path: string): boolean {
  return path.split('/').some((segment) => segment.split(/[-_]/u).filter((part) => part.length > 0).length >= 3 || /^(?:19|20)\d{2}$/u.test(segment) || /\d{6,}/u.test(segment));
}

/** Links inside the content to other pages of the same site, with their anchor text. */
function contentLinks(elements: readonly Element[], pageUrl: string | undefined, base: string | undefined): ListCandidate[] {
  if (pageUrl === undefined) return [];
  const links: ListCandidate[] = [];
  const own = urlKey(pageUrl);
  for (const anchor of getElementsByTagName('a', elements as Element[], true)) {
    const href = attr(anchor, 'href');
    const url = href === undefined ? undefined : toHttpUrl(href, base ?? pageUrl);
    if (url === undefined || !isSameSite(url, pageUrl) || urlKey(url) === own) continue;
    if (!isArticlePath(new URL(url).pathname)) continue;
    const title = textOf(anchor);
    if (countWords(title) < 3) continue;
    links.push({ field: 'relatedLinks', value: { url, title }, origin: { source: 'html:content link' }, score: 1 });
  }
  return links;
}

/** Below this many characters of text, the first extraction is retried with fewer removals. */
const MIN_ARTICLE_LENGTH = 500;

/** The element children of a body or document. */
function childElementsOf(root: Document | Element): Element[] {
  return root.children.filter((child): child is Element => child.type === 'tag');
}

/** One extraction attempt on a body whose chrome has been removed. */
function extract(body: Document | Element, base: string | undefined): { chunks: RawChunk[]; images: Image[]; content: Element[] } {
  const content = findMainContent(body);
  cleanContent(content);
  return { ...serialiseContent(content, base), content };
}

/** Characters of text in body chunks. */
function textLength(chunks: readonly RawChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
}

/**
 * Reads an HTML document into a draft.
 *
 * @param html - the HTML source
 * @param options - the parse options (the page URL is used, when given)
 * @returns the draft
 */
export function readHtml(html: string, options: ResolvedOptions): Draft {
  const pageUrl = options.url;
  const document = parseDocument(limitSourceNesting(html));
  limitDepth(document);
  const meta = readMetadata(document);
  const jsonLd = readJsonLd(document);
  const canonical = meta.canonical === undefined ? undefined : toHttpUrl(meta.canonical, pageUrl);
  const base = (meta.base === undefined ? undefined : toHttpUrl(meta.base, pageUrl ?? canonical)) ?? pageUrl ?? canonical;
  const { scalars, lists } = structuredCandidates(jsonLd, meta, base, meta.title);
  const microdata = microdataCandidates(document, base);
  scalars.push(...microdata.scalars);
  lists.push(...microdata.lists);

  const headings = getElementsByTagName((name) => name === 'h1' || name === 'h2', document, true).map((heading) => textOf(heading));
  if (meta.title !== undefined) {
    scalars.push({ field: 'title', value: cleanDocumentTitle(meta.title, headings), origin: { source: 'html:title' }, score: 0.5 });
  }

  const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
  const dates = getElementsByTagName('time', body, true)
    .map((time) => structuredDate(attr(time, 'datetime') ?? textOf(time)))
    .filter((iso): iso is string => iso !== undefined);
  if (dates[0] !== undefined) scalars.push({ field: 'publishedAt', value: dates[0], origin: { source: 'html:time datetime' }, score: 0.5 });

  const kind = kindOfHtml(document, jsonLd, meta);
  for (const name of takeBylineElement(body as Element)) lists.push({ field: 'authors', value: { name }, origin: { source: 'html:byline element' }, score: 0.5 });
  // Readability's retry: when stripping chrome by class names leaves too little, try again without that step.
  const restoreChrome = removeChrome(body);
  let { chunks, images, content } = extract(body, base);
  if (textLength(chunks) < MIN_ARTICLE_LENGTH) {
    restoreChrome();
    const second = extract(body, base);
    if (second.chunks.length === 0) second.chunks.push(...serialiseContent(childElementsOf(body), base).chunks);
    if (textLength(second.chunks) > textLength(chunks)) ({ chunks, images, content } = second);
  }
  for (const image of images) lists.push({ field: 'images', value: image, origin: { source: 'html:content image' }, score: 1 });
  lists.push(...contentLinks(content, canonical ?? pageUrl, base));

  const context = [meta.title, meta.values.get('og:description')].filter((text): text is string => text !== undefined);
  return { format: 'html', layout: 'html', kind, scalars, lists, body: { chunks }, leftovers: [], context };
}

