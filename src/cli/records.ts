import { isArticleParseError, parseArticle } from '../index';

/**
 * The NDJSON record contract of the batch CLI: one `{"id", "url"?, "text" | "html"}` object a line in, one
 * `{"id", "article"}` or `{"id", "error"}` line out — a record that fails never stops the batch.
 * @module
 */

/** Options every record is parsed with. */
export interface RecordOptions {
  readonly maxInputLength?: number;
}

/** One output line for one input line (the line's number is the id when the record has none or is malformed). */
export function processRecordLine(line: string, lineNumber: number, options: RecordOptions = {}): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: `line:${lineNumber}`, error: { code: 'MALFORMED_RECORD', message: 'the line is not JSON' } });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return JSON.stringify({ id: `line:${lineNumber}`, error: { code: 'MALFORMED_RECORD', message: 'the line is not a JSON object' } });
  }
  const fields = record as Record<string, unknown>;
  const id = typeof fields['id'] === 'string' || typeof fields['id'] === 'number' ? fields['id'] : `line:${lineNumber}`;
  const html = fields['html'];
  const text = fields['text'];
  const input = typeof html === 'string' ? html : text;
  if (typeof input !== 'string') {
    return JSON.stringify({ id, error: { code: 'MALFORMED_RECORD', message: 'the record has no "text" or "html" string' } });
  }
  const url = typeof fields['url'] === 'string' ? fields['url'] : undefined;
  try {
    const article = parseArticle(input, {
      format: typeof html === 'string' ? 'html' : 'auto',
      ...(url === undefined ? {} : { url }),
      ...(options.maxInputLength === undefined ? {} : { maxInputLength: options.maxInputLength }),
    });
    return JSON.stringify({ id, article });
  } catch (error) {
    if (isArticleParseError(error)) return JSON.stringify({ id, error: { code: error.code, message: error.message } });
    return JSON.stringify({ id, error: { code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) } });
  }
}
