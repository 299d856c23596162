import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticInput } from './support/synthetic-articles';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scraped-article-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Worker threads load the built worker module, so the batch runs from dist/ (built here when missing).
beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli-worker.js'))) spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });
}, 300_000);

/** 1,000 records: 998 synthetic articles (structured dumps, page text, plain text, HTML), one malformed, one oversize. */
function makeRecords(): string[] {
  const records = Array.from({ length: 998 }, (_, index) => {
    const input = syntheticInput(index);
    return JSON.stringify({ id: `r${index}`, url: input.url, [input.kind === 'html' ? 'html' : 'text']: input.text });
  });
  records.splice(500, 0, '{"id": "broken", "text": ');
  records.splice(700, 0, JSON.stringify({ id: 'huge', text: 'x'.repeat(60_000) }));
  return records;
}

function cli(args: string[], input: string): { status: number | null; lines: string[]; stderr: string } {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: result.status, lines: result.stdout.split('\n').filter((line) => line.length > 0), stderr: result.stderr };
}

describe('batch CLI (--ndjson), the pipe contract of Spark RDD.pipe and Hadoop Streaming', () => {
  const records = makeRecords();
  const input = `${records.join('\n')}\n`;
  const file = join(work, 'records.ndjson');
  writeFileSync(file, input);
  // The single-threaded run from standard input, made once: both tests below compare against it.
  let singleThreaded: ReturnType<typeof cli> | undefined;
  const fromStdin = (): ReturnType<typeof cli> => (singleThreaded ??= cli(['--ndjson', '--max-input-length', '50000'], input));

  it('keeps order and count, turns failing records into error lines, exits 0', () => {
    const one = fromStdin();
    expect(one.status).toBe(0);
    expect(one.lines).toHaveLength(1000);
    const parsed = one.lines.map((line) => JSON.parse(line) as { id: string; article?: { url?: string; title?: string }; error?: { code: string } });
    expect(parsed[0]?.id).toBe('r0');
    expect(parsed[500]).toEqual({ id: 'line:501', error: expect.objectContaining({ code: 'MALFORMED_RECORD' }) });
    expect(parsed[700]).toEqual({ id: 'huge', error: expect.objectContaining({ code: 'INPUT_TOO_LARGE' }) });
    const articles = parsed.filter((record) => record.article !== undefined);
    expect(articles.map((record) => record.id)).toEqual(Array.from({ length: 998 }, (_, index) => `r${index}`));
    // Each article is the one of its own record: URL and headline of the synthetic input it was made from.
    expect(articles.map((record) => [record.article?.url, record.article?.title])).toEqual(
      Array.from({ length: 998 }, (_, index) => [syntheticInput(index).url, syntheticInput(index).title]),
    );
  }, 300_000);

  it('gives the same output with two worker threads, from a file', () => {
    const one = fromStdin();
    const two = cli(['--ndjson', '--jobs', '2', '--max-input-length', '50000', file], '');
    expect(two.status).toBe(0);
    expect(two.lines).toHaveLength(1000);
    expect(two.lines).toEqual(one.lines);
  }, 300_000);

  it('reads WARC and WET files (plain or gzipped): HTML responses and text conversions, nothing else', () => {
    const html = '<html><head><title>Bridge opens after ten years | News</title></head><body><article><p>The new bridge across the river opened on Tuesday after ten years of planning, two changes of government and a long argument about its cost.</p></article></body></html>';
    const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
    const record = (headers: Record<string, string>, block: string): string =>
      `WARC/1.0\r\n${Object.entries(headers).map(([key, value]) => `${key}: ${value}\r\n`).join('')}Content-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`;
    const warc =
      record({ 'WARC-Type': 'warcinfo', 'WARC-Record-ID': '<urn:uuid:0>', 'Content-Type': 'application/warc-fields' }, 'software: test\r\n') +
      record({ 'WARC-Type': 'request', 'WARC-Record-ID': '<urn:uuid:1>', 'WARC-Target-URI': 'https://example.com/bridge', 'Content-Type': 'application/http; msgtype=request' }, 'GET /bridge HTTP/1.1\r\nHost: example.com\r\n\r\n') +
      record({ 'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:2>', 'WARC-Target-URI': 'https://example.com/bridge', 'Content-Type': 'application/http; msgtype=response' }, http) +
      record({ 'WARC-Type': 'conversion', 'WARC-Record-ID': '<urn:uuid:3>', 'WARC-Target-URI': 'https://example.com/other', 'Content-Type': 'text/plain' }, 'A Title Here\nThe text of another page, converted to plain text by the crawler for the WET file.');
    const plain = join(work, 'segment.warc');
    const gzipped = join(work, 'segment.warc.gz');
    writeFileSync(plain, warc);
    writeFileSync(gzipped, gzipSync(Buffer.from(warc)));
    for (const file of [plain, gzipped]) {
      const result = cli(['--ndjson', file], '');
      expect(result.status).toBe(0);
      const parsed = result.lines.map((line) => JSON.parse(line) as { id: string; article: { url: string; source: { format: string } } });
      expect(parsed.map((entry) => [entry.id, entry.article.url, entry.article.source.format])).toEqual([
        ['<urn:uuid:2>', 'https://example.com/bridge', 'html'],
        ['<urn:uuid:3>', 'https://example.com/other', 'text'],
      ]);
    }
  });

  it('rejects bad --jobs values; a missing file gives an error line and exit status 1', () => {
    expect(cli(['--ndjson', '--jobs', '0'], '').status).toBe(2);
    const missing = cli(['--ndjson', join(work, 'missing.ndjson')], '');
    expect(missing.status).toBe(1);
    expect(missing.lines).toHaveLength(1);
    expect(JSON.parse(missing.lines[0] ?? '')).toMatchObject({ error: { code: 'INPUT_UNREADABLE', message: expect.stringContaining('ENOENT') } });
  });
});
