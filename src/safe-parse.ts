import { ArticleParseError } from './errors';
import type { Article } from './model/article';
import type { ParseOptions } from './options';

/**
 * The result type of `safeParseArticle` (both entry points) and the wrapper that turns a parse function's
 * {@link ArticleParseError} into a failure result.
 * @module
 */

/**
 * The result of {@link safeParseArticle}.
 * @example
 * ```ts
 * const result: SafeParseResult = safeParseArticle(text);
 * if (result.success) console.log(result.article.title);
 * else console.error(result.error.code);
 * ```
 * @category Parsing
 */
export type SafeParseResult = SafeParseSuccess | SafeParseFailure;

/**
 * A successful {@link safeParseArticle}.
 * @example
 * ```ts
 * const result = safeParseArticle('A Title\n\nThe body.');
 * if (result.success) result.article.title; //=> 'A Title'
 * ```
 * @category Parsing
 */
export interface SafeParseSuccess {
  /** Always `true`. */
  readonly success: true;
  /** The parsed Article. */
  readonly article: Article;
}

/**
 * A failed {@link safeParseArticle}.
 * @example
 * ```ts
 * const result = safeParseArticle(42);
 * if (!result.success) result.error.code; //=> 'INVALID_INPUT'
 * ```
 * @category Parsing
 */
export interface SafeParseFailure {
  /** Always `false`. */
  readonly success: false;
  /** Why the input was refused. */
  readonly error: ArticleParseError;
}

/**
 * Runs a parse function and returns its Article or its {@link ArticleParseError} as a result; other errors (bugs)
 * are thrown.
 * @param parse - `parseArticle` of an entry point
 * @param input - anything
 * @param options - the parse options
 * @returns the result
 */
export function safely(parse: (input: string, options?: ParseOptions) => Article, input: unknown, options: ParseOptions | undefined): SafeParseResult {
  try {
    return { success: true, article: parse(input as string, options) };
  } catch (error) {
    if (error instanceof ArticleParseError) return { success: false, error };
    throw error;
  }
}
