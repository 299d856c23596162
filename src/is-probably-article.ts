import { classifyKind } from './classify/kind';
import { measureKindSignals } from './classify/signals';
import { FRONT_ENDS, chooseFrontEnd } from './front-ends';
import { readJsonLd } from './html/json-ld';
import { kindOfHtml } from './html/kind';
import { readMetadata } from './html/metadata';
import { indexElements } from './html/element-index';
import { parseHtmlDocument } from './html/parse-document';
import type { ContentKind } from './model/article';
import type { FormatOption, ParseOptions } from './options';
import { readPageLines } from './page/lines';
import { checkInput } from './parse';

/**
 * "Is this an article?" without a full parse.
 * @module
 */

/** The kind of an input, read with the same signals as `parseArticle` but without extracting anything. */
function kindOfInput(input: string, format: FormatOption): ContentKind {
  const { read, input: prepared } = chooseFrontEnd(FRONT_ENDS, input, format);
  if (read === FRONT_ENDS.html) {
    const document = parseHtmlDocument(prepared);
    const index = indexElements(document);
    return kindOfHtml(document, index, readJsonLd(index), readMetadata(index)).kind;
  }
  // A structured dump is a page's article object.
  if (read === FRONT_ENDS.structured) return 'article';
  return classifyKind(measureKindSignals(readPageLines(prepared))).kind;
}

/**
 * Whether an input (HTML or any text layout) is probably an article rather than a listing (section front, search
 * results, tag page, timeline of posts), a feed or another kind of page (product page, documentation index). It
 * reads the same signals as {@link parseArticle}'s `source.kind` — prose mass, the headline + teaser pattern,
 * paragraph lengths, JSON-LD `@type` and `og:type` — without extracting fields, body or quotes, so it is a cheap
 * filter for a crawl. Pure.
 *
 * @param input - the scraped text or HTML
 * @param options - as for `parseArticle` (format and input limit apply)
 * @returns `true` when the input is probably an article
 * @throws {@link ArticleParseError} as `parseArticle` does: `INVALID_INPUT` when `input` is not a string (or an
 *   option has a wrong type), `INPUT_TOO_LARGE` when it is longer than `maxInputLength`
 * @example
 * ```ts
 * import { isProbablyArticle, parseArticle } from 'scraped-article';
 *
 * const articles = pages.filter((page) => isProbablyArticle(page.html)).map((page) => parseArticle(page.html));
 * ```
 * @category Parsing
 */
export function isProbablyArticle(input: string, options?: ParseOptions): boolean {
  return kindOfInput(input, checkInput(input, options).format) === 'article';
}
