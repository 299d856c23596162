import { parentPort } from 'node:worker_threads';
import { processRecordLine, type RecordOptions } from './records';

/**
 * The worker-thread entry of the batch CLI: parses the records the pool sends, one at a time.
 * @module
 */

/** One batch task: a line, its number and the parse options. */
export interface RecordTask {
  readonly line: string;
  readonly lineNumber: number;
  readonly options: RecordOptions;
}

/** A finished task: the output line. */
export interface RecordResult {
  readonly output: string;
}

/** The worker's first message: its module loaded, it takes records. */
export interface WorkerReady {
  readonly ready: true;
}

parentPort?.on('message', (task: RecordTask) => {
  const result: RecordResult = { output: processRecordLine(task.line, task.lineNumber, task.options) };
  parentPort?.postMessage(result);
});
const ready: WorkerReady = { ready: true };
parentPort?.postMessage(ready);
