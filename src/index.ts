/**
 * scraped-article: turn raw scraped article text (structured dumps, page text, plain text) or HTML into a typed,
 * JSON-serialisable {@link Article}.
 *
 * @packageDocumentation
 */

export { parseArticle, safeParseArticle } from './parse';
export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from './safe-parse';
export { ArticleParseError, isArticleParseError } from './errors';
export type { ArticleParseErrorCode } from './errors';
export { DEFAULT_MAX_INPUT_LENGTH } from './options';
export type { FormatOption, ParseOptions } from './options';
export type * from './model/article';
export type * from './model/batch-record';
export { isProbablyArticle } from './is-probably-article';
