import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = readFileSync(new URL('../examples/sample.txt', import.meta.url), 'utf8');

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scraped-article CLI', () => {
  it('prints the Article of a file as one line of JSON', () => {
    const { status, stdout, stderr } = cli(['examples/sample.txt']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const article = JSON.parse(stdout) as { title: string; authors: { name: string }[] };
    expect(article.title).toBe('Lavrov’s North Korea Trip Designed to ‘Counterbalance’ US Belligerence in Asian Theater');
    expect(article.authors).toEqual([{ name: 'Ilya Tsukanov' }]);
  }, 60_000);

  it('reads standard input with - and indents with --pretty', () => {
    const { status, stdout } = cli(['-', '--pretty'], sample);
    expect(status).toBe(0);
    expect(stdout.startsWith('{\n  "url": "https://sputnikglobe.com/')).toBe(true);
  }, 60_000);

  it('passes --url and --format through', () => {
    const { stdout } = cli(['-', '--format', 'text', '--url', 'https://example.com/a'], 'A Title\nSome body text here.');
    expect(JSON.parse(stdout)).toMatchObject({ url: 'https://example.com/a', title: 'A Title', source: { format: 'text' } });
  }, 60_000);

  it('reports errors on stderr with a non-zero exit', () => {
    const missing = cli(['no-such-file.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/cannot read no-such-file\.txt/u);
    const usage = cli(['--bogus']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('scraped-article: unknown option --bogus (see scraped-article --help)\n');
  }, 60_000);
});
