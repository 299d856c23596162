import { getElementsByTagName } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { ArticleParseError } from '../errors';
import { limitDepth } from '../html/dom';
import { readJsonLd } from '../html/json-ld';
import { readMetadata } from '../html/metadata';
import { limitSourceNesting } from '../html/nesting';
import { DEFAULT_MAX_INPUT_LENGTH } from '../options';
import { readPageLines } from '../page/lines';
import { detectFormat, detectTextLayout } from '../text/detect';
import { normalizeText } from '../text/repair';
import { kindOfHtml } from './html-units';
import { classifyKind, type KindResult } from './kind';
import { measureKindSignals } from './signals';

/**
 * "Is this an article?" without a full parse.
 * @module
 */

/** The kind of an input, read with the same signals as `parseArticle` but without extracting anything. */
function kindOfInput(input: string): KindResult {
  if (detectFormat(input) === 'html') {
    const document = parseDocument(limitSourceNesting(input));
    limitDepth(document);
    const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
    return kindOfHtml(document, body, readJsonLd(document), readMetadata(document));
  }
  const text = normalizeText(input);
  if (detectTextLayout(text) === 'structured') return { kind: 'article', confidence: 0.9 };
  return classifyKind(measureKindSignals(readPageLines(text)));
}

/**
 * Whether an input (HTML or any text layout) is probably an article rather than a listing (section front, search
 * results, tag page, timeline of posts), a feed or another kind of page (product page, documentation index). It
 * reads the same signals as {@link parseArticle}'s `source.kind` — prose mass, the headline + teaser pattern,
 * paragraph lengths, JSON-LD `@type` and `og:type` — without extracting fields, body or quotes, so it is a cheap
 * filter for a crawl. Pure.
 *
 * @param input - the scraped text or HTML
 * @returns `true` when the input is probably an article
 * @throws {@link ArticleParseError} `INVALID_INPUT` when `input` is not a string, `INPUT_TOO_LARGE` when it is longer
 *   than the default `maxInputLength`
 * @example
 * ```ts
 * import { isProbablyArticle, parseArticle } from 'scraped-article';
 *
 * const articles = pages.filter((page) => isProbablyArticle(page.html)).map((page) => parseArticle(page.html));
 * ```
 * @category Parsing
 */
export function isProbablyArticle(input: string): boolean {
  if (typeof input !== 'string') {
    throw new ArticleParseError('INVALID_INPUT', `input must be a string, got ${input === null ? 'null' : typeof input}`);
  }
  if (input.length > DEFAULT_MAX_INPUT_LENGTH) {
    throw new ArticleParseError('INPUT_TOO_LARGE', `input is ${input.length} characters long; the limit is ${DEFAULT_MAX_INPUT_LENGTH}`);
  }
  return kindOfInput(input).kind === 'article';
}
