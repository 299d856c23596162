/**
 * scraped-article/text: the text-only entry point — structured dumps, page text and plain text, without the HTML
 * front end (no htmlparser2, domutils or HTML entity tables in your bundle; under half the size of the full entry).
 *
 * It gives the same {@link Article} as `scraped-article` for text input. It reads **every** input as text: with
 * `format: 'auto'` HTML is not detected (markup stays in the text as written), and `format: 'html'` is refused with
 * `INVALID_INPUT`. Use the full entry, `scraped-article`, when the input may be HTML.
 *
 * @packageDocumentation
 */

import { ArticleParseError } from './errors';
import { TEXT_FRONT_ENDS } from './front-ends';
import type { Article } from './model/article';
import type { ParseOptions } from './options';
import { parseWith } from './parse';
import { safely, type SafeParseResult } from './safe-parse';

export { ArticleParseError, isArticleParseError } from './errors';
export type { ArticleParseErrorCode } from './errors';
export { DEFAULT_MAX_INPUT_LENGTH } from './options';
export type { FormatOption, ParseOptions } from './options';
export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from './safe-parse';
export type * from './model/article';

/**
 * Parses scraped article text — a structured text dump, page text or plain text — into an {@link Article}, like
 * `parseArticle` of the full entry but without its HTML front end. Pure, like it.
 *
 * @param input - the scraped text
 * @param options - page URL, format (`'auto'` or `'text'`), input limit
 * @returns the Article
 * @throws {@link ArticleParseError} `INVALID_INPUT` when `input` is not a string, an option has a wrong type or
 *   `format` is `'html'`; `INPUT_TOO_LARGE` when it is longer than `maxInputLength`. Any string within the limit
 *   parses without throwing.
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article/text';
 *
 * const article = parseArticle('https://example.com/2024/01/02/story\n\nA Headline Here\n\n2024-01-02T10:00:00Z\n\n' +
 *   'The story begins. “It works,” Jane Roe said.');
 * article.title;          //=> 'A Headline Here'
 * article.source.format;  //=> 'text'
 * ```
 * @category Parsing
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  if (typeof options === 'object' && options !== null && options.format === 'html') {
    throw new ArticleParseError('INVALID_INPUT', "scraped-article/text reads text only; import 'scraped-article' for HTML input");
  }
  return parseWith(TEXT_FRONT_ENDS, input, options);
}

/**
 * Like {@link parseArticle}, but returns `{ success: false, error }` instead of throwing, and accepts `unknown` input.
 *
 * @param input - anything; only strings parse
 * @param options - as for `parseArticle`
 * @returns `{ success: true, article }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseArticle } from 'scraped-article/text';
 *
 * const result = safeParseArticle('<p>Hi</p>', { format: 'html' });
 * if (!result.success) result.error.code; //=> 'INVALID_INPUT'
 * ```
 * @category Parsing
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseResult {
  return safely(parseArticle, input, options);
}
