import { ArticleParseError } from './errors';

/**
 * Default for {@link ParseOptions.maxInputLength}: 10,000,000 characters (about 10 MB of text).
 * @example
 * ```ts
 * parseArticle(hugeText, { maxInputLength: DEFAULT_MAX_INPUT_LENGTH * 2 });
 * ```
 * @category Options
 */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

/**
 * Which parser to use. `auto` looks at the input: a document with HTML structure is parsed as HTML, anything else as text.
 * @example
 * ```ts
 * parseArticle(html, { format: 'html' });
 * ```
 * @category Options
 */
export type FormatOption = 'auto' | 'text' | 'html';

/**
 * Options of {@link parseArticle}.
 * @example
 * ```ts
 * parseArticle(text, { url: 'https://example.com/news/1', format: 'text', maxInputLength: 1_000_000 });
 * ```
 * @category Options
 */
export interface ParseOptions {
  /**
   * The page URL, when the caller knows it. Used when the input carries no canonical URL, to resolve relative
   * links and to tell same-site links from others.
   */
  readonly url?: string;
  /**
   * The input format.
   * @defaultValue `'auto'`
   */
  readonly format?: FormatOption;
  /**
   * Longest input accepted, in UTF-16 code units (`string.length`). Longer input throws `INPUT_TOO_LARGE`.
   * @defaultValue {@link DEFAULT_MAX_INPUT_LENGTH} (10,000,000)
   */
  readonly maxInputLength?: number;
  /**
   * The moment relative dates ("3 hours ago") are resolved against, and a time printed without a date ("1:39 PM ET":
   * the last moment at or before it when a clock in that zone, UTC without one, showed that time). Without it they
   * stay absent, so the same input always gives the same Article.
   */
  readonly referenceDate?: Date;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  readonly url?: string;
  readonly format: FormatOption;
  readonly maxInputLength: number;
  readonly referenceDate?: Date;
}

const FORMATS: readonly FormatOption[] = ['auto', 'text', 'html'];

/**
 * Validates options (throwing `INVALID_INPUT` on wrong types) and fills in defaults.
 * @param options - what the caller passed
 * @returns the options with defaults
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined) return { format: 'auto', maxInputLength: DEFAULT_MAX_INPUT_LENGTH };
  if (typeof options !== 'object' || options === null) {
    throw new ArticleParseError('INVALID_INPUT', 'options must be an object');
  }
  const { url, format = 'auto', maxInputLength = DEFAULT_MAX_INPUT_LENGTH, referenceDate } = options;
  if (url !== undefined && typeof url !== 'string') {
    throw new ArticleParseError('INVALID_INPUT', 'options.url must be a string');
  }
  if (!FORMATS.includes(format)) {
    throw new ArticleParseError('INVALID_INPUT', "options.format must be 'auto', 'text' or 'html'");
  }
  if (typeof maxInputLength !== 'number' || !(maxInputLength >= 0)) {
    throw new ArticleParseError('INVALID_INPUT', 'options.maxInputLength must be a non-negative number');
  }
  if (referenceDate !== undefined && !(referenceDate instanceof Date && !Number.isNaN(referenceDate.getTime()))) {
    throw new ArticleParseError('INVALID_INPUT', 'options.referenceDate must be a valid Date');
  }
  return {
    format,
    maxInputLength,
    ...(url === undefined ? {} : { url }),
    ...(referenceDate === undefined ? {} : { referenceDate }),
  };
}
