import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { OutputName } from './output';
import { type InputItem, readInputs } from './inputs';
import { createPool } from './pool';
import { createProgress } from './progress';
import { errorLine, type RecordOptions } from './records';

/**
 * The batch mode: NDJSON records from files and standard input, one output line per record, in input order;
 * `--jobs N` spreads the parsing over N worker threads. Nothing is lost: a failing record, a dead worker and an
 * unreadable input each give an error line, and the batch goes on.
 * @module
 */

/** What the batch was asked to do. */
export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly jobs: number;
  readonly maxInputLength?: number;
  readonly output: OutputName;
  /** `--front-matter` (Markdown output). */
  readonly frontMatter?: boolean;
  /** `--progress` / `--no-progress`; absent: when standard error is a terminal. */
  readonly progress?: boolean;
  /** Old-generation heap limit per worker, in MB. */
  readonly workerHeapMb?: number;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** What the batch did. */
export interface BatchSummary {
  /** Record lines written (failing records included). */
  readonly records: number;
  /** Inputs that could not be read to their end. */
  readonly unreadable: number;
  /** Why the worker threads could not run (their records got `WORKER_FAILED` lines), if they could not. */
  readonly workersBroken?: string;
}

/** The built worker module next to this one, or `undefined` when running from source (then work stays in-process). */
function workerUrl(): URL | undefined {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? undefined : new URL('./cli-worker.js', here);
}

/** Writes a line, waiting when the output is full. */
async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** The total size of the input files, when all are regular files (for the progress bar). */
async function totalSize(inputs: readonly string[]): Promise<number | undefined> {
  if (inputs.length === 0 || inputs.includes('-')) return undefined;
  const sizes = await Promise.all(inputs.map((file) => stat(file).then((info) => (info.isFile() ? info.size : 0), () => 0)));
  return sizes.reduce((sum, value) => sum + value, 0);
}

/** The error line of an input that could not be read. */
function unreadableLine(item: Extract<InputItem, { kind: 'unreadable' }>): string {
  const name = item.file === '-' ? 'standard input' : item.file;
  const message = `cannot read ${name} after ${item.records} record${item.records === 1 ? '' : 's'} (${item.bytes} bytes): ${item.reason}`;
  return errorLine(`file:${item.file}`, { code: 'INPUT_UNREADABLE', message, file: item.file, recordsRead: item.records });
}

/** An input item on its way out: its output line (none for a blank line) and what it counts for. */
interface Pending {
  readonly item: InputItem;
  readonly line: Promise<string | undefined>;
}

/**
 * Runs a batch. Every record gives exactly one output line, in order; failing records give error lines, and so does
 * an input that cannot be read (after the records read from it).
 * @param options - inputs, jobs and streams
 * @returns what was done
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const totalBytes = await totalSize(options.inputs);
  const progress = createProgress(options.stderr, {
    ...(options.progress === undefined ? {} : { enabled: options.progress }),
    ...(totalBytes === undefined ? {} : { totalBytes }),
  });
  const recordOptions: RecordOptions = {
    output: options.output,
    frontMatter: options.frontMatter === true,
    ...(options.maxInputLength === undefined ? {} : { maxInputLength: options.maxInputLength }),
  };
  const pool = createPool({
    size: options.jobs,
    workerUrl: workerUrl(),
    ...(options.workerHeapMb === undefined ? {} : { heapMb: options.workerHeapMb }),
  });
  const pending: Pending[] = [];
  const window = options.jobs * 8;
  let lineNumber = 0;
  let records = 0;
  let unreadable = 0;
  const flushOne = async (): Promise<void> => {
    const next = pending.shift();
    if (next === undefined) return;
    const line = await next.line;
    if (line !== undefined) await writeLine(options.stdout, line);
    if (next.item.kind === 'record') {
      records += 1;
      progress.record(next.item.bytes);
    } else if (next.item.kind === 'blank') progress.blank(next.item.bytes);
    else {
      unreadable += 1;
      progress.unreadable(next.item.bytes);
    }
  };
  let workersBroken: Error | undefined;
  try {
    for await (const item of readInputs(options.inputs, options.stdin)) {
      let line: Promise<string | undefined>;
      if (item.kind === 'record') {
        lineNumber += 1;
        line = pool.run({ line: item.line, lineNumber, options: recordOptions });
      } else if (item.kind === 'blank') {
        lineNumber += 1;
        line = Promise.resolve(undefined);
      } else line = Promise.resolve(unreadableLine(item));
      pending.push({ item, line });
      if (pending.length >= window) await flushOne();
    }
    while (pending.length > 0) await flushOne();
  } finally {
    workersBroken = pool.broken();
    await pool.close();
    progress.done();
  }
  return { records, unreadable, ...(workersBroken === undefined ? {} : { workersBroken: workersBroken.message }) };
}
