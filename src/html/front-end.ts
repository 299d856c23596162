import { getElementsByTagName, removeElement } from 'domutils';
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Draft, ListCandidate, RawChunk } from '../model/draft';
import type { ResolvedOptions } from '../options';
import type { Image } from '../model/article';
import { parseByline } from '../fields/byline';
import { isSameSite, toHttpUrl, urlKey } from '../fields/urls';
import { countWords } from '../text/prose';
import { serialiseContent } from './blocks';
import { cleanContent, findMainContent, isBlockElement, removeChrome } from './content';
import { attr, classAndId, isHidden, limitDepth, textOf } from './dom';
import { textPrefix } from './text-measure';
import { appendAll } from '../model/append';
import { readJsonLd } from './json-ld';
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
    const text = textPrefix(element, 100);
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

/** Characters of a `<time>` element's text that are read for a date (a date is short; a flood is no date). */
const TIME_TEXT_LIMIT = 200;

/** The date of the first `<time>` element that gives one (its `datetime`, else the start of its text). */
function firstTimeDate(body: Document | Element): string | undefined {
  for (const time of getElementsByTagName('time', body, true)) {
    const iso = structuredDate(attr(time, 'datetime') ?? textPrefix(time, TIME_TEXT_LIMIT));
    if (iso !== undefined) return iso;
  }
  return undefined;
}

/**
 * Text standing directly in the body (or the document, for a fragment), outside the content: runs of text and
 * inline elements between blocks. It is no article text, but it is not dropped either: it goes to leftovers.
 */
function bareText(body: Document | Element, content: readonly Element[]): string[] {
  // The content's ancestors: an inline element around the content (a `<center>`, a `<font>`) is not bare text.
  if (content.some((element) => element === body)) return [];
  const holders = new Set<ChildNode | Document>([body]);
  for (const element of content) {
    for (let node: ChildNode | Document | null = element; node !== null && !holders.has(node); node = node.parent) holders.add(node);
  }
  const runs: string[] = [];
  let run: ChildNode[] = [];
  const flush = (): void => {
    const text = run.length === 0 ? '' : textOf(run);
    if (/[\p{L}\p{N}]/u.test(text)) runs.push(text);
    run = [];
  };
  for (const child of body.children) {
    if (child.type === 'text' || (isTag(child) && child.type === 'tag' && !isBlockElement(child) && !holders.has(child))) run.push(child);
    else flush();
  }
  flush();
  return runs;
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
  appendAll(scalars, microdata.scalars);
  appendAll(lists, microdata.lists);

  const headings = getElementsByTagName((name) => name === 'h1' || name === 'h2', document, true).map((heading) => textOf(heading));
  if (meta.title !== undefined) {
    scalars.push({ field: 'title', value: cleanDocumentTitle(meta.title, headings), origin: { source: 'html:title' }, score: 0.5 });
  }

  const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
  const date = firstTimeDate(body);
  if (date !== undefined) scalars.push({ field: 'publishedAt', value: date, origin: { source: 'html:time datetime' }, score: 0.5 });

  for (const name of takeBylineElement(body as Element)) lists.push({ field: 'authors', value: { name }, origin: { source: 'html:byline element' }, score: 0.5 });
  // Readability's retry: when stripping chrome by class names leaves too little, try again without that step.
  const restoreChrome = removeChrome(body);
  let { chunks, images, content } = extract(body, base);
  let wholeBody = false;
  if (textLength(chunks) < MIN_ARTICLE_LENGTH) {
    restoreChrome();
    const second = extract(body, base);
    // Nothing scored: the body's own children are the content (bare text directly in it included).
    const whole = second.chunks.length === 0;
    if (whole) appendAll(second.chunks, serialiseContent(body.children, base).chunks);
    if (textLength(second.chunks) > textLength(chunks)) {
      ({ chunks, images, content } = second);
      wholeBody = whole;
    }
  }
  for (const image of images) lists.push({ field: 'images', value: image, origin: { source: 'html:content image' }, score: 1 });
  appendAll(lists, contentLinks(content, canonical ?? pageUrl, base));

  const context = [meta.title, meta.values.get('og:description')].filter((text): text is string => text !== undefined);
  return { format: 'html', layout: 'html', scalars, lists, body: { chunks }, leftovers: wholeBody ? [] : bareText(body, content), context };
}

