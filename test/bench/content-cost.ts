/**
 * `npm run bench -- --content-cost`: what each HTML shape costs against what real pages cost for the same content.
 *
 * The scaling bench holds a hostile HTML shape to ≤ 2× real HTML pages per MB. A real page is mostly markup and
 * scripts: in the corpus about 6% of its bytes are text a reader sees and about 4 elements sit in a kilobyte, while
 * `<p>x</p>` repeated holds 125 elements a kilobyte and short quote paragraphs hold 70% text. A parse's work follows
 * what the input holds (elements to walk, text to read, quotes to attribute) more than its bytes, so per MB such a shape
 * is dearer than a page even where each element or each sentence costs less than on a page.
 *
 * This bench shows both. It times every corpus page alone (the fastest of {@link ROUNDS} runs, CPU time) and fits a
 * cost model to them by non-negative least squares: ms = a + b·bytes + c·elements + d·text characters, where elements
 * and visible text are counted in htmlparser2's stock document (text outside `head`, `script`, `style`, `noscript` and
 * `template`, white space collapsed). For every HTML shape at 1 MB it prints the units it holds, its time, the time the
 * model predicts for a page holding the same units, and their ratio, beside the raw ratio per MB. A ratio near 1 says the
 * shape costs what real content of its make-up costs; a ratio well above 1 marks a cost the real pages do not have.
 * The model is fitted on pages of 4 elements a kilobyte and extrapolates far past them: it is evidence, not a bound.
 *
 *   npm run bench -- --content-cost [--only '<p>x</p> repeated,time elements'] [--dist DIR]
 */
import { resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import type { parseArticle as ParseArticle } from '../../src/index';
import { inputOf, loadCorpus, missingCorpusMessage } from '../eval/corpus';
import { fitNonNegative } from './least-squares';
import { HOSTILE_SHAPES } from './hostile-shapes';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const built = new URL(option('--dist') === undefined ? '../../dist/index.js' : `file://${resolve(option('--dist') ?? '', 'index.js')}`, import.meta.url);
const { parseArticle } = (await import(built.href)) as { parseArticle: typeof ParseArticle };

/** Runs per timing; the fastest counts. */
const ROUNDS = 5;
/** The size every shape is timed at. */
const SHAPE_SIZE = 1_000_000;
/** Elements whose text a reader does not see. */
const UNSEEN = new Set(['head', 'script', 'style', 'noscript', 'template']);

/** What an input holds: its length, its elements and the characters of text it shows. */
interface Units {
  readonly bytes: number;
  readonly elements: number;
  readonly text: number;
}

/** Counts the elements and the visible text (white space collapsed) of an HTML string in htmlparser2's stock document. */
function unitsOf(html: string): Units {
  let elements = 0;
  let text = 0;
  const stack: AnyNode[] = [parseDocument(html)];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') text += node.data.replace(/\s+/gu, ' ').length;
    if (!('children' in node)) continue;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      elements += 1;
      if (UNSEEN.has(node.name)) continue;
    }
    for (const child of node.children) stack.push(child);
  }
  return { bytes: html.length, elements, text };
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** The fastest of {@link ROUNDS} CPU timings of `run`, after one untimed run. */
function fastest(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

const pages = loadCorpus().flatMap((testCase) => {
  const html = inputOf(testCase, 'html');
  return html === undefined ? [] : [{ html, options: testCase.truth.url === undefined ? {} : { url: testCase.truth.url } }];
});
if (pages.length === 0) {
  console.error(missingCorpusMessage());
  process.exit(1);
}
// Every page once first, so no page is timed on code the others have not yet warmed.
for (const page of pages) parseArticle(page.html, page.options);
const measured = pages.map((page) => ({ units: unitsOf(page.html), ms: fastest(() => parseArticle(page.html, page.options)) }));
const features = (units: Units): number[] => [1, units.bytes / 1e6, units.elements / 1e3, units.text / 1e6];
const model = fitNonNegative(measured.map((page) => features(page.units)), measured.map((page) => page.ms));
const predict = (units: Units): number => features(units).reduce((sum, value, index) => sum + value * (model[index] ?? 0), 0);
const pagesMs = measured.reduce((sum, page) => sum + page.ms, 0);
const pagesMb = measured.reduce((sum, page) => sum + page.units.bytes, 0) / 1e6;
const perMb = pagesMs / pagesMb;
const explained = 1 - measured.reduce((sum, page) => sum + (page.ms - predict(page.units)) ** 2, 0) / measured.reduce((sum, page) => sum + (page.ms - pagesMs / measured.length) ** 2, 0);

console.log(`Node ${process.version}; ${measured.length} real pages alone, the fastest of ${ROUNDS} runs each (CPU time): ${perMb.toFixed(0)} ms/MB`);
console.log(`cost model (non-negative least squares, R² ${explained.toFixed(3)}): ms = ${model[0]?.toFixed(3)} + ${model[1]?.toFixed(1)}·MB + ${model[2]?.toFixed(3)}·thousand elements + ${model[3]?.toFixed(1)}·MB of visible text\n`);
console.log('| input | elements per kB | visible text share | ms/MB | ÷ real pages per MB | model predicts, ms/MB | ÷ model |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const row = (name: string, units: Units, ms: number): string => {
  const mb = units.bytes / 1e6;
  return `| ${name} | ${(units.elements / (units.bytes / 1e3)).toFixed(1)} | ${(units.text / units.bytes).toFixed(3)} | ${(ms / mb).toFixed(0)} | ${(ms / mb / perMb).toFixed(2)}× | ${(predict(units) / mb).toFixed(0)} | ${(ms / predict(units)).toFixed(2)}× |`;
};
console.log(row('real pages, one at a time', { bytes: pagesMb * 1e6, elements: measured.reduce((sum, page) => sum + page.units.elements, 0), text: measured.reduce((sum, page) => sum + page.units.text, 0) }, pagesMs));
const only = option('--only')?.split(',');
for (const shape of HOSTILE_SHAPES) {
  if (shape.kind !== 'html' || (only !== undefined && !only.includes(shape.name))) continue;
  const input = shape.make(SHAPE_SIZE);
  const options = shape.url === undefined ? {} : { url: shape.url };
  console.log(row(shape.name, unitsOf(input), fastest(() => parseArticle(input, options))));
}
