import { decodeHTMLStrict } from 'entities';
import { assembleArticle } from './assemble/assemble';
import { readHtml } from './html/front-end';
import type { Article } from './model/article';
import type { ParseOptions } from './options';
import { acceptInput, readText } from './read-input';
import { safely, type SafeParseResult } from './safe-parse';
import { detectFormat } from './text/detect';

/**
 * Parses raw scraped article input — a structured text dump, page text, plain text or HTML — into an
 * {@link Article}. Pure: no I/O, and the same input and options always give the same Article.
 *
 * @param input - the scraped text or HTML
 * @param options - page URL, format, input limit
 * @returns the Article
 * @throws {@link ArticleParseError} `INVALID_INPUT` when `input` is not a string (or an option has a wrong type),
 *   `INPUT_TOO_LARGE` when it is longer than `maxInputLength`. Any string within the limit parses without throwing.
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
  const resolved = acceptInput(input, options);
  const format = resolved.format === 'auto' ? detectFormat(input) : resolved.format;
  const draft = format === 'html' ? readHtml(input, resolved.url) : readText(input, resolved, decodeHTMLStrict);
  return assembleArticle(draft, resolved.url);
}

/**
 * Like {@link parseArticle}, but returns `{ success: false, error }` instead of throwing, and accepts `unknown`
 * input (handy for values straight from JSON or a queue).
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
