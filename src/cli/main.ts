import { readFileSync } from 'node:fs';
import { decodeHtmlBytes } from '../encoding/decode-html';
import { isArticleParseError, parseArticle } from '../index';
import { parseArgs, USAGE, UsageError } from './args';
import { runBatch } from './batch';

/** The package version, replaced at build time. */
declare const __VERSION__: string;

/** Reads a file (`-`: standard input), decoded by its BOM or `<meta>` charset, else as UTF-8. */
function readInput(file: string): string {
  return decodeHtmlBytes(readFileSync(file === '-' ? 0 : file));
}

/**
 * Runs the CLI and returns the exit code: 0 on success (in batch mode also when records fail: they become error
 * lines), 1 when the input cannot be read or parsed, 2 on bad usage.
 * @param argv - the arguments after the program name
 * @returns the exit code
 */
export async function run(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`scraped-article: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  if (args.ndjson) {
    try {
      await runBatch({
        inputs: args.inputs,
        jobs: args.jobs,
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        ...(args.maxInputLength === undefined ? {} : { maxInputLength: args.maxInputLength }),
      });
      return 0;
    } catch (error) {
      // Only the input itself can fail the batch (an unreadable file, a missing optional package); records cannot.
      process.stderr.write(`scraped-article: ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (args.input === undefined) {
    process.stderr.write(`scraped-article: no input file (use - for standard input)\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readInput(args.input);
  } catch (error) {
    process.stderr.write(`scraped-article: cannot read ${args.input}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const article = parseArticle(text, {
      format: args.format,
      ...(args.url === undefined ? {} : { url: args.url }),
      ...(args.maxInputLength === undefined ? {} : { maxInputLength: args.maxInputLength }),
    });
    process.stdout.write(`${JSON.stringify(article, null, args.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (error) {
    if (isArticleParseError(error)) {
      process.stderr.write(`scraped-article: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await run(process.argv.slice(2));
