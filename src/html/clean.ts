import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { detachRestorably } from './detach';
import { attr, classAndId, findElements, isHidden } from './dom';
import { classWeight } from './content';
import { type TextMeasure, type TextMeasures, linkDensityOf, measureText, textPrefix } from './text-measure';

/**
 * Cleaning the chosen content of what is not the article, container by container, as Readability's conditional
 * cleaning does: chrome-named containers, link lists, ad and loading placeholders, image galleries with no text,
 * runs of list items outside a list, short link-only blocks, headings named as chrome and small share widgets.
 * Counts (paragraphs, images, list items, heading text) are gathered bottom-up in one pass, so the cost is linear.
 * @module
 */

/** Containers the cleaning may remove. */
const CLEANED_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'header', 'form', 'fieldset']);
/** Whole texts that only label an ad slot or a loading placeholder (Readability's `adWords`/`loadingWords`). */
const PLACEHOLDER_TEXT = /^(?:ad(?:vertising|vertisement)?|advertisements?|anzeige|pub(?:licité)?|publicidad|werbung|reklama|pubblicità|广告|広告|Реклама|Anuncio|loading|正在加载|読み込み中|Загрузка|chargement|cargando|wird geladen)(?:…|\.\.\.)?$/iu;
/** Class/id of a share widget (`share`, `sharedaddy`, as a word). */
const SHARE = /(?:\b|_)(?:share|sharedaddy)(?:\b|_)/u;
/**
 * Class/id words of the regions pages set around an article, one pattern per concern: a container named so goes
 * unless it holds the article's first prose paragraph (then it is the article, whatever its name).
 */
const BOILERPLATE_NAMES: readonly RegExp[] = [
  // related, "more from", recommendations, trending and most-read lists, content-recommendation widgets
  /popular|trending|recommend|more-(?:stories|articles|from|news)|also-(?:read|like)|taboola|outbrain|next-(?:article|story|post)/u,
  // newsletter sign-ups, subscription and paywall prompts
  /newsletter|subscri|sign-?up|paywall|regwall/u,
  // author bio boxes
  /author-?(?:bio|box|info|card|about)|about-?(?:the-?)?author|bio-?box/u,
  // cookie and consent notices
  /cookie|consent/u,
];

/** A breadcrumb separator standing alone between words (`Home > News > World`, `HOME ＞ イベント`). */
const CRUMB_SEPARATOR = /(?:^|\s)[>＞»›→/](?=\s)/gu;

/** Table structure that marks a data table (kept whatever its text). */
const DATA_TABLE_PARTS = new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']);

/** Thresholds of the cleaning, one scale per measure (characters, shares, counts). */
const enum CLEAN_WEIGHTS {
  /** A container with this many commas is prose: never removed by the shape checks. */
  proseCommas = 10,
  /** Link density above which a container of ordinary weight is a link block (unless it is a list). */
  linkDensity = 0.2,
  /** Link density above which even a content-named container (weight ≥ `contentWeight`) is a link block. */
  contentLinkDensity = 0.5,
  contentWeight = 25,
  /** List items beyond this many more than paragraphs make a container a list of links or teasers. */
  listItemAllowance = 100,
  /** Fewer paragraphs than this share of images: a gallery or a teaser grid. */
  paragraphsPerImage = 0.5,
  /** A container shorter than this (characters) that holds links and is not mostly headings is a stray link. */
  shortText = 25,
  headingShare = 0.9,
  /** Up to this many images, a short linked block is a picture with its link, not a stray link. */
  fewImages = 2,
  /** A list whose items hold this share of a container's text makes the container a list. */
  listShare = 0.9,
  /** A container denser in links than this, shorter than `linkListMaxLength`, with no sentence in its first
   * `linkListProbe` characters, is a link list (section links, tags, a menu left in the content) when it stands
   * before the article's first prose paragraph and not under a heading of its own; after it, or under a heading,
   * it is as often the article's own list of links. */
  linkListDensity = 0.5,
  linkListMaxLength = 2000,
  linkListProbe = 200,
  /** A paragraph of the article's prose (what bounds its span): this long at least, links under this share. */
  proseLength = 80,
  proseLinkDensity = 0.25,
  /** Separators that make a link-only paragraph above the lede a breadcrumb trail. */
  crumbSeparators = 2,
  /** A share widget shorter than this (characters) is removed. */
  shareMaxLength = 500,
  /** Data tables: at least this many rows, or more than `dataColumns` columns, or more than `dataCells` cells. */
  dataRows = 10,
  dataColumns = 4,
  dataCells = 10,
}

/** Counts of the elements under one element (the element included), gathered bottom-up. */
interface Counts {
  paragraphs: number;
  images: number;
  listItems: number;
  headingLength: number;
  listLength: number;
  dataTables: number;
  tableParts: number;
  tables: number;
  rows: number;
  columns: number;
  /** Elements below this one: in document order they follow it directly. */
  size: number;
}

const zero = (): Counts => ({ paragraphs: 0, images: 0, listItems: 0, headingLength: 0, listLength: 0, dataTables: 0, tableParts: 0, tables: 0, rows: 0, columns: 0, size: 0 });

/** Whether a table holds data (kept) rather than page layout, from its own counts (Readability's rules). */
function isDataTable(table: Element, counts: Counts): boolean {
  if (attr(table, 'role') === 'presentation' || attr(table, 'datatable') === '0') return false;
  if (attr(table, 'summary') !== undefined || counts.tableParts > 0) return true;
  if (counts.tables > 0 || counts.columns <= 1 || counts.rows <= 1) return false;
  return counts.rows >= CLEAN_WEIGHTS.dataRows || counts.columns > CLEAN_WEIGHTS.dataColumns || counts.rows * counts.columns > CLEAN_WEIGHTS.dataCells;
}

/**
 * The counts of every element of a list in document order (an element's descendants follow it directly), by index
 * in the list, children before parents: an element's child elements are found by their place, no map from element.
 */
function countAll(elements: readonly Element[], measures: TextMeasures): { counts: Counts[]; dataTables: Set<Element> } {
  // Filled from the end: an array of the list's length from the start (one grown from its end would be a dictionary).
  const counts = new Array<Counts>(elements.length);
  const dataTables = new Set<Element>();
  // The counts of every link that holds no element (most of a page's leaves): zero, one record for all (read only).
  const none = zero();
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index] as Element;
    // A link's name adds to no count: one that holds no element keeps the shared zeros, which nothing below writes.
    const own = element.name === 'a' && elements[index + 1]?.parent !== element ? none : zero();
    // The first child element comes next, each further one right after the one before and its descendants.
    for (let child = index + 1; elements[child]?.parent === element; child += (counts[child]?.size ?? 0) + 1) {
      const inner = counts[child] as Counts;
      own.paragraphs += inner.paragraphs;
      own.images += inner.images;
      own.listItems += inner.listItems;
      own.headingLength += inner.headingLength;
      own.listLength += inner.listLength;
      own.dataTables += inner.dataTables;
      own.tableParts += inner.tableParts;
      own.tables += inner.tables;
      own.rows += inner.rows;
      own.columns = Math.max(own.columns, inner.columns);
      own.size += inner.size + 1;
    }
    const length = measures.lengthOf(element) ?? 0;
    const name = element.name;
    if (name === 'p' || ((name === 'div' || name === 'section') && length > 0 && own.paragraphs === 0 && !element.children.some((child) => isTag(child) && CLEANED_TAGS.has(child.name)))) own.paragraphs += 1;
    if (name === 'img') own.images += 1;
    if (name === 'li') own.listItems += 1;
    if (name.startsWith('h') && /^h[1-6]$/u.test(name)) own.headingLength = length;
    if (name === 'ul' || name === 'ol') own.listLength = length;
    if (DATA_TABLE_PARTS.has(name) || (name === 'caption' && length > 0)) own.tableParts += 1;
    if (name === 'tr') {
      own.rows += 1;
      own.columns = element.children.reduce((sum, child) => sum + ((child as Element).name === 'td' || (child as Element).name === 'th' ? Number(attr(child as Element, 'colspan') ?? 1) || 1 : 0), 0);
    }
    if (name === 'table') {
      if (isDataTable(element, own)) {
        own.dataTables += 1;
        dataTables.add(element);
      }
      // What a table tells its ancestors: that it is (or holds) a table, not its rows and parts.
      counts[index] = { ...own, tables: own.tables + 1, rows: 0, columns: 0, tableParts: 0 };
      continue;
    }
    counts[index] = own;
  }
  return { counts, dataTables };
}

/** Whether the element right before this one is a heading (the list is a section of the article, under its title). */
function followsHeading(element: Element): boolean {
  let previous = element.prev;
  while (previous !== null && previous.type !== 'tag') previous = previous.prev;
  return previous !== null && /^h[1-6]$/u.test((previous as Element).name);
}

/** Whether an element reads as a list of links: mostly link text, not long, no sentence at its start. */
function isLinkList(element: Element, measure: TextMeasure): boolean {
  return linkDensityOf(measure) > CLEAN_WEIGHTS.linkListDensity && measure.length < CLEAN_WEIGHTS.linkListMaxLength && !/[.!?]\s/u.test(textPrefix(element, CLEAN_WEIGHTS.linkListProbe));
}

/** Whether a paragraph is a breadcrumb trail: mostly links, two separators or more, no sentence. */
function isBreadcrumb(element: Element, measure: TextMeasure): boolean {
  if (!isLinkList(element, measure)) return false;
  return (textPrefix(element, CLEAN_WEIGHTS.linkListProbe).match(CRUMB_SEPARATOR)?.length ?? 0) >= CLEAN_WEIGHTS.crumbSeparators;
}

/**
 * Whether a container reads as chrome rather than article: Readability's conditional cleaning on measured counts.
 */
function isChromeContainer(element: Element, measure: TextMeasure, own: Counts, place: { dataTable: boolean; figure: boolean; beforeProse: boolean }, weighClasses: boolean): boolean {
  const { dataTable, figure, beforeProse } = place;
  if (dataTable || own.dataTables > 0) return false;
  const weight = weighClasses ? classWeight(element) : 0;
  if (weight < 0) return true;
  if (measure.commas >= CLEAN_WEIGHTS.proseCommas) return false;
  const length = measure.length;
  const isList = element.name === 'ul' || element.name === 'ol' || (length > 0 && own.listLength / length > CLEAN_WEIGHTS.listShare);
  if (length > 0 && PLACEHOLDER_TEXT.test(textPrefix(element, CLEAN_WEIGHTS.shortText))) return true;
  const density = linkDensityOf(measure);
  if (beforeProse && isLinkList(element, measure)) return true;
  const headingDensity = length === 0 ? 0 : own.headingLength / length;
  const shady =
    (!figure && own.images > 1 && own.paragraphs / own.images < CLEAN_WEIGHTS.paragraphsPerImage) ||
    (!isList && own.listItems - CLEAN_WEIGHTS.listItemAllowance > own.paragraphs) ||
    (!isList && !figure && headingDensity < CLEAN_WEIGHTS.headingShare && length < CLEAN_WEIGHTS.shortText && (own.images === 0 || own.images > CLEAN_WEIGHTS.fewImages) && density > 0) ||
    (!isList && weight < CLEAN_WEIGHTS.contentWeight && density > CLEAN_WEIGHTS.linkDensity) ||
    (weight >= CLEAN_WEIGHTS.contentWeight && density > CLEAN_WEIGHTS.contentLinkDensity) ||
    (own.images === 0 && length === 0);
  if (!shady || !isList) return shady;
  // A list of images (one image per item, nothing else) stays.
  const items = element.children.filter((child): child is Element => child.type === 'tag');
  return !(items.every((item) => item.children.filter((child) => child.type === 'tag').length <= 1) && own.images === own.listItems);
}

/**
 * Removes, inside the content, what reads as chrome: see the module comment. Mutates the document.
 *
 * @param content - the content elements
 * @param pageMeasures - the text measures the content search took on the document as it is (an element's length,
 *   commas and link text do not depend on where the walk started)
 * @param weighClasses - whether class and id names count (off on the retry that found too little with them, as
 *   Readability's later attempts drop its flags one by one)
 * @returns a function that puts the removed containers back (for a retry on the untouched document)
 */
export function cleanContent(content: readonly Element[], pageMeasures: TextMeasures, weighClasses = true): () => void {
  const all = findElements(content);
  // Content above the measured root (a scored ancestor of the body) is measured here.
  const measures = content.every((element) => pageMeasures.get(element) !== undefined) ? pageMeasures : measureText(content);
  const { counts, dataTables } = countAll(all, measures);
  // Where the article's prose starts: its first prose paragraph, as an index into `all`.
  let first = -1;
  for (let index = 0; index < all.length; index++) {
    const element = all[index] as Element;
    const measure = element.name === 'p' && (measures.lengthOf(element) ?? 0) >= CLEAN_WEIGHTS.proseLength ? measures.get(element) : undefined;
    if (measure === undefined || linkDensityOf(measure) >= CLEAN_WEIGHTS.proseLinkDensity) continue;
    first = index;
    break;
  }
  // One pass in document order. An element's descendants are the `size` elements after it, so "inside a data
  // table, code or a figure" and "inside a removed container" are running bounds, not walks up the tree.
  const contentSet = new Set(content);
  const outermost: Element[] = [];
  let protectedUntil = -1;
  let figureUntil = -1;
  let doomedUntil = -1;
  for (let index = 0; index < all.length; index++) {
    const element = all[index] as Element;
    // The length first: the measures as an object only for the few checks that read more of them.
    const length = measures.lengthOf(element);
    if (length === undefined || index <= doomedUntil) continue;
    const own = counts[index] ?? zero();
    const names = classAndId(element);
    const isProtected = index <= protectedUntil;
    let doomed = false;
    if (weighClasses && (element.name === 'h1' || element.name === 'h2') && classWeight(element) < 0) doomed = true;
    else if (weighClasses && SHARE.test(names) && length < CLEAN_WEIGHTS.shareMaxLength && !contentSet.has(element)) doomed = true;
    else if (isHidden(element)) doomed = true;
    else if (element.name === 'p' && index < first && isBreadcrumb(element, measures.get(element) as TextMeasure)) doomed = true;
    else if (weighClasses && CLEANED_TAGS.has(element.name) && BOILERPLATE_NAMES.some((pattern) => pattern.test(names)) && !(index <= first && index + own.size >= first)) doomed = true;
    else if (CLEANED_TAGS.has(element.name) && !isProtected) {
      const beforeProse = (first < 0 || index + own.size < first) && !followsHeading(element);
      doomed = isChromeContainer(element, measures.get(element) as TextMeasure, own, { dataTable: dataTables.has(element), figure: index <= figureUntil, beforeProse }, weighClasses);
    }
    if (doomed) {
      // Only the outermost of nested removals is detached (and put back); what it holds goes and comes back with it.
      outermost.push(element);
      doomedUntil = index + own.size;
      continue;
    }
    if (element.name === 'code' || element.name === 'pre' || dataTables.has(element)) protectedUntil = Math.max(protectedUntil, index + own.size);
    if (element.name === 'figure') figureUntil = Math.max(figureUntil, index + own.size);
  }
  return detachRestorably(outermost);
}
