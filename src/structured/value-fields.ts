import type { Image, Size } from '../model/article';
import { TRUST } from '../model/trust';
import type { ScalarCandidate } from '../model/draft';
import { isImageSide } from '../fields/image-size';
import { normalizeLanguageTag } from '../fields/language';
import { isSameSite } from '../fields/urls';
import type { ResolvedOptions } from '../options';
import type { DumpReading, ShapedBlock } from './shaped-block';

/**
 * The fields a structured dump's blocks give by their shape alone: URLs, dates, sizes, years, selectors, publisher,
 * locale, keyword lists and `key: value` tags.
 * @module
 */

/** The numbers a lone number block is read as a copyright year between. */
const COPYRIGHT_YEARS = { from: 1900, to: 2100 } as const;
/** Length of a bare language code (`en`): between two labels it may be a label itself, so it must stand alone. */
const BARE_LANGUAGE_CODE = 2;

/**
 * Years, speakable selectors, publisher, language, keywords, `Tags: …` and the lead image's size and caption.
 *
 * @param reading - the dump being read
 */
export function readValueShapes(reading: DumpReading): void {
  const { blocks, candidates, use, origin } = reading;
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
        if (shape.value >= COPYRIGHT_YEARS.from && shape.value <= COPYRIGHT_YEARS.to && !candidates.has('copyrightYear')) {
          candidates.scalar('copyrightYear', shape.value, origin(block), TRUST.dumpValue);
          use(block);
        }
        break;
      case 'selectors':
        candidates.scalar('speakable', shape.selectors, origin(block), TRUST.dumpValue);
        use(block);
        break;
      case 'publisher':
        candidates.scalar('publisher', shape.publisher, origin(block), TRUST.dumpValue + TRUST.publisherDetail * Object.keys(shape.publisher).length);
        if (shape.publisher.name !== undefined) {
          candidates.scalar('siteName', shape.publisher.name, origin(block), TRUST.dumpValue);
        }
        use(block);
        break;
      case 'locale': {
        const tag = normalizeLanguageTag(shape.code);
        const isolated = !isLabelAt(blocks, block.index - 1) || !isLabelAt(blocks, block.index + 1);
        if (tag !== undefined && (shape.code.length > BARE_LANGUAGE_CODE || isolated)) {
          candidates.scalar('language', tag, origin(block), TRUST.dumpShape);
          use(block);
        }
        break;
      }
      case 'list':
        for (const item of shape.items) candidates.list('keywords', item, origin(block), TRUST.dumpValue);
        use(block);
        break;
      case 'key-value':
        if (/^(?:tags?|topics?|keywords?)$/iu.test(shape.key)) {
          candidates.list('tags', shape.value, origin(block), TRUST.dumpValue);
          use(block);
        }
        break;
      default:
        break;
    }
  }
  if (imageSizes.length > 0) attachImageSize(candidates.scalars, imageSizes, imageCaption);
}

function isLabelAt(blocks: readonly ShapedBlock[], index: number): boolean {
  const kind = blocks[index]?.shape.kind;
  return kind === 'label' || kind === 'locale';
}

/**
 * Canonical URL, lead image, images and related links from URL blocks.
 *
 * @param reading - the dump being read
 * @param options - the parse options (a known page URL picks the canonical block)
 */
export function readUrls(reading: DumpReading, options: ResolvedOptions): void {
  const { blocks, candidates, use, origin } = reading;
  const pageUrls = blocks.filter((block) => block.shape.kind === 'url' && !block.shape.image);
  const known = options.url;
  const canonical =
    pageUrls.find((block) => known !== undefined && block.shape.kind === 'url' && isSameSite(block.shape.url, known)) ?? pageUrls[0];
  const canonicalUrl = canonical?.shape.kind === 'url' ? canonical.shape.url : known;
  if (canonical !== undefined && canonicalUrl !== undefined) {
    candidates.scalar('url', canonicalUrl, origin(canonical), TRUST.dumpShape);
  }
  for (const block of blocks) {
    const { shape } = block;
    if (shape.kind === 'url') {
      if (shape.url === canonicalUrl) use(block);
      else if (shape.image) {
        candidates.list('images', { url: shape.url }, origin(block), TRUST.dumpValue);
        use(block);
      } else if (canonicalUrl !== undefined && isSameSite(shape.url, canonicalUrl)) {
        candidates.list('relatedLinks', { url: shape.url }, origin(block), TRUST.dumpValue);
        use(block);
      }
    } else if (shape.kind === 'url-list' && shape.urls.every((url) => url.length > 0)) {
      for (const url of shape.urls) candidates.list('images', { url }, origin(block), TRUST.dumpValue);
      use(block);
    }
  }
  const lead = candidates.lists.find((candidate) => candidate.field === 'images');
  if (lead !== undefined && lead.field === 'images') {
    candidates.scalar('image', lead.value, lead.origin, TRUST.dumpValue);
  }
}

/**
 * Published = earliest date, modified = latest (when later).
 *
 * @param reading - the dump being read
 */
export function readDates(reading: DumpReading): void {
  const { blocks, candidates, use, origin } = reading;
  const dates = blocks.filter((block) => block.shape.kind === 'date');
  if (dates.length === 0) return;
  const isoOf = (block: ShapedBlock): string => (block.shape.kind === 'date' ? block.shape.iso : '');
  // ISO strings of one form sort as plain strings; `localeCompare` would load the platform's collation data (about
  // 50 ms on a process's first call) for nothing.
  const sorted = [...dates].sort((a, b) => (isoOf(a) < isoOf(b) ? -1 : isoOf(a) > isoOf(b) ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined) candidates.scalar('publishedAt', isoOf(first), origin(first), TRUST.dumpShape);
  if (last !== undefined && first !== undefined && isoOf(last) > isoOf(first)) {
    candidates.scalar('modifiedAt', isoOf(last), origin(last), TRUST.dumpShape);
  }
  for (const block of dates) use(block);
}

/** Gives the lead image its size (the first size block) and further renditions. */
function attachImageSize(scalars: ScalarCandidate[], sizes: readonly Size[], caption: string | undefined): void {
  const index = scalars.findIndex((candidate) => candidate.field === 'image');
  const candidate = scalars[index];
  if (candidate === undefined || candidate.field !== 'image') return;
  const [first, ...rest] = sizes.filter((size) => isImageSide(size.width) && isImageSide(size.height));
  const image: Image = {
    ...candidate.value,
    ...(first === undefined ? {} : { width: first.width, height: first.height }),
    ...(caption === undefined ? {} : { caption }),
    ...(rest.length > 0 ? { renditions: rest } : {}),
  };
  scalars[index] = { ...candidate, value: image };
}
