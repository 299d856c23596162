/**
 * Why `parseArticle` refused an input.
 *
 * - `INVALID_INPUT`: the input is not a string, or an option is invalid (`options` not an object, `url` not a
 *   string, `format` not `'auto'`/`'text'`/`'html'`, `maxInputLength` not a non-negative number, `referenceDate` not
 *   a valid `Date`).
 * - `INPUT_TOO_LARGE`: the input is longer than `maxInputLength`.
 * @example
 * ```ts
 * const result = safeParseArticle('x'.repeat(11), { maxInputLength: 10 });
 * if (!result.success) result.error.code; //=> 'INPUT_TOO_LARGE'
 * ```
 * @category Errors
 */
export type ArticleParseErrorCode = 'INVALID_INPUT' | 'INPUT_TOO_LARGE';

/**
 * The only error `parseArticle` throws by design: a programmer error (a non-string input, an invalid option or an
 * over-limit input). Any string within the limit parses to an `Article` without throwing.
 *
 * @example
 * ```ts
 * import { parseArticle, ArticleParseError } from 'scraped-article';
 * try {
 *   parseArticle(42 as unknown as string);
 * } catch (error) {
 *   if (error instanceof ArticleParseError) console.log(error.code); //=> 'INVALID_INPUT'
 * }
 * ```
 * @category Errors
 */
export class ArticleParseError extends Error {
  /** Always `"ArticleParseError"`, so the error can be recognised across bundles. */
  override readonly name = 'ArticleParseError' as const;
  /** Machine-readable reason. */
  readonly code: ArticleParseErrorCode;

  /**
   * @param code - machine-readable reason
   * @param message - human-readable explanation
   */
  constructor(code: ArticleParseErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Tells whether a value is an {@link ArticleParseError}, also when it comes from another copy of the library
 * (it checks `name` and `code`, not only the prototype).
 *
 * @param value - anything, typically a caught error
 * @returns `true` when `value` is an `ArticleParseError`
 * @example
 * ```ts
 * import { isArticleParseError, safeParseArticle } from 'scraped-article';
 * const result = safeParseArticle(null);
 * isArticleParseError(result.success ? undefined : result.error); //=> true
 * ```
 * @category Errors
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  if (value instanceof ArticleParseError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'ArticleParseError' &&
    (candidate.code === 'INVALID_INPUT' || candidate.code === 'INPUT_TOO_LARGE')
  );
}
