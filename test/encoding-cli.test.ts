import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scraped-article-encoding-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Each test spawns a Node process that compiles the CLI from source: slow on a loaded machine. */
const SPAWN_TIMEOUT = 60_000;

/** Runs the CLI from source; stdout is parsed as JSON lines. */
function run(args: string[], input?: Buffer): { status: number | null; articles: Record<string, unknown>[] } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, input, env: { ...process.env, TZ: 'UTC' } });
  const lines = result.stdout.toString('utf8').split('\n').filter((line) => line.length > 0);
  return { status: result.status, articles: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the CLI decodes files by their charset', () => {
  it.each([
    ['windows-1251.html', 'Новый мост через Волгу откроют летом'],
    ['shift_jis.html', '市内に新しい図書館が開館'],
    ['gb18030.html', '新地铁线路明年开通'],
    ['iso-8859-2.html', 'Nowy park w Łodzi otwarty dla mieszkańców'],
    ['windows-1252.html', 'Le café de la place rouvre ses portes'],
  ])('reads %s', (file, title) => {
    const { status, articles } = run([`test/fixtures/encodings/${file}`]);
    expect(status).toBe(0);
    expect(articles[0]?.['title']).toBe(title);
  }, SPAWN_TIMEOUT);

  it('reads standard input the same way', () => {
    const { articles } = run(['-'], readFileSync(join(root, 'test/fixtures/encodings/shift_jis.html')));
    expect(articles[0]?.['title']).toBe('市内に新しい図書館が開館');
  }, SPAWN_TIMEOUT);

  it('decodes a WARC response by the charset of its HTTP Content-Type', () => {
    // The page itself declares nothing: only the HTTP header says windows-1251.
    const page = readFileSync(join(root, 'test/fixtures/encodings/windows-1251.html')).toString('latin1').replace('<meta charset="windows-1251">', '');
    const body = Buffer.from(page, 'latin1');
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://example.com/most\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
    const file = join(work, 'cyrillic.warc');
    writeFileSync(file, Buffer.concat([Buffer.from(header), http, Buffer.from('\r\n\r\n')]));
    const { status, articles } = run(['--ndjson', file]);
    expect(status).toBe(0);
    const article = articles[0]?.['article'] as { title?: string; language?: string } | undefined;
    expect(article?.title).toBe('Новый мост через Волгу откроют летом');
    expect(article?.language).toBe('ru');
  }, SPAWN_TIMEOUT);
});
