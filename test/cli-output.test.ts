import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './built-cli';

/** The CLI's output formats (`--output json|markdown|jsonld|text`) and `--front-matter`, on the built `scraped-article`. */

beforeAll(ensureBuilt, 120_000);

const URL_OPTION = '--url=https://example.com/2024/05/04/fair';
/** A short page: a title with Markdown-active characters, a byline, two paragraphs (one with brackets); its date is the URL's. */
const page = [
  'Stars *and* Bars at the Fair',
  'By Jane Roe',
  'The fair opened on Saturday with a parade, and the crowd was larger than last year, the organisers said.',
  'A second paragraph follows, with a link-like [note] and more words to read.',
].join('\n\n');
const first = 'The fair opened on Saturday with a parade, and the crowd was larger than last year, the organisers said.';
const second = 'A second paragraph follows, with a link-like [note] and more words to read.';
const markdown = `# Stars \\*and\\* Bars at the Fair\n\nBy Jane Roe · 2024-05-04\n\n${first}\n\n${second.replace('[note]', '\\[note\\]')}\n`;
const frontMatter = '---\nurl: "https://example.com/2024/05/04/fair"\ntitle: "Stars *and* Bars at the Fair"\nauthors:\n  - "Jane Roe"\npublishedAt: "2024-05-04T00:00:00.000Z"\nlanguage: "en"\n---\n\n';
const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: 'Stars *and* Bars at the Fair',
  description: first,
  datePublished: '2024-05-04T00:00:00.000Z',
  author: [{ '@type': 'Person', name: 'Jane Roe' }],
  inLanguage: 'en',
  wordCount: 32,
  articleBody: `${first}\n\n${second}`,
  url: 'https://example.com/2024/05/04/fair',
  mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.com/2024/05/04/fair' },
};

describe('CLI --output', () => {
  it('writes Markdown: title, byline and date line, paragraphs, Markdown-active characters escaped', () => {
    const result = runCli(['--output', 'markdown', URL_OPTION], page);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(markdown);
  }, 60_000);

  it('opens the Markdown with YAML front matter on --front-matter', () => {
    const result = runCli(['--output=markdown', '--front-matter', URL_OPTION], page);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${frontMatter}${markdown}`);
  }, 60_000);

  it('writes schema.org JSON-LD, one line, or indented with --pretty', () => {
    const result = runCli(['--output', 'jsonld', URL_OPTION], page);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(jsonLd)}\n`);
    const pretty = runCli(['--output', 'jsonld', '--pretty', URL_OPTION], page);
    expect(pretty.stdout).toBe(`${JSON.stringify(jsonLd, null, 2)}\n`);
  }, 60_000);

  it('writes plain text: the title and the body blocks, a blank line between them, no markup', () => {
    const result = runCli(['--output', 'text', URL_OPTION], page);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Stars *and* Bars at the Fair\n\n${first}\n\n${second}\n`);
  }, 60_000);

  it('puts each format in the article field of a batch line', () => {
    const records = `${JSON.stringify({ id: 'a', url: 'https://example.com/2024/05/04/fair', text: page })}\n`;
    const lines = (args: string[]): unknown[] => runCli(['--ndjson', ...args], records).lines.map((line) => JSON.parse(line));
    expect(lines(['--output', 'markdown', '--front-matter'])).toEqual([{ id: 'a', article: `${frontMatter}${markdown}` }]);
    expect(lines(['--output', 'jsonld'])).toEqual([{ id: 'a', article: jsonLd }]);
    expect(lines(['--output', 'text'])).toEqual([{ id: 'a', article: `Stars *and* Bars at the Fair\n\n${first}\n\n${second}` }]);
  }, 60_000);

  it('refuses --front-matter and --pretty with a format that does not read them: one line, exit status 2', () => {
    const frontMatterWithJson = runCli(['--front-matter'], page);
    expect(frontMatterWithJson.status).toBe(2);
    expect(frontMatterWithJson.stdout).toBe('');
    expect(frontMatterWithJson.stderr).toBe('scraped-article: --front-matter applies only with --output markdown (see scraped-article --help)\n');
    expect(runCli(['--output', 'jsonld', '--front-matter'], page).stderr).toBe('scraped-article: --front-matter applies only with --output markdown (see scraped-article --help)\n');
    expect(runCli(['--ndjson', '--output', 'text', '--front-matter'], page).status).toBe(2);
    const prettyMarkdown = runCli(['--output', 'markdown', '--pretty'], page);
    expect(prettyMarkdown.status).toBe(2);
    expect(prettyMarkdown.stderr).toBe('scraped-article: --pretty applies only with --output json or jsonld (see scraped-article --help)\n');
  }, 60_000);

  it('names the formats and what reads each setting in the help', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain('what to write: json, markdown, jsonld, text (default json)');
    expect(help).toContain('--front-matter');
    expect(help).toContain('YAML front matter first (--output markdown)');
    expect(help).toContain('indent the JSON (--output json or jsonld)');
  }, 60_000);
});
