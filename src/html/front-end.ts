import type { ChildNode, Document, Element } from 'domhandler';
import type { Candidates } from '../model/candidates';
import type { Draft, ListCandidate, RawChunk, ScalarCandidate } from '../model/draft';
import { TRUST } from '../model/trust';
import type { ResolvedOptions } from '../options';
import type { Image } from '../model/article';
import { isSameSite, toHttpUrl, urlKey } from '../fields/urls';
import { slugWordsOf } from '../fields/slug';
import { countWords } from '../text/prose';
import { serialiseContent } from './blocks';
import { cleanContent } from './clean';
import { type MainContent, findMainContent, isBlockElement } from './content';
import { removeChrome } from './chrome';
import { attr, findElements, textOf } from './dom';
import { readJsonLd } from './json-ld';
import { kindOfHtml } from './kind';
import { type PageMetadata, readMetadata } from './metadata';
import { namesShownFor } from './profile-names';
import { microdataCandidates } from './microdata';
import { parseHtmlDocument } from './parse-document';
import { indexElements } from './element-index';
import { structuredCandidates } from './structured-data';
import { cleanDocumentTitle } from './title';
import { leadingTitleChunks, visibleHeadline } from './headline';
import { headerChunkIndexes } from './header-lines';
import { visibleText } from './visible-text';
import { takeBylineElement } from './byline-element';
import { dateElementDates, timeElementDates } from './date-element';

/**
 * The HTML front end: one htmlparser2 parse per input; structured data (JSON-LD, meta tags) and the main content
 * found on the DOM feed the same assembler as the text front ends.
 * @module
 */

/** Fewest words of a URL slug that names an article. */
const MIN_SLUG_WORDS = 3;

/** Whether a URL path looks like an article's: a slug of three words or more, a year folder, or a long id. */
function isArticlePath(path: string): boolean {
  return path.split('/').some((segment) => segment.split(/[-_]/u).filter((part) => part.length > 0).length >= MIN_SLUG_WORDS || /^(?:19|20)\d{2}$/u.test(segment) || /\d{6,}/u.test(segment));
}

/** Fewest words of a link's text for the link to be a related article. */
const MIN_LINK_WORDS = 3;

/** Links inside the content to other pages of the same site, with their anchor text. */
function readContentLinks(elements: readonly Element[], pageUrl: string | undefined, base: string | undefined, candidates: Candidates): void {
  if (pageUrl === undefined) return;
  const own = urlKey(pageUrl);
  for (const anchor of findElements(elements, (anchor) => anchor.name === 'a')) {
    const href = attr(anchor, 'href');
    const url = href === undefined ? undefined : toHttpUrl(href, base ?? pageUrl);
    if (url === undefined || !isSameSite(url, pageUrl) || urlKey(url) === own) continue;
    if (!isArticlePath(new URL(url).pathname)) continue;
    const title = textOf(anchor);
    if (countWords(title) < MIN_LINK_WORDS) continue;
    candidates.list('relatedLinks', { url, title }, { source: 'html:content link' }, TRUST.visibleText);
  }
}

/** The profile links `article:author` gives instead of names (one or several, comma-separated, in one tag). */
function profileLinksOf(meta: PageMetadata, base: string | undefined): string[] {
  const values = [...(meta.all.get('article:author') ?? []), ...(meta.all.get('og:article:author') ?? [])];
  return values.flatMap((value) => value.split(',')).flatMap((value) => {
    const link = value.trim();
    const url = /^(?:(?:https?:)?\/\/|\/)/iu.test(link) ? toHttpUrl(link, base) : undefined;
    return url === undefined ? [] : [url];
  });
}

/** Below this many characters of text, the first extraction is retried with fewer removals. */
const MIN_ARTICLE_LENGTH = 500;

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
    if (child.type === 'text' || (child.type === 'tag' && !isBlockElement(child as Element) && !holders.has(child))) run.push(child);
    else flush();
  }
  flush();
  return runs;
}

/**
 * One extraction attempt on a body whose chrome has been removed; `restore` puts back what its cleaning removed.
 * `content` is the main content when it is known already (the document unchanged since it was found).
 */
function extract(body: Document | Element, base: string | undefined, weighClasses: boolean, found = findMainContent(body)): { chunks: RawChunk[]; images: Image[]; content: Element[]; found: MainContent; restore: () => void } {
  const content = found.elements;
  const restore = cleanContent(content, found.measures, weighClasses);
  return { ...serialiseContent(content, base), content, found, restore };
}

/** Characters of text in body chunks. */
function textLength(chunks: readonly RawChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
}

/** The fields the page's visible text may supply when the markup does not. */
const SHOWN_TEXT_FIELDS = new Set(['publishedAt', 'modifiedAt']);

/**
 * Candidates from the page's visible text, read by the page-text reader, for the people and dates the markup does
 * not give (pages that show their byline and dateline only as text).
 */
function shownTextCandidates(shown: Draft, missing: { authors: boolean; date: boolean }): { scalars: ScalarCandidate[]; lists: ListCandidate[] } {
  const scalars = missing.date ? shown.scalars.filter((candidate) => SHOWN_TEXT_FIELDS.has(candidate.field)).map(asShownText) : [];
  const lists = missing.authors ? shown.lists.filter((candidate) => candidate.field === 'authors').map(asShownText) : [];
  return { scalars, lists };
}

/** A candidate of the page-text reader, relabelled as read from the HTML page's visible text, at its trust. */
function asShownText<T extends ScalarCandidate | ListCandidate>(candidate: T): T {
  return { ...candidate, origin: { ...candidate.origin, source: 'html:shown text' }, score: TRUST.shownText };
}


/**
 * Reads an HTML document into a draft.
 *
 * @param html - the HTML source
 * @param options - the parse options (the page URL is used, when given)
 * @param readShownText - the page-text reader, for the page's visible text when the markup names no author or date
 * @returns the draft
 */
export function readHtml(html: string, options: ResolvedOptions, readShownText?: (text: string) => Draft): Draft {
  const pageUrl = options.url;
  const document = parseHtmlDocument(html);
  // Too deep nesting flattened, and the elements the readers below look up found in the same walk.
  const index = indexElements(document);
  const meta = readMetadata(index);
  const jsonLd = readJsonLd(index);
  const canonical = meta.canonical === undefined ? undefined : toHttpUrl(meta.canonical, pageUrl);
  const base = (meta.base === undefined ? undefined : toHttpUrl(meta.base, pageUrl ?? canonical)) ?? pageUrl ?? canonical;
  const candidates = structuredCandidates(jsonLd, meta, base, meta.title);
  candidates.add(microdataCandidates(index.all('scopes'), base));

  const headings = index.all('headings').map((heading) => textOf(heading));
  if (meta.title !== undefined) {
    candidates.scalar('title', cleanDocumentTitle(meta.title, headings), { source: 'html:title' }, TRUST.visibleText);
  }

  const body = index.body ?? document;
  const titles = [meta.values.get('og:title'), meta.title, meta.values.get('twitter:title')].filter((title): title is string => title !== undefined);
  const siteNames = [meta.values.get('og:site_name'), meta.values.get('application-name')].filter((name): name is string => name !== undefined);
  const kind = kindOfHtml(document, index, jsonLd, meta);
  const evidence = { titles, cleanTitles: titles.map((title) => cleanDocumentTitle(title, headings)), siteNames, slugWords: slugWordsOf(pageUrl ?? canonical), article: kind.kind === 'article' };
  const shownHeadline = visibleHeadline(index.inBody('headings'), evidence);
  if (shownHeadline !== undefined) candidates.scalar('title', shownHeadline, { source: 'html:h1' }, TRUST.agreeingHeadline);
  // The `<time>` elements' dates, else those of elements named for a date.
  const times = timeElementDates(body, options.referenceDate, index.inBody('time'));
  const named = times.published === undefined ? dateElementDates(body, options.referenceDate) : undefined;
  for (const [field, time, element] of [['publishedAt', times.published, named?.published], ['modifiedAt', times.modified, named?.modified]] as const) {
    const iso = time ?? element;
    if (iso !== undefined) candidates.scalar(field, iso, { source: time === undefined ? 'html:date element' : 'html:time datetime' }, TRUST.visibleText);
  }

  let shown: string | undefined;
  const shownText = (): string => (shown ??= visibleText(body));
  const profileLinks = profileLinksOf(meta, base);
  if (profileLinks.length > 0) {
    for (const name of namesShownFor(profileLinks, shownText())) candidates.list('authors', { name }, { source: 'html:meta article:author' }, TRUST.articleMeta);
  }
  const missing = { authors: !candidates.lists.some((candidate) => candidate.field === 'authors'), date: !candidates.has('publishedAt') };
  if (readShownText !== undefined && (missing.authors || missing.date)) candidates.add(shownTextCandidates(readShownText(shownText()), missing));
  for (const name of takeBylineElement(index.inBody('named'))) candidates.list('authors', { name }, { source: 'html:byline element' }, TRUST.visibleText);
  // Readability's retry: when stripping chrome by class names leaves too little, try again without that step.
  const restoreChrome = removeChrome(body);
  const first = extract(body, base, true);
  let { chunks, images, content } = first;
  let wholeBody = false;
  if (textLength(chunks) < MIN_ARTICLE_LENGTH) {
    // The retry starts from the document as it was: the first cleaning and the chrome removal undone, in that order.
    first.restore();
    restoreChrome?.();
    // With no chrome container to put back, the document is the one the first attempt searched: same content.
    const second = extract(body, base, false, restoreChrome === undefined ? first.found : undefined);
    // Nothing scored: the body's own children are the content (bare text directly in it included).
    const whole = second.chunks.length === 0;
    // The body's chunks as they are (no copy into the empty list: a page of many tiny blocks has hundreds of thousands).
    if (whole) second.chunks = serialiseContent(body.children, base).chunks;
    if (textLength(second.chunks) > textLength(chunks)) {
      ({ chunks, images, content } = second);
      wholeBody = whole;
    }
  }
  // The headline is the title, not the first body block (a heading above the lede repeats it on many pages).
  const titleValues = candidates.scalars.flatMap((candidate) => (candidate.field === 'title' && typeof candidate.value === 'string' ? [candidate.value] : []));
  // No copy when nothing is cut (a page of many tiny blocks has hundreds of thousands of chunks).
  const leading = leadingTitleChunks(chunks, [...titleValues, ...titles]);
  if (leading > 0) chunks = chunks.slice(leading);
  // Credits lines above the lede are header (the first chunks: their indexes run from 0): the body starts at the lede.
  const headerLines = chunks.slice(0, headerChunkIndexes(chunks).length).map((chunk) => chunk.text);
  if (headerLines.length > 0) chunks = chunks.slice(headerLines.length);
  for (const image of images) candidates.list('images', image, { source: 'html:content image' }, TRUST.visibleText);
  readContentLinks(content, canonical ?? pageUrl, base, candidates);

  const context = [meta.title, meta.values.get('og:description')].filter((text): text is string => text !== undefined);
  return { format: 'html', layout: 'html', kind, scalars: candidates.scalars, lists: candidates.lists, body: { chunks }, leftovers: [...headerLines, ...(wholeBody ? [] : bareText(body, content))], context };
}

