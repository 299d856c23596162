import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Tinypool } from 'tinypool';
import { createProgress } from './progress';
import { processRecordLine, type RecordOptions } from './records';
import { isWarcFile, warcRecordLines } from './warc';

/**
 * The batch mode: NDJSON records from files or standard input, one output line per record, in input order;
 * `--jobs N` spreads the parsing over N worker threads.
 * @module
 */

/** What the batch was asked to do. */
export interface BatchOptions extends RecordOptions {
  readonly inputs: readonly string[];
  readonly jobs: number;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** The built worker module next to this one, or `undefined` when running from source (then work stays in-process). */
function workerFile(): string | undefined {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? undefined : new URL('./cli-worker.js', here).href;
}

/**
 * The record lines of every input, each file opened when it is reached: NDJSON lines as they are, WARC/WET files
 * converted record by record; standard input when no file is given.
 */
async function* recordLines(files: readonly string[], stdin: Readable): AsyncGenerator<string> {
  if (files.length === 0) {
    yield* createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
    return;
  }
  for (const file of files) {
    if (isWarcFile(file)) yield* warcRecordLines(file);
    else yield* createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  }
}

/** Writes a line, waiting when the output is full. */
async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * Runs a batch. Every record gives exactly one output line, in order; failing records give error lines.
 * @param options - inputs, jobs and streams
 * @returns the number of records processed
 */
export async function runBatch(options: BatchOptions): Promise<number> {
  const fromStdin = options.inputs.length === 0 || options.inputs.includes('-');
  // Every file must exist before anything is written (a missing file fails the batch up front, with exit code 1).
  const totalBytes = fromStdin ? undefined : (await Promise.all(options.inputs.map((file) => stat(file)))).reduce((sum, info) => sum + info.size, 0);
  const progress = createProgress(options.stderr, totalBytes);
  const recordOptions: RecordOptions = options.maxInputLength === undefined ? {} : { maxInputLength: options.maxInputLength };
  const filename = workerFile();
  const pool =
    options.jobs > 1 && filename !== undefined
      ? new Tinypool({ filename, name: 'processTask', minThreads: options.jobs, maxThreads: options.jobs })
      : undefined;
  const pending: Promise<string>[] = [];
  const window = Math.max(1, options.jobs * 8);
  let lineNumber = 0;
  let count = 0;
  const flushOne = async (): Promise<void> => {
    const next = pending.shift();
    if (next !== undefined) {
      await writeLine(options.stdout, await next);
      count += 1;
      progress.record();
    }
  };
  try {
    for await (const line of recordLines(fromStdin ? [] : options.inputs, options.stdin)) {
      lineNumber += 1;
      progress.bytes(Buffer.byteLength(line) + 1);
      if (line.trim().length === 0) continue;
      const task = { line, lineNumber, options: recordOptions };
      pending.push(pool === undefined ? Promise.resolve(processRecordLine(line, lineNumber, recordOptions)) : (pool.run(task) as Promise<string>));
      if (pending.length >= window) await flushOne();
    }
    while (pending.length > 0) await flushOne();
  } finally {
    progress.done();
    await pool?.destroy();
  }
  return count;
}
