/**
 * `npm run bench`: speed on the corpus. By default each system runs in its own child process (see per-process.ts):
 * ours on each page's HTML, structured and innertext renderings, Readability + jsdom and Defuddle + linkedom on the
 * same HTML, on the whole corpus and on its 20 largest pages. `--interleaved` instead times ours and Readability
 * interleaved page by page in this one process (jsdom's heap then slows ours). Timing lives here, never in tests.
 *
 *   npm run bench                 3 rounds over every page, one process per system
 *   npm run bench -- --rounds 5
 *   npm run bench -- --interleaved ours and Readability in one process, page by page
 *   npm run bench -- --scaling    time per MB from 1 kB to 5 MB (see scaling.ts), under plain Node (see plain-node.ts)
 *   npm run bench -- --kind       isProbablyArticle against a full parse (see kind.ts)
 *   npm run bench -- --cold-start first parse in a fresh process, warm parse, one-file CLI (see cold-start.ts);
 *                                 also printed after the default tables
 *   npm run bench -- --document-memory  the HTML document alone on tiny elements against its floor (see document-memory.ts)
 *   npm run bench -- --regexes    what compiling the regexes costs a fresh process, costliest first (see regex-compile.ts)
 *   npm run bench -- --content-cost  each HTML shape against what real pages cost for the same elements and text (see
 *                                 content-cost.ts), under plain Node
 */
import { performance } from 'node:perf_hooks';
import { runUnderPlainNode } from './plain-node';
import { parseArticle } from '../../src/index';
import { inputOf, loadCorpus, missingCorpusMessage } from '../eval/corpus';
import { runReadability } from '../eval/readability';

const args = process.argv.slice(2);
if (args.includes('--scaling')) {
  // Timed as the library ships: under plain Node, not through tsx (see plain-node.ts); `--src` times the sources through tsx.
  if (args.includes('--src')) await import('./scaling');
  else process.exit(runUnderPlainNode('scaling', args));
  process.exit(0);
}
if (args.includes('--content-cost')) process.exit(runUnderPlainNode('content-cost', args));
if (args.includes('--kind')) {
  await import('./kind');
  process.exit(0);
}
if (args.includes('--document-memory')) {
  await import('./document-memory');
  process.exit(0);
}
if (args.includes('--regexes')) {
  await import('./regex-compile');
  process.exit(0);
}
if (args.includes('--cold-start')) {
  await import('./cold-start');
  process.exit(0);
}
if (!args.includes('--interleaved')) {
  await import('./per-process');
  await import('./cold-start');
  process.exit(0);
}
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;

interface Page {
  readonly id: string;
  readonly url: string | undefined;
  readonly html: string;
  readonly structured: string | undefined;
  readonly innertext: string | undefined;
}
const pages: Page[] = [];
for (const testCase of loadCorpus()) {
  const html = inputOf(testCase, 'html');
  if (html === undefined) continue;
  pages.push({ id: testCase.id, url: testCase.truth.url, html, structured: inputOf(testCase, 'structured'), innertext: inputOf(testCase, 'innertext') });
}
if (pages.length === 0) {
  console.error(missingCorpusMessage());
  process.exit(1);
}

interface Sample {
  ms: number[];
  heapPeak: number;
}
const sample = (): Sample => ({ ms: [], heapPeak: 0 });
/** Times one run; the heap is read only for our parser alone (interleaved, jsdom's heap would show). */
const measure = (into: Sample, run: () => unknown, readHeap = false): void => {
  const start = performance.now();
  run();
  into.ms.push(performance.now() - start);
  if (readHeap) into.heapPeak = Math.max(into.heapPeak, process.memoryUsage().heapUsed);
};
const ours = (input: string, page: Page): unknown => parseArticle(input, page.url === undefined ? {} : { url: page.url });

// Our parser alone first, for its own memory peak.
const alone = sample();
for (const page of pages) measure(alone, () => ours(page.html, page), true);

// Warm up everything, then interleave page by page so all runs see the same machine state.
for (const page of pages.slice(0, 5)) {
  ours(page.html, page);
  runReadability(page.html, page.url);
}
const html = sample();
const structured = sample();
const innertext = sample();
const readability = sample();
const readabilityWithStructured = sample();
const readabilityWithInnertext = sample();
for (let round = 0; round < rounds; round++) {
  for (const page of pages) {
    measure(html, () => ours(page.html, page));
    if (page.structured !== undefined) measure(structured, () => ours(page.structured ?? '', page));
    if (page.innertext !== undefined) measure(innertext, () => ours(page.innertext ?? '', page));
    const before = readability.ms.length;
    measure(readability, () => runReadability(page.html, page.url));
    const ms = readability.ms[before] ?? 0;
    if (page.structured !== undefined) readabilityWithStructured.ms.push(ms);
    if (page.innertext !== undefined) readabilityWithInnertext.ms.push(ms);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const total = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const row = (name: string, of: Sample, pageCount: number): string =>
  `| ${name} | ${pageCount} | ${median(of.ms).toFixed(2)} | ${(of.ms.length / (total(of.ms) / 1000)).toFixed(1)} | ${of.heapPeak === 0 ? '–' : (of.heapPeak / 1024 / 1024).toFixed(0)} |`;
const count = (key: 'structured' | 'innertext'): number => pages.filter((page) => page[key] !== undefined).length;
console.log(`${pages.length} pages × ${rounds} rounds, interleaved, Node ${process.version}`);
console.log('| parser and input | pages | median ms/page | pages/s | peak heap MB |');
console.log('|---|---|---|---|---|');
console.log(row('scraped-article, HTML', html, pages.length));
console.log(row('scraped-article, HTML, alone (first pass)', alone, pages.length));
console.log(row('scraped-article, structured text', structured, count('structured')));
console.log(row('scraped-article, innertext', innertext, count('innertext')));
console.log(row('Readability + jsdom, HTML', readability, pages.length));
const speedUp = (name: string, theirs: Sample, mine: Sample): string =>
  `| ${name} | ${(median(theirs.ms) / median(mine.ms)).toFixed(1)}× | ${(total(theirs.ms) / total(mine.ms)).toFixed(1)}× |`;
console.log('\n| speed-up over Readability + jsdom on the same pages | median | throughput |');
console.log('|---|---|---|');
console.log(speedUp('scraped-article, HTML', readability, html));
console.log(speedUp('scraped-article, structured text', readabilityWithStructured, structured));
console.log(speedUp('scraped-article, innertext', readabilityWithInnertext, innertext));
console.log(`\npeak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

await import('./cold-start');
