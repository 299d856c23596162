/**
 * `npm run bench -- --scaling`: time per MB from 1 kB to 5 MB, for real pages concatenated and for adversarial
 * inputs (runs of quotes, dots, capitals, `<`, nested tags, one long line). Linear time shows as a flat ms/MB.
 * Each cell is the best of several runs after a warm-up.
 *
 *   npm run bench -- --scaling [--only quotes,real page text] [--sizes 100000,1000000]
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../../src/index';
import { inputOf, loadCorpus } from '../eval/corpus';

const corpus = loadCorpus();
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
// The worst adversarial input against real page text, size by size from 100 kB (smaller ones are start-up cost).
const real = perMb.get('real page text');
if (real !== undefined) {
  const ratios = sizes.map((size, index) => {
    if (size < 100_000) return undefined;
    const worst = Math.max(...[...perMb].filter(([name]) => !name.startsWith('real')).map(([, cells]) => cells[index] ?? 0));
    return worst / (real[index] ?? 1);
  });
  console.log(`worst adversarial ÷ real page text (ms/MB): ${ratios.map((ratio) => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`)).join(' | ')}`);
}
