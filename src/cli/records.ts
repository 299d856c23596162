import { isArticleParseError, parseArticle } from '../index';
import type { BatchError, BatchOutputLine } from '../index';
import { OUTPUT_FORMATS, type OutputName } from './output';

/**
 * The NDJSON record contract of the batch CLI: one `{"id", "url"?, "text" | "html"}` object a line in, one
 * `{"id", "article"}` or `{"id", "error"}` line out (the `BatchOutputLine` type of the package) — a record that fails
 * never stops the batch.
 * @module
 */

/** Options every record is parsed with. */
export interface RecordOptions {
  readonly maxInputLength?: number;
  readonly output?: OutputName;
  /** YAML front matter before the Markdown (`--output markdown`). */
  readonly frontMatter?: boolean;
}

/** An output line. */
function outputLine(line: BatchOutputLine | { readonly id: string | number; readonly article: unknown }): string {
  return JSON.stringify(line);
}

/** The error line of a record. */
export function errorLine(id: string | number, error: BatchError): string {
  return outputLine({ id, error });
}

/** The record's id: its `id` field when it is a string or number, else `line:N`. */
function idOf(record: unknown, lineNumber: number): string | number {
  const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : `line:${lineNumber}`;
}

/** The id of a record line, read again after the worker parsing it died (only then: it costs a JSON parse). */
export function recordIdOf(line: string, lineNumber: number): string | number {
  try {
    return idOf(JSON.parse(line), lineNumber);
  } catch {
    return `line:${lineNumber}`;
  }
}

/** One output line for one input line (the line's number is the id when the record has none or is malformed). */
export function processRecordLine(line: string, lineNumber: number, options: RecordOptions = {}): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return errorLine(`line:${lineNumber}`, { code: 'MALFORMED_RECORD', message: 'the line is not JSON' });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return errorLine(`line:${lineNumber}`, { code: 'MALFORMED_RECORD', message: 'the line is not a JSON object' });
  }
  const fields = record as Record<string, unknown>;
  const id = idOf(record, lineNumber);
  const html = fields['html'];
  const text = fields['text'];
  const input = typeof html === 'string' ? html : text;
  if (typeof input !== 'string') {
    return errorLine(id, { code: 'MALFORMED_RECORD', message: 'the record has no "text" or "html" string' });
  }
  const url = typeof fields['url'] === 'string' ? fields['url'] : undefined;
  try {
    const article = parseArticle(input, {
      format: typeof html === 'string' ? 'html' : 'auto',
      ...(url === undefined ? {} : { url }),
      ...(options.maxInputLength === undefined ? {} : { maxInputLength: options.maxInputLength }),
    });
    return outputLine({ id, article: OUTPUT_FORMATS[options.output ?? 'json'].batchValue(article, { pretty: false, frontMatter: options.frontMatter === true }) });
  } catch (error) {
    if (isArticleParseError(error)) return errorLine(id, { code: error.code, message: error.message });
    return errorLine(id, { code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) });
  }
}
