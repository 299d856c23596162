/**
 * `npm run bench -- --scaling`: time per MB from 1 kB to 5 MB, for real pages concatenated and for adversarial
 * inputs (runs of quotes, dots, capitals, `<`, nested tags, one long line). Linear time shows as a flat ms/MB.
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
const sizes = [1_000, 10_000, 100_000, 1_000_000, 5_000_000];

console.log(`| input | ${sizes.map((size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`)).join(' | ')} |  (ms per MB)`);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
for (const [name, generate] of Object.entries(generators)) {
  const cells: string[] = [];
  for (const size of sizes) {
    const input = generate(size);
    const start = performance.now();
    parseArticle(input, { maxInputLength: 20_000_000 });
    const ms = performance.now() - start;
    cells.push((ms / (input.length / 1e6)).toFixed(0));
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
