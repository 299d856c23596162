import { assembleArticle } from './assemble/assemble';
import { ArticleParseError } from './errors';
import { FRONT_ENDS, type FrontEnds, chooseFrontEnd } from './front-ends';
import type { Article } from './model/article';
import { type ParseOptions, type ResolvedOptions, resolveOptions } from './options';
import { safely, type SafeParseResult } from './safe-parse';

/**
 * Parses raw scraped article input — a structured text dump, page text, plain text or HTML — into an
 * {@link Article}. Pure: no I/O, and the same input and options always give the same Article.
 *
 * @param input - the scraped text or HTML
 * @param options - page URL, format, input limit
 * @returns the Article
 * @throws {@link ArticleParseError} `INVALID_INPUT` when `input` is not a string or an option is invalid (see
 *   {@link ArticleParseErrorCode}), `INPUT_TOO_LARGE` when it is longer than `maxInputLength`. Any string within the
 *   limit parses without throwing.
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article';
 *
 * const article = parseArticle('https://example.com/2024/01/02/story\n\nA Headline Here\n\n2024-01-02T10:00:00Z\n\n' +
 *   'The story begins. “It works,” Jane Roe said.');
 * article.title;            //=> 'A Headline Here'
 * article.publishedAt;      //=> '2024-01-02T10:00:00.000Z'
 * article.quotes[0]?.speaker; //=> 'Jane Roe'
 * ```
 * @category Parsing
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  return parseWith(FRONT_ENDS, input, options);
}

/**
 * Checks an input and its options as {@link parseArticle} documents it.
 *
 * @param input - the input
 * @param options - the options
 * @returns the options with defaults filled in
 * @throws {@link ArticleParseError} `INVALID_INPUT` or `INPUT_TOO_LARGE`
 */
export function checkInput(input: string, options: ParseOptions | undefined): ResolvedOptions {
  if (typeof input !== 'string') {
    throw new ArticleParseError('INVALID_INPUT', `input must be a string, got ${input === null ? 'null' : typeof input}`);
  }
  const resolved = resolveOptions(options);
  if (input.length > resolved.maxInputLength) {
    throw new ArticleParseError(
      'INPUT_TOO_LARGE',
      `input is ${input.length} characters long; the limit (maxInputLength) is ${resolved.maxInputLength}`,
    );
  }
  return resolved;
}

/**
 * Parses with a given table of front ends (the full one, or a text-only one that leaves the HTML parser out of a
 * bundle): validates the input and options, picks the front end, assembles the Article.
 *
 * @param frontEnds - the front ends to dispatch to
 * @param input - the scraped text or HTML
 * @param options - as for {@link parseArticle}
 * @returns the Article
 */
export function parseWith(frontEnds: FrontEnds, input: string, options?: ParseOptions): Article {
  const resolved = checkInput(input, options);
  const { read, input: prepared } = chooseFrontEnd(frontEnds, input, resolved.format);
  return assembleArticle(read(prepared, resolved), resolved.url);
}

/**
 * Like {@link parseArticle}, but returns `{ success: false, error }` instead of throwing an {@link ArticleParseError}
 * (a non-string input, an invalid option, an over-limit input), and accepts `unknown` input (handy for values straight
 * from JSON or a queue). An unexpected exception — a bug in the library — is not caught.
 *
 * @param input - anything; only strings parse
 * @param options - as for `parseArticle`
 * @returns `{ success: true, article }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseArticle } from 'scraped-article';
 *
 * const result = safeParseArticle(42);
 * result.success;                      //=> false
 * if (!result.success) result.error.code; //=> 'INVALID_INPUT'
 * ```
 * @category Parsing
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseResult {
  return safely(parseArticle, input, options);
}
