import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, root, runCli } from './built-cli';

/** The conventions of Node CLIs, on the built `scraped-article`: arguments, standard input, pipes, batch input. */

const work = mkdtempSync(join(tmpdir(), 'scraped-article-conventions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(ensureBuilt, 120_000);

/** A small text input: its title, then one paragraph. */
const text = (title: string): string => `${title}\n\nThe body of the story says enough to be a paragraph.`;
/** A batch record line. */
const record = (id: string): string => JSON.stringify({ id, text: text(`Title ${id}`) });
/** The ids of the output lines. */
const ids = (lines: readonly string[]): unknown[] => lines.map((line) => (JSON.parse(line) as { id: unknown }).id);

const file = (name: string, content: string | Buffer): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

describe('CLI arguments (node:util parseArgs)', () => {
  it('takes --name=value as well as --name value', () => {
    const joined = runCli(['--url=https://example.com/a', '--format=text'], text('A Title'));
    const spaced = runCli(['--url', 'https://example.com/a', '--format', 'text'], text('A Title'));
    expect(joined.status).toBe(0);
    expect(JSON.parse(joined.stdout)).toMatchObject({ url: 'https://example.com/a', title: 'A Title', source: { format: 'text' } });
    expect(joined.stdout).toBe(spaced.stdout);
  }, 60_000);

  it('ends the options at --, so a file may start with a dash', () => {
    file('-dash.txt', text('Dash Title'));
    const run = (args: string[]): { status: number | null; stdout: string } => spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8' });
    expect(run(['-dash.txt']).status).toBe(2);
    const result = run(['--', '-dash.txt']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Dash Title' });
  }, 60_000);

  it('answers an unknown option with one line and exit status 2, not the whole help', () => {
    const result = runCli(['--bogus']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('scraped-article: unknown option --bogus (see scraped-article --help)\n');
  }, 60_000);

  it('refuses options where they do not apply', () => {
    expect(runCli(['--jobs', '2'], text('A')).stderr).toBe('scraped-article: --jobs applies only with --ndjson (see scraped-article --help)\n');
    expect(runCli(['--progress'], text('A')).status).toBe(2);
    const url = runCli(['--ndjson', '--url=https://example.com/'], record('a'));
    expect(url.status).toBe(2);
    expect(url.stderr).toBe('scraped-article: --url does not apply with --ndjson (records carry their own) (see scraped-article --help)\n');
    expect(runCli(['--ndjson', '--pretty'], record('a')).status).toBe(2);
    expect(runCli(['--ndjson', '--jobs', '0'], record('a')).stderr).toBe("scraped-article: --jobs takes a whole number from 1 to 256, not '0' (see scraped-article --help)\n");
    expect(runCli(['--url']).stderr).toBe('scraped-article: --url needs a value (see scraped-article --help)\n');
    expect(runCli(['--output', 'yaml'], text('A')).stderr).toBe("scraped-article: --output takes json, markdown, jsonld, text, not 'yaml' (see scraped-article --help)\n");
    expect(runCli(['a.txt', 'b.txt']).status).toBe(2);
  }, 60_000);

  it('aligns the help columns', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    const options = result.stdout.split('Options:\n')[1]?.trimEnd().split('\n') ?? [];
    expect(options.length).toBeGreaterThanOrEqual(10);
    const descriptionColumn = (line: string): number => {
      const labelEnd = line.search(/\S {2}/u) + 1;
      return labelEnd + line.slice(labelEnd).search(/\S/u);
    };
    expect(new Set(options.map(descriptionColumn))).toEqual(new Set([30]));
  }, 60_000);

  it('writes --output json', () => {
    const result = runCli(['--output', 'json'], text('Json Title'));
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Json Title' });
  }, 60_000);
});

describe('CLI input', () => {
  it('reads standard input when no file is given and it is not a terminal', () => {
    const result = runCli([], text('Piped Title'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Piped Title' });
  }, 60_000);

  it('reads files and standard input in the order given: --ndjson a.ndjson - b.ndjson', () => {
    const a = file('a.ndjson', `${record('a1')}\n${record('a2')}\n`);
    const b = file('b.ndjson', record('b1'));
    const result = runCli(['--ndjson', a, '-', b], `${record('s1')}\n`);
    expect(result.status).toBe(0);
    expect(ids(result.lines)).toEqual(['a1', 'a2', 's1', 'b1']);
  }, 60_000);

  it('accepts a UTF-8 byte-order mark and CRLF line ends', () => {
    const path = file('bom.ndjson', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${record('bom1')}\r\n${record('bom2')}\r\n`)]));
    const result = runCli(['--ndjson', path]);
    expect(ids(result.lines)).toEqual(['bom1', 'bom2']);
    expect(result.lines.every((line) => 'article' in (JSON.parse(line) as object))).toBe(true);
  }, 60_000);

  it('skips blank lines (one output line per record) and counts them in the summary', () => {
    const input = `${record('x1')}\n\n   \n${record('x2')}\n`;
    const quiet = runCli(['--ndjson'], input);
    expect(ids(quiet.lines)).toEqual(['x1', 'x2']);
    expect(quiet.stderr).toBe('');
    const counted = runCli(['--ndjson', '--progress'], input);
    expect(counted.lines).toEqual(quiet.lines);
    expect(counted.stderr).toMatch(/^scraped-article: 2 records, 2 blank lines skipped \(\d+ B in \d+\.\d s\)\n$/u);
  }, 60_000);

  it('draws no progress in a pipe unless asked, never with --no-progress, and says "1 record"', () => {
    expect(runCli(['--ndjson'], record('p1')).stderr).toBe('');
    expect(runCli(['--ndjson', '--no-progress'], record('p1')).stderr).toBe('');
    const forced = runCli(['--ndjson', '--progress'], `${record('p1')}\n`);
    expect(forced.stderr).toMatch(/^scraped-article: 1 record \(\d+ B in \d+\.\d s\)\n$/u);
    const bytes = Buffer.byteLength(`${record('p1')}\n`);
    expect(forced.stderr).toContain(`(${bytes} B in`);
  }, 60_000);
});

describe('CLI output that goes away', () => {
  const many = Array.from({ length: 3000 }, (_, index) => record(`m${index}`)).join('\n');

  it('ends quietly with status 141 when the reader closes the pipe (| head -1)', () => {
    const path = file('many.ndjson', many);
    const script = `"${process.execPath}" "${CLI}" --ndjson "${path}" | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe('status=141\n');
    expect(result.stderr).toBe('');
  }, 120_000);

  it.skipIf(!existsSync('/dev/full'))('reports a full disk in one line, exit status 1', () => {
    const path = file('many-full.ndjson', many);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" --ndjson "${path}" > /dev/full`], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('scraped-article: cannot write the output: no space left on device\n');
  }, 120_000);
});
