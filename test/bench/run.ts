/**
 * `npm run bench`: speed on the corpus HTML, ours and Readability + jsdom interleaved in one process.
 * Timing lives here, never in tests.
 *
 *   npm run bench                 3 rounds over every page
 *   npm run bench -- --rounds 5
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../../src/index';
import { inputOf, loadCorpus } from '../eval/corpus';
import { parseWithReadability } from '../eval/readability';

const args = process.argv.slice(2);
if (args.includes('--scaling')) {
  await import('./scaling');
  process.exit(0);
}
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const pages = loadCorpus()
  .map((testCase) => ({ id: testCase.id, html: inputOf(testCase, 'html'), url: testCase.truth.url }))
  .filter((page): page is { id: string; html: string; url: string | undefined } => page.html !== undefined);
if (pages.length === 0) {
  console.error('no corpus found');
  process.exit(1);
}

interface Sample {
  ms: number[];
  heapPeak: number;
}
const ours: Sample = { ms: [], heapPeak: 0 };
const theirs: Sample = { ms: [], heapPeak: 0 };
const measure = (sample: Sample, run: () => unknown): void => {
  const start = performance.now();
  run();
  sample.ms.push(performance.now() - start);
  sample.heapPeak = Math.max(sample.heapPeak, process.memoryUsage().heapUsed);
};

// Our parser alone first, for its own memory peak.
const alone: Sample = { ms: [], heapPeak: 0 };
for (const page of pages) measure(alone, () => parseArticle(page.html, page.url === undefined ? {} : { url: page.url }));

// Warm up both, then interleave page by page so both see the same machine state.
for (const page of pages.slice(0, 5)) {
  parseArticle(page.html, page.url === undefined ? {} : { url: page.url });
  parseWithReadability(page.html, page.url);
}
for (let round = 0; round < rounds; round++) {
  for (const page of pages) {
    measure(ours, () => parseArticle(page.html, page.url === undefined ? {} : { url: page.url }));
    measure(theirs, () => parseWithReadability(page.html, page.url));
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const row = (name: string, sample: Sample): string =>
  `| ${name} | ${median(sample.ms).toFixed(2)} | ${(sample.ms.length / (total(sample.ms) / 1000)).toFixed(1)} | ${(sample.heapPeak / 1024 / 1024).toFixed(0)} |`;
console.log(`${pages.length} pages × ${rounds} rounds, interleaved, Node ${process.version}`);
console.log('| parser | median ms/page | pages/s | peak heap MB |');
console.log('|---|---|---|---|');
console.log(row('scraped-article', ours));
console.log(row('scraped-article alone (first pass)', alone));
console.log(row('Readability + jsdom', theirs));
console.log(`speed-up (median): ${(median(theirs.ms) / median(ours.ms)).toFixed(1)}×, (throughput): ${(total(theirs.ms) / total(ours.ms)).toFixed(1)}×`);
console.log(`peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
