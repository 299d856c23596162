import { parseArgs as parseArgv } from 'node:util';
import type { FormatOption } from '../options';
import { OUTPUT_FORMATS, type OutputName, type OutputSettings, formatsReading, isOutputName } from './output';

/**
 * The command line of `scraped-article`: one table of options (names, values, which mode each applies to, help
 * text), read with `node:util` `parseArgs` — `--name=value` and `--name value` both work, `--` ends the options, an
 * unknown or misplaced option is a one-line usage error (exit 2).
 * @module
 */

/** Parsed command-line arguments of `scraped-article`. */
export interface CliArgs {
  /** The input files in order (`-` is standard input); empty means standard input. */
  readonly inputs: readonly string[];
  /** Batch mode: NDJSON records in, one output line per record. */
  readonly ndjson: boolean;
  /** Worker threads for batch mode. */
  readonly jobs: number;
  /** Longest input accepted per record or file. */
  readonly maxInputLength?: number;
  /** Indented JSON (single mode; `json` and `jsonld` output). */
  readonly pretty: boolean;
  /** YAML front matter before the Markdown (`markdown` output). */
  readonly frontMatter: boolean;
  /** The page URL (single mode). */
  readonly url?: string;
  /** The input format (single mode). */
  readonly format: FormatOption;
  /** How the Article is written. */
  readonly output: OutputName;
  /** Batch progress on standard error: forced on, forced off, or when standard error is a terminal. */
  readonly progress?: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** Which mode an option applies to: a misplaced one is an error rather than silently ignored. */
type Mode = 'any' | 'single' | 'batch';

/** One command-line option. */
interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** The value's placeholder in the help; absent for a flag. */
  readonly value?: string;
  readonly mode: Mode;
  readonly help: string;
  /** A flag that also has a `--no-` form. */
  readonly negatable?: boolean;
  /** The output setting the option sets: it applies only with the output formats that read it. */
  readonly setting?: keyof OutputSettings;
}

/** `json, markdown` → `json or markdown`. */
function either(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/** Every option, in help order. */
const OPTIONS: readonly OptionSpec[] = [
  { name: 'ndjson', mode: 'any', help: 'batch mode: NDJSON records in, one NDJSON line out per record' },
  { name: 'jobs', value: '<n>', mode: 'batch', help: 'worker threads for --ndjson (default 1)' },
  { name: 'progress', mode: 'batch', negatable: true, help: 'progress and summary on standard error (default: when it is a terminal)' },
  { name: 'url', value: '<url>', mode: 'single', help: 'the page URL, when known' },
  { name: 'format', value: '<format>', mode: 'single', help: 'auto (default), text or html' },
  { name: 'output', value: '<format>', mode: 'any', help: `what to write: ${Object.keys(OUTPUT_FORMATS).join(', ')} (default json)` },
  { name: 'pretty', mode: 'single', setting: 'pretty', help: `indent the JSON (--output ${either(formatsReading('pretty'))})` },
  { name: 'front-matter', mode: 'any', setting: 'frontMatter', help: `YAML front matter first (--output ${either(formatsReading('frontMatter'))})` },
  { name: 'max-input-length', value: '<n>', mode: 'any', help: 'longest input accepted, in characters (default 10000000)' },
  { name: 'help', short: 'h', mode: 'any', help: 'show this help' },
  { name: 'version', short: 'v', mode: 'any', help: 'print the version' },
];

/** The option column of the help: `-h, --help`, `    --jobs <n>`, `    --[no-]progress`. */
function optionLabel(option: OptionSpec): string {
  const long = option.negatable === true ? `--[no-]${option.name}` : `--${option.name}`;
  return `${option.short === undefined ? '    ' : `-${option.short}, `}${long}${option.value === undefined ? '' : ` ${option.value}`}`;
}

/** The help lines of the options, descriptions aligned in one column. */
function optionLines(): string {
  const labels = OPTIONS.map(optionLabel);
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  return OPTIONS.map((option, index) => `  ${(labels[index] ?? '').padEnd(width)}${option.help}`).join('\n');
}

/** Usage text. */
export const USAGE = `Usage: scraped-article [options] [file | -]
       scraped-article --ndjson [options] [file | - ...]

Parses scraped article text or HTML and prints the Article as JSON (--output: as Markdown, schema.org JSON-LD or
plain text). Without a file, reads standard input (when it is not a terminal).
With --ndjson, reads records {"id", "url"?, "text" | "html"} one per line (files in order, - for standard input)
and writes one {"id", "article"} or {"id", "error"} line per record, in order; a failing record never stops the
batch, blank lines are skipped. Files ending in .warc, .warc.gz, .wet or .wet.gz are read as WARC/WET.
Exit status: 0 on success (also when records fail), 1 when an input cannot be read, 2 on bad usage.

Options:
${optionLines()}
`;

/** Thrown for unusable arguments; the CLI prints its one-line message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const;
}

/** A whole number within bounds, or a usage error naming the option. */
function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = /^\d{1,12}$/u.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not '${text}'`);
  return value;
}

/** The option name in a `node:util` parse error (`Unknown option '--x'`), for a one-line message. */
function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/u.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/argument missing/u.test(message) ? `${option} needs a value` : `${option} takes no value`);
  }
  return new UsageError(message.split('. ')[0] ?? message);
}

/**
 * Parses `process.argv.slice(2)`.
 * @param argv - the arguments
 * @returns the parsed arguments
 * @throws {@link UsageError} for an unknown, malformed or misplaced option
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const options = Object.fromEntries(
    OPTIONS.map((option) => [
      option.name,
      { type: option.value === undefined ? 'boolean' : 'string', ...(option.short === undefined ? {} : { short: option.short }) } as const,
    ]),
  );
  let parsed;
  try {
    parsed = parseArgv({ args: [...argv], options, allowPositionals: true, allowNegative: true, strict: true, tokens: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const help = values['help'] === true;
  const version = values['version'] === true;
  const ndjson = values['ndjson'] === true;
  const output = text('output') ?? 'json';
  if (!isOutputName(output)) throw new UsageError(`--output takes ${Object.keys(OUTPUT_FORMATS).join(', ')}, not '${output}'`);
  const settings: readonly string[] = OUTPUT_FORMATS[output].settings;
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const spec = OPTIONS.find((option) => option.name === token.name);
    if (token.inlineValue === undefined && token.value === undefined && spec?.negatable !== true && token.rawName.startsWith('--no-')) {
      throw new UsageError(`unknown option ${token.rawName}`);
    }
    if (spec?.mode === 'batch' && !ndjson) throw new UsageError(`${token.rawName} applies only with --ndjson`);
    if (spec?.mode === 'single' && ndjson) throw new UsageError(`${token.rawName} does not apply with --ndjson (records carry their own)`);
    if (spec?.setting !== undefined && !settings.includes(spec.setting)) {
      throw new UsageError(`${token.rawName} applies only with --output ${either(formatsReading(spec.setting))}`);
    }
  }
  const inputs = parsed.positionals;
  if (!ndjson && inputs.length > 1 && !help && !version) throw new UsageError(`one input file at a time (use --ndjson for a batch): unexpected ${inputs[1] ?? ''}`);
  const jobs = text('jobs');
  const maxInputLength = text('max-input-length');
  const url = text('url');
  const format = text('format') ?? 'auto';
  if (format !== 'auto' && format !== 'text' && format !== 'html') throw new UsageError(`--format takes auto, text or html, not '${format}'`);
  const progress = values['progress'];
  return {
    inputs,
    ndjson,
    jobs: jobs === undefined ? 1 : wholeNumber('jobs', jobs, 1, 256),
    ...(maxInputLength === undefined ? {} : { maxInputLength: wholeNumber('max-input-length', maxInputLength, 0, Number.MAX_SAFE_INTEGER) }),
    pretty: values['pretty'] === true,
    frontMatter: values['front-matter'] === true,
    ...(url === undefined ? {} : { url }),
    format,
    output,
    ...(typeof progress === 'boolean' ? { progress } : {}),
    help,
    version,
  };
}
