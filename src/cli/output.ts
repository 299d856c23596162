import type { Article } from '../index';
import { toJsonLd, toMarkdown } from '../output/index';

/**
 * The output formats of the CLI (`--output`): one entry per format, so a new renderer is one more row.
 * @module
 */

/** The rendering options of the command line; each applies to the formats that list it in `settings`. */
export interface OutputSettings {
  /** `--pretty`: indented JSON. */
  readonly pretty: boolean;
  /** `--front-matter`: YAML front matter before the Markdown. */
  readonly frontMatter: boolean;
}

/** How one output format writes an Article. */
export interface OutputFormat {
  /** The Article as the text written for a single input (no trailing newline). */
  render(article: Article, settings: OutputSettings): string;
  /** The value of the `article` field of a batch line (one line: no raw newlines once JSON-encoded). */
  batchValue(article: Article, settings: OutputSettings): unknown;
  /** The settings this format reads: any other one given is a usage error. */
  readonly settings: readonly (keyof OutputSettings)[];
}

/**
 * The Article as plain text: the title, then every body block (headings, paragraphs, list items, block quotes) in
 * reading order, one blank line between them; no markup and no metadata.
 */
function plainText(article: Article): string {
  const blocks = article.body.map((block) => block.text).filter((text) => text.length > 0);
  return (article.title === undefined ? blocks : [article.title, ...blocks]).join('\n\n');
}

/** Every output format, by its `--output` name (the first is the default). */
export const OUTPUT_FORMATS = {
  json: {
    render: (article, { pretty }) => JSON.stringify(article, null, pretty ? 2 : undefined),
    batchValue: (article) => article,
    settings: ['pretty'],
  },
  markdown: {
    render: (article, { frontMatter }) => toMarkdown(article, { frontMatter }).trimEnd(),
    batchValue: (article, { frontMatter }) => toMarkdown(article, { frontMatter }),
    settings: ['frontMatter'],
  },
  jsonld: {
    render: (article, { pretty }) => JSON.stringify(toJsonLd(article), null, pretty ? 2 : undefined),
    batchValue: (article) => toJsonLd(article),
    settings: ['pretty'],
  },
  text: {
    render: plainText,
    batchValue: plainText,
    settings: [],
  },
} as const satisfies Readonly<Record<string, OutputFormat>>;

/** The name of an output format. */
export type OutputName = keyof typeof OUTPUT_FORMATS;

/** Whether a string names an output format. */
export function isOutputName(name: string): name is OutputName {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}

/** The output formats that read a setting, by name (for the help and for usage errors). */
export function formatsReading(setting: keyof OutputSettings): OutputName[] {
  return (Object.keys(OUTPUT_FORMATS) as OutputName[]).filter((name) => (OUTPUT_FORMATS[name].settings as readonly string[]).includes(setting));
}
