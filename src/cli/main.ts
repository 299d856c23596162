import { readFileSync } from 'node:fs';
import { decodeHtmlBytes } from '../encoding/index';
import { isArticleParseError, parseArticle } from '../index';
import { type CliArgs, parseArgs, USAGE, UsageError } from './args';
import { OUTPUT_FORMATS } from './output';

/**
 * The `scraped-article` command: one input (a file or standard input) to one Article, or `--ndjson` batches.
 * Exit status: 0 on success (in batch mode also when records fail: they become error lines), 1 when an input cannot
 * be read (or, for one input, parsed) or the output cannot be written, 2 on bad usage, 141 when the reader of the
 * output went away (`| head -1`), as for a process ended by SIGPIPE.
 * @module
 */

/** The package version, replaced at build time. */
declare const __VERSION__: string;

/** Exit status of a writer whose reader closed the pipe: 128 + SIGPIPE, what a shell shows for `yes | head -1`. */
const EXIT_BROKEN_PIPE = 141;

/** Ends the process quietly when standard output fails: a closed pipe, a full disk. */
function watchOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
    process.stderr.write(`scraped-article: cannot write the output: ${error.code === 'ENOSPC' ? 'no space left on device' : error.message}\n`);
    process.exit(1);
  });
  // Progress and messages must not fail the run either.
  process.stderr.on('error', () => undefined);
}

/** One input: a file, or standard input. */
function runSingle(args: CliArgs): number {
  const input = args.inputs[0] ?? '-';
  let text: string;
  try {
    // Decoded by its byte-order mark or <meta> charset, else as UTF-8.
    text = decodeHtmlBytes(readFileSync(input === '-' ? 0 : input));
  } catch (error) {
    process.stderr.write(`scraped-article: cannot read ${input === '-' ? 'standard input' : input}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const article = parseArticle(text, {
      format: args.format,
      ...(args.url === undefined ? {} : { url: args.url }),
      ...(args.maxInputLength === undefined ? {} : { maxInputLength: args.maxInputLength }),
    });
    process.stdout.write(`${OUTPUT_FORMATS[args.output].render(article, { pretty: args.pretty, frontMatter: args.frontMatter })}\n`);
    return 0;
  } catch (error) {
    if (isArticleParseError(error)) {
      process.stderr.write(`scraped-article: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** The per-worker heap limit tests set to exhaust a worker's memory cheaply. */
function workerHeapMb(): number | undefined {
  const value = Number(process.env['SCRAPED_ARTICLE_WORKER_HEAP_MB']);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Runs the CLI and returns the exit status.
 * @param argv - the arguments after the program name
 * @returns the exit status
 */
export async function run(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`scraped-article: ${error.message} (see scraped-article --help)\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  if (args.inputs.length === 0 && process.stdin.isTTY === true) {
    process.stderr.write('scraped-article: no input: give a file, or pipe the input to standard input (see scraped-article --help)\n');
    return 2;
  }
  if (!args.ndjson) return runSingle(args);
  const heapMb = workerHeapMb();
  // Batch mode alone needs the stream, gzip, WARC and worker code: a one-file run does not load it.
  const { runBatch } = await import('./batch');
  const summary = await runBatch({
    inputs: args.inputs,
    jobs: args.jobs,
    output: args.output,
    frontMatter: args.frontMatter,
    ...(args.maxInputLength === undefined ? {} : { maxInputLength: args.maxInputLength }),
    ...(args.progress === undefined ? {} : { progress: args.progress }),
    ...(heapMb === undefined ? {} : { workerHeapMb: heapMb }),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
  if (summary.workersBroken !== undefined) process.stderr.write(`scraped-article: the batch workers could not run: ${summary.workersBroken}\n`);
  return summary.unreadable > 0 || summary.workersBroken !== undefined ? 1 : 0;
}

watchOutput();
process.exitCode = await run(process.argv.slice(2));
