import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchOutputLine } from '../src/index';
import { ensureBuilt, root, runCli } from './built-cli';

/** The batch never loses a record: a worker that dies, inputs that cannot be read (issue 10, item 5). */

const work = mkdtempSync(join(tmpdir(), 'scraped-article-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(ensureBuilt, 120_000);

const record = (id: string): string => JSON.stringify({ id, text: `Title ${id}\n\nThe body of record ${id} has a few words in it.` });
const parsed = (lines: readonly string[]): BatchOutputLine[] => lines.map((line) => JSON.parse(line) as BatchOutputLine);
const errorOf = (line: BatchOutputLine | undefined): unknown => (line !== undefined && 'error' in line ? line.error : undefined);

/** A heap limit small enough for one record to exhaust, ample for the others. */
const SMALL_HEAP = { SCRAPED_ARTICLE_WORKER_HEAP_MB: '32' };

/** A WARC record (a response with an HTML page, or the request for it). */
function warcRecord(id: number, type: 'response' | 'request' = 'response'): string {
  const html = `<html><head><title>Story ${id} | News</title></head><body><article><p>The story number ${id} is told in one paragraph that is long enough to be the body of an article.</p></article></body></html>`;
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
  const headers = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:${id}>\r\nWARC-Target-URI: https://example.com/${id}\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n`;
  return `${headers}${http}\r\n\r\n`;
}

describe('batch: a worker that dies', () => {
  // 61 records; the 31st is large enough (4 MB of quote-dense text) to exhaust a 32 MB worker heap.
  const big = JSON.stringify({ id: 'big', text: 'Word and more words in a sentence here. “Quote text,” said Jane Doe.\n'.repeat(60_000) });
  const lines = Array.from({ length: 61 }, (_, index) => (index === 30 ? big : record(`r${index}`)));
  const input = `${lines.join('\n')}\n`;

  it('gives an error line for the record it held, is replaced, and the batch goes on (61 lines in order)', () => {
    const serial = runCli(['--ndjson'], input, SMALL_HEAP);
    expect(serial.status).toBe(0);
    expect(serial.lines).toHaveLength(61);
    const out = parsed(serial.lines);
    expect(out.map((line) => line.id)).toEqual(Array.from({ length: 61 }, (_, index) => (index === 30 ? 'big' : `r${index}`)));
    expect(errorOf(out[30])).toEqual({ code: 'WORKER_FAILED', message: 'the worker parsing this record ran out of memory' });
    expect(out.filter((line) => 'error' in line)).toHaveLength(1);
    expect(out[60]).toMatchObject({ id: 'r60', article: { title: 'Title r60' } });
  }, 180_000);

  it('gives byte-identical output serially and in parallel, the failing record included', () => {
    const serial = runCli(['--ndjson'], input, SMALL_HEAP);
    const parallel = runCli(['--ndjson', '--jobs', '3'], input, SMALL_HEAP);
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
  }, 180_000);
});

describe('batch: inputs that cannot be read', () => {
  const first = join(work, 'first.ndjson');
  const last = join(work, 'last.ndjson');
  const directory = join(work, 'a-directory');
  const truncated = join(work, 'truncated.warc.gz');
  const garbage = join(work, 'garbage.warc');
  const missing = join(work, 'missing.ndjson');
  writeFileSync(first, `${record('f1')}\n${record('f2')}\n`);
  writeFileSync(last, `${record('l1')}\n`);
  mkdirSync(directory);
  const members = [1, 2, 3].map((id) => gzipSync(Buffer.from(warcRecord(id))));
  // The third gzip member cut after 40 bytes: two whole records, then an unexpected end of file.
  writeFileSync(truncated, Buffer.concat([members[0] ?? Buffer.alloc(0), members[1] ?? Buffer.alloc(0), (members[2] ?? Buffer.alloc(0)).subarray(0, 40)]));
  writeFileSync(garbage, 'this is not a WARC file\r\nat all\r\n\r\n');

  it('writes every readable record, an error line naming each unreadable file and what was read, and exits 1', () => {
    const result = runCli(['--ndjson', first, directory, truncated, garbage, missing, last]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const out = parsed(result.lines);
    expect(out.map((line) => line.id)).toEqual(['f1', 'f2', `file:${directory}`, '<urn:uuid:1>', '<urn:uuid:2>', `file:${truncated}`, `file:${garbage}`, `file:${missing}`, 'l1']);
    expect(out[4]).toMatchObject({ article: { url: 'https://example.com/2', paragraphs: ['The story number 2 is told in one paragraph that is long enough to be the body of an article.'] } });
    expect(errorOf(out[2])).toMatchObject({ code: 'INPUT_UNREADABLE', file: directory, recordsRead: 0, message: expect.stringContaining('EISDIR') });
    expect(errorOf(out[5])).toMatchObject({ code: 'INPUT_UNREADABLE', file: truncated, recordsRead: 2, message: expect.stringMatching(/^cannot read .*truncated\.warc\.gz after 2 records \(\d+ bytes\): unexpected end of file$/u) });
    expect(errorOf(out[6])).toMatchObject({ code: 'INPUT_UNREADABLE', file: garbage, recordsRead: 0, message: expect.stringContaining('not a WARC record') });
    expect(errorOf(out[7])).toMatchObject({ code: 'INPUT_UNREADABLE', file: missing, message: expect.stringContaining('ENOENT') });
  }, 120_000);

  it('fails an uncompressed .warc whose last record runs past the end of the file, after the records before it', () => {
    // A response, a request, then a record whose Content-Length is 30 bytes longer than what the file holds: cut in a
    // response's payload, and cut in a request (which warcio alone would skip past the end of the file forever).
    const whole = warcRecord(1) + warcRecord(2, 'request');
    const cutResponse = join(work, 'cut-response.warc');
    const cutRequest = join(work, 'cut-request.warc');
    writeFileSync(cutResponse, whole + warcRecord(3).slice(0, -34));
    writeFileSync(cutRequest, whole + warcRecord(3, 'request').slice(0, -34));
    const result = runCli(['--ndjson', cutResponse, cutRequest, last]);
    expect(result.status).toBe(1);
    const out = parsed(result.lines);
    expect(out.map((line) => line.id)).toEqual(['<urn:uuid:1>', `file:${cutResponse}`, '<urn:uuid:1>', `file:${cutRequest}`, 'l1']);
    const truncated = /^cannot read .*cut-re\w+\.warc after 1 record \(\d+ bytes\): WARC record 3 is truncated: its Content-Length \(\d+ bytes\) runs 30 bytes past the end of the file$/u;
    expect(errorOf(out[1])).toMatchObject({ code: 'INPUT_UNREADABLE', file: cutResponse, recordsRead: 1, message: expect.stringMatching(truncated) });
    expect(errorOf(out[3])).toMatchObject({ code: 'INPUT_UNREADABLE', file: cutRequest, recordsRead: 1, message: expect.stringMatching(truncated) });
  }, 60_000);

  it('exits 0 when every input was read, even with failing records', () => {
    const result = runCli(['--ndjson', first, last], '');
    expect(result.status).toBe(0);
    expect(result.lines).toHaveLength(3);
  }, 60_000);

  it('gives the same lines with --jobs 2', () => {
    const args = [first, directory, truncated, garbage, missing, last];
    expect(runCli(['--ndjson', '--jobs', '2', ...args]).stdout).toBe(runCli(['--ndjson', ...args]).stdout);
  }, 120_000);
});

describe('batch: workers that cannot start', () => {
  it('gives an error line per record, says why on standard error and exits 1 instead of respawning forever', () => {
    // A copy of the build whose worker module throws on load (inside the repository, so its imports resolve).
    const broken = mkdtempSync(join(root, 'node_modules', '.scraped-article-broken-'));
    try {
      cpSync(join(root, 'dist'), broken, { recursive: true });
      writeFileSync(join(broken, 'cli-worker.js'), "throw new Error('cannot load');\n");
      const result = spawnSync(process.execPath, [join(broken, 'cli.js'), '--ndjson'], { input: `${record('w1')}\n${record('w2')}\n`, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stdout.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown)).toEqual([
        { id: 'w1', error: { code: 'WORKER_FAILED', message: 'cannot load' } },
        { id: 'w2', error: { code: 'WORKER_FAILED', message: 'cannot load' } },
      ]);
      expect(result.stderr).toBe('scraped-article: the batch workers could not run: cannot load\n');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
