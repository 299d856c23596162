import { buildBlocks } from '../body/build-blocks';
import { articlePeople } from '../people/article-people';
import { extractQuotes } from '../body/quotes';
import { completeRelatedLink } from '../body/related-links';
import { dateFromUrl } from '../fields/dates';
import { SAMPLE_LENGTH, detectLanguage } from '../fields/detect-language';
import { normalizeLanguageTag } from '../fields/language';
import { toHttpUrl, urlKey } from '../fields/urls';
import type { Article, Block, Image } from '../model/article';
import { countWords } from '../text/prose';
import { type CandidateOrigin, type Draft, describeOrigin } from '../model/draft';
import { collectCandidates, pickScalar } from './pick';
import { withoutUndefined } from '../model/defined';

/**
 * The assembler: one place where candidates become the `Article`.
 * @module
 */

/** The declared language normalised to BCP 47, else the language detected from the text. */
function language(declared: string | undefined, text: string): string | undefined {
  const tag = declared === undefined ? undefined : normalizeLanguageTag(declared);
  return tag ?? detectLanguage(text);
}

/** Where a present field came from when no candidate won it: the assembler's own fallbacks, in this order. */
const FALLBACK_ORIGINS: Readonly<Record<string, string>> = {
  description: 'body:first paragraph',
  language: 'text:detected',
  url: 'options.url',
  publishedAt: 'url:path date',
};

/**
 * The origin of each field that made it into the Article: the winner of each single-valued field, and where the
 * first value of each non-empty list field came from.
 */
function provenance(
  draft: Draft,
  present: Readonly<Record<string, unknown>>,
  lists: Readonly<Record<string, CandidateOrigin | undefined>>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of Object.keys(present)) {
    const winner = pickScalar(draft.scalars, field as Parameters<typeof pickScalar>[1]);
    if (winner !== undefined) fields[field] = describeOrigin(winner.origin);
  }
  for (const [field, origin] of Object.entries(lists)) if (origin !== undefined) fields[field] = describeOrigin(origin);
  for (const [field, origin] of Object.entries(FALLBACK_ORIGINS)) if (present[field] !== undefined) fields[field] ??= origin;
  return fields;
}

/**
 * Builds the Article from a front end's draft: picks each field, runs the body processors, resolves speakers.
 *
 * @param draft - what the front end found
 * @param pageUrl - the page URL the caller gave, if any
 * @returns the Article
 */
export function assembleArticle(draft: Draft, pageUrl: string | undefined): Article {
  const { scalars, lists } = draft;
  const value = <F extends Parameters<typeof pickScalar>[1]>(field: F) => pickScalar(scalars, field)?.value;

  const url = value('url') ?? (pageUrl === undefined ? undefined : toHttpUrl(pageUrl));
  // The day in the article's own URL (`/2017/10/10/`) is the least trusted source: only when nothing else dates it.
  const urlDate = url === undefined ? undefined : dateFromUrl(url);
  const publishedAt = value('publishedAt') ?? urlDate;
  const modifiedCandidate = value('modifiedAt');
  const modifiedAt = modifiedCandidate !== undefined && (publishedAt === undefined || modifiedCandidate > publishedAt) ? modifiedCandidate : undefined;

  const body = buildBlocks(draft.body.chunks);
  // One pass over the blocks for the word count, the paragraphs and the lead paragraph, by index, the paragraphs' list
  // made at the blocks' number and cut to the paragraphs found: on a body of many thousands of blocks, lists grown by
  // `filter` (and a `for…of` not yet optimised, an iterator result per block) cost more than the blocks' own work,
  // and so would counting the paragraphs' words again for the lead.
  let wordCount = 0;
  let paragraphCount = 0;
  // (the first paragraph of eight words or more: the description when no other source gives one)
  let lead: string | undefined;
  const paragraphs = new Array<string>(body.length);
  for (let index = 0; index < body.length; index++) {
    const block = body[index] as Block;
    const words = countWords(block.text);
    wordCount += words;
    if (block.type !== 'paragraph') continue;
    paragraphs[paragraphCount++] = block.text;
    if (lead === undefined && words >= 8) lead = block.text;
  }
  paragraphs.length = paragraphCount;
  const tagCandidates = collectCandidates(lists, 'tags');
  const keywordCandidates = collectCandidates(lists, 'keywords');
  const authorCandidates = collectCandidates(lists, 'authors');
  const tags = tagCandidates.map((candidate) => candidate.value);
  const keywords = keywordCandidates.map((candidate) => candidate.value);
  // The people the article introduces are only the names its quotes' speakers resolve to: found only when it has one.
  const quotes = extractQuotes(body, (texts) => articlePeople({ body: texts, context: draft.context, tags: [...tags, ...keywords] }));

  const leadCandidate = pickScalar(scalars, 'image');
  const imageCandidates = collectCandidates(lists, 'images');
  const listedImages = imageCandidates.map((candidate) => candidate.value);
  const image: Image | undefined = leadCandidate?.value ?? listedImages[0];
  const images = image === undefined ? listedImages : [image, ...listedImages.filter((other) => other.url !== image.url)];

  const canonicalKey = url === undefined ? undefined : urlKey(url);
  const linkCandidates = collectCandidates(lists, 'relatedLinks').filter((candidate) => urlKey(candidate.value.url) !== canonicalKey);
  const relatedLinks = linkCandidates.map((candidate) => completeRelatedLink(candidate.value));

  const optional = {
    url,
    title: value('title'),
    description: value('description') ?? lead ?? paragraphs[0],
    publishedAt,
    modifiedAt,
    section: value('section'),
    genre: value('genre'),
    siteName: value('siteName'),
    // The detector reads the first SAMPLE_LENGTH units; as many paragraphs fill them (each adds a newline at the
    // least), so the rest of a long body is neither copied nor joined.
    language: language(value('language'), [value('title'), value('description'), ...paragraphs.slice(0, SAMPLE_LENGTH)].join('\n')),
    copyrightYear: value('copyrightYear'),
    publisher: value('publisher'),
    image,
    speakable: value('speakable'),
  };
  const present = withoutUndefined(optional);
  const { speakable, ...head } = present;
  const article: Article = {
    ...head,
    tags,
    keywords,
    authors: authorCandidates.map((candidate) => candidate.value),
    images,
    body,
    paragraphs,
    quotes,
    relatedLinks,
    wordCount,
    ...(speakable === undefined ? {} : { speakable }),
    leftovers: draft.leftovers,
    source: {
      format: draft.format,
      layout: draft.layout,
      kind: draft.kind.kind,
      confidence: draft.kind.confidence,
      fields: provenance(draft, present, {
        authors: authorCandidates[0]?.origin,
        tags: tagCandidates[0]?.origin,
        keywords: keywordCandidates[0]?.origin,
        images: leadCandidate?.origin ?? imageCandidates[0]?.origin,
        relatedLinks: linkCandidates[0]?.origin,
      }),
    },
  };
  return article;
}
