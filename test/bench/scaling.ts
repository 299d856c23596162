/**
 * `npm run bench -- --scaling`: time per MB from 1 kB to 5 MB, for real pages concatenated and for adversarial
 * inputs (runs of quotes, dots, capitals, `<`, nested tags, one long line). Linear time shows as a flat ms/MB.
 * Each cell is the best of several runs after a warm-up. Real pages are also timed one at a time, as a pipeline
 * meets them, and the worst adversarial row is compared with both.
 *
 *   npm run bench -- --scaling [--only quotes,real page text] [--sizes 100000,1000000]
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../../src/index';
import { inputOf, loadCorpus, missingCorpusMessage } from '../eval/corpus';

const corpus = loadCorpus();
if (corpus.length === 0) {
  console.error(missingCorpusMessage());
  process.exit(1);
}
const realText = corpus.map((testCase) => inputOf(testCase, 'innertext') ?? '').join('\n\n');
const realHtml = corpus.map((testCase) => inputOf(testCase, 'html') ?? '').join('\n');

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const generators: Record<string, (size: number) => string> = {
  'real page text': (size) => repeat(realText, size),
  'real HTML': (size) => repeat(realHtml, size),
  quotes: (size) => repeat('“a,” he said. ', size),
  dots: (size) => repeat('.', size),
  capitals: (size) => repeat('Ab Cd ', size),
  'less-than': (size) => repeat('<', size),
  'nested tags': (size) => `${repeat('<div>', size / 2)}x${repeat('</div>', size / 2)}`,
  'one long line': (size) => repeat('word ', size),
  'blank lines': (size) => repeat('\n', size),
};
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
const sizes = args.includes('--sizes') ? (args[args.indexOf('--sizes') + 1] ?? '').split(',').map(Number) : [1_000, 10_000, 100_000, 1_000_000, 5_000_000];

/** The best of a few runs (at least 3, and enough to fill 200 ms): start-up and collector noise kept out. */
function msPerRun(input: string): number {
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let run = 0; run < 3 || (spent < 200 && run < 200); run++) {
    const start = performance.now();
    parseArticle(input, { maxInputLength: 20_000_000 });
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

// Warm up on a page's worth of each input, so the first column is not the JIT's.
for (const generate of Object.values(generators)) parseArticle(generate(20_000));

console.log(`| input | ${sizes.map((size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`)).join(' | ')} |  (ms per MB)`);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
const perMb = new Map<string, number[]>();
for (const [name, generate] of Object.entries(generators)) {
  if (only !== undefined && !only.includes(name)) continue;
  const cells = sizes.map((size) => {
    const input = generate(size);
    return msPerRun(input) / (input.length / 1e6);
  });
  perMb.set(name, cells);
  console.log(`| ${name} | ${cells.map((cell) => cell.toFixed(0)).join(' | ')} |`);
}
// Real pages as a pipeline meets them: each corpus page's innertext parsed on its own (best of three rounds).
const pages = corpus.map((testCase) => inputOf(testCase, 'innertext')).filter((page): page is string => page !== undefined);
let bestPagesMs = Number.POSITIVE_INFINITY;
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  for (const page of pages) parseArticle(page);
  bestPagesMs = Math.min(bestPagesMs, performance.now() - start);
}
const pagesPerMb = bestPagesMs / (pages.reduce((sum, page) => sum + page.length, 0) / 1e6);
console.log(`\nreal pages parsed one at a time (${pages.length} innertext pages): ${pagesPerMb.toFixed(0)} ms/MB`);

// The worst adversarial input against real text, size by size from 100 kB (smaller ones are start-up cost): against
// the concatenated page text of the same size, and against real pages parsed one at a time.
const worstAt = (index: number): number => Math.max(...[...perMb].filter(([name]) => !name.startsWith('real')).map(([, cells]) => cells[index] ?? 0));
const ratioRow = (baseline: (index: number) => number): string =>
  sizes.map((size, index) => (size < 100_000 ? '–' : `${(worstAt(index) / baseline(index)).toFixed(2)}×`)).join(' | ');
const real = perMb.get('real page text');
if (real !== undefined) {
  console.log(`worst adversarial ÷ concatenated real page text (ms/MB): ${ratioRow((index) => real[index] ?? 1)}`);
}
console.log(`worst adversarial ÷ real pages one at a time (ms/MB): ${ratioRow(() => pagesPerMb)}`);
