import { processRecordLine, type RecordOptions } from './records';

/** One batch task: a line, its number and the parse options. */
export interface RecordTask {
  readonly line: string;
  readonly lineNumber: number;
  readonly options: RecordOptions;
}

/**
 * The worker-thread entry of `scraped-article --ndjson --jobs N`: parses one record.
 * @param task - the record line and its number
 * @returns the output line
 */
export function processTask(task: RecordTask): string {
  return processRecordLine(task.line, task.lineNumber, task.options);
}
