import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The browser example in a real Chromium (Debian's, driven by playwright-core): paste the sample, parse, and check
 * what a person sees. CI installs chromium itself; elsewhere the test is skipped when no Chromium is installed.
 * Debian's `/usr/bin/chromium` is a shell wrapper whose start-up scripts fail on hosts with `/dev/shm` mounted twice;
 * the browser binary behind it is launched directly (playwright passes the flags the wrapper would add).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'examples', 'browser');
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';
const available = existsSync(executablePath) && existsSync(join(site, 'dist', 'app.js'));
const required = process.env.CI === 'true';
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server | undefined;
let browser: Browser | undefined;
let origin = '';

describe.runIf(available || required)('browser example in Chromium', () => {
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
      const file = path.endsWith('/') || path === site ? join(site, 'index.html') : path;
      if (!file.startsWith(site) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });

  it('shows the sample as a card: title, paragraphs, a quote with its speaker; JSON beside it', async () => {
    expect(browser).toBeDefined();
    const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 1600 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.fill('#input', readFileSync(join(root, 'examples', 'sample.txt'), 'utf8'));
    await page.click('#parse');
    await page.waitForSelector('#card .title');
    expect(await page.textContent('#card .title')).toBe('Lavrov’s North Korea Trip Designed to ‘Counterbalance’ US Belligerence in Asian Theater');
    expect(await page.locator('#card p.block.paragraph').count()).toBe(10);
    expect(await page.locator('#card h3.block.heading').count()).toBe(1);
    expect(await page.textContent('#card .byline')).toContain('Ilya Tsukanov');
    const firstQuote = page.locator('#card .quote').first();
    expect(await firstQuote.locator('.speaker').textContent()).toBe('Sergei Lavrov');
    expect(JSON.parse((await page.textContent('#json')) ?? '{}')).toMatchObject({ authors: [{ name: 'Ilya Tsukanov' }] });
    mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'test', 'artifacts', 'browser-example.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});
