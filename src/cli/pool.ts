import { Worker } from 'node:worker_threads';
import { errorLine, processRecordLine, recordIdOf } from './records';
import type { RecordResult, RecordTask, WorkerReady } from './worker';

/**
 * The worker threads of the batch: each parses one record at a time. A worker that dies (out of memory, a crash)
 * gives an error line for the record it held and is replaced; the batch goes on. Serial runs (`--jobs 1`) use one
 * worker too, so they give the same lines as parallel runs, failing records included.
 * @module
 */

/** Parses record lines into output lines. */
export interface RecordPool {
  /** The output line of a record (never rejects for a record's sake). */
  run(task: RecordTask): Promise<string>;
  /** Stops the workers. */
  close(): Promise<void>;
  /** Why the workers could not run at all (one died before taking a record), if they could not. */
  broken(): Error | undefined;
}

/** Where the pool's workers come from and what they may use. */
export interface PoolOptions {
  /** Worker threads. */
  readonly size: number;
  /** The built worker module; `undefined` when running from source: records are then parsed in this thread. */
  readonly workerUrl: URL | undefined;
  /** Old-generation heap limit per worker, in MB (`SCRAPED_ARTICLE_WORKER_HEAP_MB`); the V8 default otherwise. */
  readonly heapMb?: number;
}

/** A task waiting for, or held by, a worker. */
interface Job {
  readonly task: RecordTask;
  readonly resolve: (line: string) => void;
}

/** One worker and the job it holds. */
interface Slot {
  readonly worker: Worker;
  /** Whether its module has loaded (it said so); records go only to ready workers. */
  ready: boolean;
  job: Job | undefined;
  failure: Error | undefined;
}

/** The error line of a record whose worker died: the same whichever worker or thread count it ran on. */
function workerFailedLine(task: RecordTask, failure: Error | undefined, exitCode: number): string {
  const outOfMemory = (failure as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const message = outOfMemory
    ? 'the worker parsing this record ran out of memory'
    : `the worker parsing this record stopped${failure === undefined ? ` (exit code ${exitCode})` : `: ${failure.message}`}`;
  return errorLine(recordIdOf(task.line, task.lineNumber), { code: 'WORKER_FAILED', message });
}

/**
 * Creates the pool.
 * @param options - size, worker module and heap limit
 * @returns the pool
 */
export function createPool(options: PoolOptions): RecordPool {
  const { workerUrl } = options;
  if (workerUrl === undefined) {
    return {
      run: (task) => Promise.resolve(processRecordLine(task.line, task.lineNumber, task.options)),
      close: () => Promise.resolve(),
      broken: () => undefined,
    };
  }
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let closing = false;
  let fatal: Error | undefined;

  const dispatch = (slot: Slot): void => {
    const job = queue.shift();
    slot.job = job;
    if (job !== undefined) slot.worker.postMessage(job.task);
  };

  const spawn = (): void => {
    const worker = new Worker(workerUrl, options.heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
    const slot: Slot = { worker, ready: false, job: undefined, failure: undefined };
    slots.add(slot);
    worker.on('message', (message: RecordResult | WorkerReady) => {
      if ('ready' in message) {
        slot.ready = true;
        dispatch(slot);
        return;
      }
      const job = slot.job;
      slot.job = undefined;
      job?.resolve(message.output);
      dispatch(slot);
    });
    worker.on('error', (error) => {
      slot.failure = error;
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      if (closing) return;
      const job = slot.job;
      if (!slot.ready || job === undefined) {
        // A worker that dies before it is ready or while idle (it cannot load) would die again: stop, do not loop.
        fatal = slot.failure ?? new Error(`a batch worker stopped (exit code ${code})`);
        for (const waiting of queue.splice(0)) waiting.resolve(errorLine(recordIdOf(waiting.task.line, waiting.task.lineNumber), { code: 'WORKER_FAILED', message: fatal.message }));
        return;
      }
      job.resolve(workerFailedLine(job.task, slot.failure, code));
      spawn();
    });
  };

  for (let index = 0; index < options.size; index++) spawn();
  return {
    run: (task) =>
      new Promise<string>((resolve) => {
        if (fatal !== undefined) {
          resolve(errorLine(recordIdOf(task.line, task.lineNumber), { code: 'WORKER_FAILED', message: fatal.message }));
          return;
        }
        queue.push({ task, resolve });
        const idle = [...slots].find((slot) => slot.ready && slot.job === undefined);
        if (idle !== undefined) dispatch(idle);
      }),
    close: async () => {
      closing = true;
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
    broken: () => fatal,
  };
}
