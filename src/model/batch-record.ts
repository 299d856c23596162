import type { ArticleParseErrorCode } from '../errors';
import type { Article } from './article';

/**
 * The NDJSON contract of the batch CLI (`scraped-article --ndjson`): one {@link BatchInputRecord} a line in, one
 * {@link BatchOutputLine} a line out, in input order. Types only: the library itself reads and writes no NDJSON.
 * @module
 */

/**
 * One input line of `scraped-article --ndjson`: a JSON object with `text` or `html` (`html` wins when both are set).
 * @example
 * ```ts
 * const record: BatchInputRecord = { id: 'a1', url: 'https://example.com/news/1', html: '<html>…</html>' };
 * ```
 * @category Batch
 */
export interface BatchInputRecord {
  /** The record's id, echoed on its output line; without one, the output line's id is `line:N` (N counts from 1). */
  readonly id?: string | number;
  /** The page URL, when known. */
  readonly url?: string;
  /** Scraped text (a structured dump, page text or plain text; the format is detected). */
  readonly text?: string;
  /** HTML (read with `format: 'html'`). */
  readonly html?: string;
}

/**
 * Why an output line carries no Article.
 *
 * - `INVALID_INPUT`, `INPUT_TOO_LARGE`: as thrown by `parseArticle` (see {@link ArticleParseErrorCode}).
 * - `MALFORMED_RECORD`: the line is not a JSON object with a `text` or `html` string.
 * - `INTERNAL_ERROR`: the parser failed on this record (a bug: please report it with the record).
 * - `WORKER_FAILED`: the worker thread parsing this record died (out of memory, a crash); the batch went on with a
 *   new worker.
 * - `INPUT_UNREADABLE`: an input file could not be read (missing, a directory, truncated or not WARC); the line's
 *   id is `file:` and the file's name, and the batch went on with the next file (exit status 1 at the end).
 * @example
 * ```ts
 * const code: BatchErrorCode = 'MALFORMED_RECORD';
 * ```
 * @category Batch
 */
export type BatchErrorCode = ArticleParseErrorCode | 'MALFORMED_RECORD' | 'INTERNAL_ERROR' | 'WORKER_FAILED' | 'INPUT_UNREADABLE';

/**
 * The error of a {@link BatchErrorLine}.
 * @example
 * ```ts
 * const error: BatchError = { code: 'INPUT_UNREADABLE', message: 'cannot read a.warc.gz after 2 records (1,024 bytes): unexpected end of file', file: 'a.warc.gz', recordsRead: 2 };
 * ```
 * @category Batch
 */
export interface BatchError {
  /** Machine-readable reason. */
  readonly code: BatchErrorCode;
  /** Human-readable explanation. */
  readonly message: string;
  /** `INPUT_UNREADABLE` only: the input file. */
  readonly file?: string;
  /** `INPUT_UNREADABLE` only: how many records were read from the file (and written) before it failed. */
  readonly recordsRead?: number;
}

/**
 * An output line for a record that parsed.
 * @example
 * ```ts
 * const line: BatchArticleLine = { id: 'a1', article: parseArticle('A Title\n\nThe body.') };
 * ```
 * @category Batch
 */
export interface BatchArticleLine {
  /** The record's id (`line:N` when it had none). */
  readonly id: string | number;
  /** The parsed Article. */
  readonly article: Article;
}

/**
 * An output line for a record (or an input file) that gave no Article.
 * @example
 * ```ts
 * const line: BatchErrorLine = { id: 'line:3', error: { code: 'MALFORMED_RECORD', message: 'the line is not JSON' } };
 * ```
 * @category Batch
 */
export interface BatchErrorLine {
  /** The record's id (`line:N` when it had none, `file:<name>` for an unreadable input). */
  readonly id: string | number;
  /** What went wrong. */
  readonly error: BatchError;
}

/**
 * One output line of `scraped-article --ndjson`.
 * @example
 * ```ts
 * const line = JSON.parse(text) as BatchOutputLine;
 * if ('article' in line) console.log(line.id, line.article.title);
 * else console.error(line.id, line.error.code);
 * ```
 * @category Batch
 */
export type BatchOutputLine = BatchArticleLine | BatchErrorLine;
