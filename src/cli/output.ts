import type { Article } from '../index';

/**
 * The output formats of the CLI (`--output`): one entry per format, so a new renderer is one more row.
 * @module
 */

/** How one output format writes an Article. */
export interface OutputFormat {
  /** The Article as the text written for a single input (no trailing newline). */
  render(article: Article, settings: { readonly pretty: boolean }): string;
  /** The value of the `article` field of a batch line (one line: no raw newlines once JSON-encoded). */
  batchValue(article: Article): unknown;
}

/** Every output format, by its `--output` name. */
export const OUTPUT_FORMATS = {
  json: {
    render: (article, { pretty }) => JSON.stringify(article, null, pretty ? 2 : undefined),
    batchValue: (article) => article,
  },
} as const satisfies Readonly<Record<string, OutputFormat>>;

/** The name of an output format. */
export type OutputName = keyof typeof OUTPUT_FORMATS;

/** Whether a string names an output format. */
export function isOutputName(name: string): name is OutputName {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}
