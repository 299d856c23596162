import type { FormatOption } from '../options';

/** Parsed command-line arguments of `scraped-article`. */
export interface CliArgs {
  readonly input?: string;
  /** Every input file (batch mode takes several). */
  readonly inputs: readonly string[];
  /** Batch mode: NDJSON records in, one Article line out per record. */
  readonly ndjson: boolean;
  /** Worker threads for batch mode. */
  readonly jobs: number;
  /** Longest input accepted per record or file. */
  readonly maxInputLength?: number;
  readonly pretty: boolean;
  readonly url?: string;
  readonly format: FormatOption;
  readonly help: boolean;
  readonly version: boolean;
}

/** Usage text. */
export const USAGE = `Usage: scraped-article [options] <file | ->
       scraped-article --ndjson [--jobs N] [file ...]

Parses scraped article text or HTML and prints the Article as JSON.
With --ndjson, reads records {"id", "url"?, "text" | "html"} one per line (files or standard input) and writes one
{"id", "article"} or {"id", "error"} line per record, in order; a failing record never stops the batch.
Files ending in .warc, .warc.gz, .wet or .wet.gz are read as WARC/WET (HTML responses and text conversions).

Options:
  --ndjson            batch mode (see above)
  --jobs <n>          worker threads for --ndjson (default 1)
  --max-input-length <n>  longest input accepted, in characters (default 10000000)
  --pretty            indent the JSON
  --url <url>         the page URL, when known
  --format <format>   auto (default), text or html
  -h, --help          show this help
  -v, --version       print the version
`;

/** Thrown for unusable arguments; the CLI prints its message and the usage, and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const;
}

/**
 * Parses `process.argv.slice(2)`.
 * @param argv - the arguments
 * @returns the parsed arguments
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const inputs: string[] = [];
  let ndjson = false;
  let jobs = 1;
  let maxInputLength: number | undefined;
  let pretty = false;
  let url: string | undefined;
  let format: FormatOption = 'auto';
  let help = false;
  let version = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const value = (): string => {
      const next = argv[index + 1];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--pretty') pretty = true;
    else if (arg === '--ndjson') ndjson = true;
    else if (arg === '--jobs') {
      jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('--jobs takes a whole number from 1 to 256');
    } else if (arg === '--max-input-length') {
      maxInputLength = Number(value());
      if (!Number.isInteger(maxInputLength) || maxInputLength < 0) throw new UsageError('--max-input-length takes a whole number');
    }
    else if (arg === '--url') url = value();
    else if (arg === '--format') {
      const chosen = value();
      if (chosen !== 'auto' && chosen !== 'text' && chosen !== 'html') throw new UsageError(`unknown format: ${chosen}`);
      format = chosen;
    } else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (!ndjson && inputs.length > 1) throw new UsageError(`unexpected argument: ${inputs[1] ?? ''}`);
  const input = inputs[0];
  return {
    ...(input === undefined ? {} : { input }),
    inputs,
    ndjson,
    jobs,
    ...(maxInputLength === undefined ? {} : { maxInputLength }),
    pretty,
    ...(url === undefined ? {} : { url }),
    format,
    help,
    version,
  };
}
