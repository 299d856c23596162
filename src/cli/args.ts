import type { FormatOption } from '../options';

/** Parsed command-line arguments of `scraped-article`. */
export interface CliArgs {
  readonly input?: string;
  readonly pretty: boolean;
  readonly url?: string;
  readonly format: FormatOption;
  readonly help: boolean;
  readonly version: boolean;
}

/** Usage text. */
export const USAGE = `Usage: scraped-article [options] <file | ->

Parses scraped article text or HTML and prints the Article as JSON.

Options:
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
  let input: string | undefined;
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
    else if (arg === '--url') url = value();
    else if (arg === '--format') {
      const chosen = value();
      if (chosen !== 'auto' && chosen !== 'text' && chosen !== 'html') throw new UsageError(`unknown format: ${chosen}`);
      format = chosen;
    } else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else if (input === undefined) input = arg;
    else throw new UsageError(`unexpected argument: ${arg}`);
  }
  return { ...(input === undefined ? {} : { input }), pretty, ...(url === undefined ? {} : { url }), format, help, version };
}
