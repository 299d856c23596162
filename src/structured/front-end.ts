import type { Draft, ListCandidate, RawChunk, ScalarCandidate } from '../model/draft';
import { normalizeLanguageTag } from '../fields/language';
import { isPersonName } from '../fields/people';
import { isSameSite } from '../fields/urls';
import type { Image, Size } from '../model/article';
import type { ResolvedOptions } from '../options';
import { countWords } from '../text/prose';
import { shapeOfBlock } from './block-shape';
import { splitBlocks, stripEchoedSuffix } from './blocks';
import { readLabels } from './label-fields';
import { pickTitle } from './labels';
import type { Origin, ShapedBlock, Use } from './shaped-block';

/**
 * The structured-dump front end: a page's metadata values and body, one block per value, no key names.
 * Each block's field is decided from its shape and its place among the others.
 * @module
 */

/**
 * Reads a structured dump into a {@link Draft}.
 *
 * @param text - normalised input text
 * @param options - the parse options (the page URL is used, when known)
 * @returns candidates, raw body and leftovers
 */
export function readStructuredDump(text: string, options: ResolvedOptions): Draft {
  const raw = splitBlocks(text).map((block) => block.replace(/\s+/gu, ' '));
  const shortBlocks = new Set(raw.filter((block) => countWords(block, 4) <= 3));
  const echoed = new Set<string>();
  const shaped: ShapedBlock[] = raw.map((block, index) => {
    let shape = shapeOfBlock(block);
    if (shape.kind === 'label' && !shape.person) {
      const stripped = stripEchoedSuffix(block, shortBlocks);
      if (stripped !== block && isPersonName(stripped)) {
        shape = { kind: 'person-detail', name: stripped };
        echoed.add(block.slice(stripped.length).trim());
      }
    }
    return { index, text: block, shape };
  });
  // A value echoed at the end of a person's block (a place, an affiliation) is not itself a person.
  const blocks = shaped.map((block): ShapedBlock =>
    block.shape.kind === 'label' && echoed.has(block.text) ? { ...block, shape: { kind: 'label', person: false } } : block,
  );

  const scalars: ScalarCandidate[] = [];
  const lists: ListCandidate[] = [];
  const used = new Set<number>();
  const origin: Origin = (block) => ({ source: 'structured:block', at: block.index });
  const use = (block: ShapedBlock): void => {
    used.add(block.index);
  };

  // Body: the longest prose block. Description: the first other prose block.
  const prose = blocks.filter((block) => block.shape.kind === 'prose');
  const bodyBlock = prose.reduce<ShapedBlock | undefined>(
    (best, block) => (best === undefined || block.text.length > best.text.length ? block : best),
    undefined,
  );
  const chunks: RawChunk[] = [];
  if (bodyBlock !== undefined) {
    chunks.push({ text: bodyBlock.text });
    use(bodyBlock);
  }
  const bodyText = bodyBlock?.text ?? '';

  // Title: the best headline-like block; its repeats are the same value.
  const titleBlock = pickTitle(blocks, bodyBlock);
  if (titleBlock !== undefined) {
    scalars.push({ field: 'title', value: titleBlock.text, origin: origin(titleBlock), score: 2 });
    for (const block of blocks) if (block.text === titleBlock.text) use(block);
  }

  // Description: the first other prose block; failing that, a long unpunctuated standfirst.
  const descriptionBlock =
    prose.find((block) => block !== bodyBlock && block !== titleBlock && countWords(block.text, 151) <= 150) ??
    blocks.find((block) => block.shape.kind === 'label' && !block.shape.person && block !== titleBlock && countWords(block.text, 8) >= 8);
  if (descriptionBlock !== undefined) {
    scalars.push({ field: 'description', value: descriptionBlock.text, origin: origin(descriptionBlock), score: 2 });
    for (const block of blocks) if (block.text === descriptionBlock.text) use(block);
  }

  readUrls(blocks, options, scalars, lists, use, origin);
  readDates(blocks, scalars, use, origin);

  let imageSizes: Size[] = [];
  let imageCaption: string | undefined;
  for (const block of blocks) {
    const { shape } = block;
    switch (shape.kind) {
      case 'size':
        imageSizes = [...imageSizes, ...shape.sizes];
        if (imageCaption === undefined && shape.caption !== undefined) imageCaption = shape.caption;
        use(block);
        break;
      case 'number':
        if (shape.value >= 1900 && shape.value <= 2100 && !scalars.some((c) => c.field === 'copyrightYear')) {
          scalars.push({ field: 'copyrightYear', value: shape.value, origin: origin(block), score: 1 });
          use(block);
        }
        break;
      case 'selectors':
        scalars.push({ field: 'speakable', value: shape.selectors, origin: origin(block), score: 1 });
        use(block);
        break;
      case 'publisher':
        scalars.push({ field: 'publisher', value: shape.publisher, origin: origin(block), score: publisherRichness(shape.publisher) });
        if (shape.publisher.name !== undefined) {
          scalars.push({ field: 'siteName', value: shape.publisher.name, origin: origin(block), score: 1 });
        }
        use(block);
        break;
      case 'locale': {
        const tag = normalizeLanguageTag(shape.code);
        const isolated = !isLabelAt(blocks, block.index - 1) || !isLabelAt(blocks, block.index + 1);
        if (tag !== undefined && (shape.code.length > 2 || isolated)) {
          scalars.push({ field: 'language', value: tag, origin: origin(block), score: 2 });
          use(block);
        }
        break;
      }
      case 'list':
        for (const item of shape.items) lists.push({ field: 'keywords', value: item, origin: origin(block), score: 1 });
        use(block);
        break;
      case 'key-value':
        if (/^(?:tags?|topics?|keywords?)$/iu.test(shape.key)) {
          lists.push({ field: 'tags', value: shape.value, origin: origin(block), score: 1 });
          use(block);
        }
        break;
      default:
        break;
    }
  }
  if (imageSizes.length > 0) attachImageSize(scalars, imageSizes, imageCaption);

  readLabels(blocks, used, bodyText, scalars, lists, use, origin);

  const leftovers = blocks.filter((block) => !used.has(block.index)).map((block) => block.text);
  const context = [titleBlock?.text, descriptionBlock?.text].filter((value): value is string => value !== undefined);
  // A dump of a page's article object is an article; without a body it may be only its metadata.
  const kind = { kind: 'article', confidence: bodyBlock === undefined ? 0.6 : 0.9 } as const;
  return { format: 'text', layout: 'structured', kind, scalars, lists, body: { chunks }, leftovers, context };
}

function isLabelAt(blocks: readonly ShapedBlock[], index: number): boolean {
  const kind = blocks[index]?.shape.kind;
  return kind === 'label' || kind === 'locale';
}

/** More details make a publisher block more trustworthy than a bare name. */
function publisherRichness(publisher: object): number {
  return Object.keys(publisher).length;
}

/** Canonical URL, lead image, images and related links from URL blocks. */
function readUrls(
  blocks: readonly ShapedBlock[],
  options: ResolvedOptions,
  scalars: ScalarCandidate[],
  lists: ListCandidate[],
  use: Use,
  origin: Origin,
): void {
  const pageUrls = blocks.filter((block) => block.shape.kind === 'url' && !block.shape.image);
  const known = options.url;
  const canonical =
    pageUrls.find((block) => known !== undefined && block.shape.kind === 'url' && isSameSite(block.shape.url, known)) ?? pageUrls[0];
  const canonicalUrl = canonical?.shape.kind === 'url' ? canonical.shape.url : known;
  if (canonical !== undefined && canonicalUrl !== undefined) {
    scalars.push({ field: 'url', value: canonicalUrl, origin: origin(canonical), score: 2 });
  }
  for (const block of blocks) {
    const { shape } = block;
    if (shape.kind === 'url') {
      if (shape.url === canonicalUrl) use(block);
      else if (shape.image) {
        lists.push({ field: 'images', value: { url: shape.url }, origin: origin(block), score: 1 });
        use(block);
      } else if (canonicalUrl !== undefined && isSameSite(shape.url, canonicalUrl)) {
        lists.push({ field: 'relatedLinks', value: { url: shape.url }, origin: origin(block), score: 1 });
        use(block);
      }
    } else if (shape.kind === 'url-list' && shape.urls.every((url) => url.length > 0)) {
      for (const url of shape.urls) lists.push({ field: 'images', value: { url }, origin: origin(block), score: 1 });
      use(block);
    }
  }
  const lead = lists.find((candidate) => candidate.field === 'images');
  if (lead !== undefined && lead.field === 'images') {
    scalars.push({ field: 'image', value: lead.value, origin: lead.origin, score: 1 });
  }
}

/** Published = earliest date, modified = latest (when later). */
function readDates(blocks: readonly ShapedBlock[], scalars: ScalarCandidate[], use: Use, origin: Origin): void {
  const dates = blocks.filter((block) => block.shape.kind === 'date');
  if (dates.length === 0) return;
  const isoOf = (block: ShapedBlock): string => (block.shape.kind === 'date' ? block.shape.iso : '');
  const sorted = [...dates].sort((a, b) => isoOf(a).localeCompare(isoOf(b)));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined) scalars.push({ field: 'publishedAt', value: isoOf(first), origin: origin(first), score: 2 });
  if (last !== undefined && first !== undefined && isoOf(last) > isoOf(first)) {
    scalars.push({ field: 'modifiedAt', value: isoOf(last), origin: origin(last), score: 2 });
  }
  for (const block of dates) use(block);
}

/** Gives the lead image its size (the first size block) and further renditions. */
function attachImageSize(scalars: ScalarCandidate[], sizes: readonly Size[], caption: string | undefined): void {
  const index = scalars.findIndex((candidate) => candidate.field === 'image');
  const candidate = scalars[index];
  if (candidate === undefined || candidate.field !== 'image') return;
  const [first, ...rest] = sizes;
  const image: Image = {
    ...candidate.value,
    ...(first === undefined ? {} : { width: first.width, height: first.height }),
    ...(caption === undefined ? {} : { caption }),
    ...(rest.length > 0 ? { renditions: rest } : {}),
  };
  scalars[index] = { ...candidate, value: image };
}
