import { Candidates } from '../model/candidates';
import { TRUST } from '../model/trust';
import type { Draft, RawChunk } from '../model/draft';
import type { ResolvedOptions } from '../options';
import { countWords } from '../text/prose';
import { readLabels } from './label-fields';
import { pickTitle } from './labels';
import { type DumpReading, type ShapedBlock, shapeBlocks } from './shaped-block';
import { readDates, readUrls, readValueShapes } from './value-fields';

/**
 * The structured-dump front end: a page's metadata values and body, one block per value, no key names.
 * Each block's field is decided from its shape and its place among the others.
 * @module
 */

/** Most words of a prose block read as the description (a longer one is body). */
const MAX_DESCRIPTION_WORDS = 150;
/** Fewest words of an unpunctuated label block read as a standfirst. */
const MIN_STANDFIRST_WORDS = 8;

/** How sure the front end is that a dump is an article: it is a page's article object, but without a body it may be
 * only that page's metadata. */
const enum DUMP_KIND_CONFIDENCE {
  withBody = 0.9,
  metadataOnly = 0.6,
}

/**
 * Reads a structured dump into a {@link Draft}.
 *
 * @param text - normalised input text
 * @param options - the parse options (the page URL is used, when known)
 * @returns candidates, raw body and leftovers
 */
export function readStructuredDump(text: string, options: ResolvedOptions): Draft {
  const blocks = shapeBlocks(text);
  const candidates = new Candidates();
  const used = new Set<number>();
  const reading: DumpReading = {
    blocks,
    candidates,
    used,
    use: (block) => {
      used.add(block.index);
    },
    origin: (block) => ({ source: 'structured:block', at: block.index }),
  };
  const { use, origin } = reading;

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
    candidates.scalar('title', titleBlock.text, origin(titleBlock), TRUST.dumpShape);
    for (const block of blocks) if (block.text === titleBlock.text) use(block);
  }

  // Description: the first other prose block; failing that, a long unpunctuated standfirst.
  const descriptionBlock =
    prose.find((block) => block !== bodyBlock && block !== titleBlock && countWords(block.text, MAX_DESCRIPTION_WORDS + 1) <= MAX_DESCRIPTION_WORDS) ??
    blocks.find((block) => block.shape.kind === 'label' && !block.shape.person && block !== titleBlock && countWords(block.text, MIN_STANDFIRST_WORDS) >= MIN_STANDFIRST_WORDS);
  if (descriptionBlock !== undefined) {
    candidates.scalar('description', descriptionBlock.text, origin(descriptionBlock), TRUST.dumpShape);
    for (const block of blocks) if (block.text === descriptionBlock.text) use(block);
  }

  readUrls(reading, options);
  readDates(reading);
  readValueShapes(reading);
  readLabels(reading, bodyText);

  const leftovers = blocks.filter((block) => !used.has(block.index)).map((block) => block.text);
  const context = [titleBlock?.text, descriptionBlock?.text].filter((value): value is string => value !== undefined);
  const kind = { kind: 'article', confidence: bodyBlock === undefined ? DUMP_KIND_CONFIDENCE.metadataOnly : DUMP_KIND_CONFIDENCE.withBody } as const;
  return { format: 'text', layout: 'structured', kind, scalars: candidates.scalars, lists: candidates.lists, body: { chunks }, leftovers, context };
}
