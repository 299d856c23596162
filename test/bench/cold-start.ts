/**
 * `npm run bench -- --cold-start`: what a fresh process pays. Each run is a new `node` process that imports the
 * built package (dist/index.js), parses one input once (the first parse) and then again (warm: the median of ten
 * parses after three); medians over several runs per input. The bar: first ≤ 3 × warm + 50 ms. Beside it,
 * the one-file CLI (`node dist/cli.js page.html`) against `node -e ''`, the floor any Node CLI pays.
 *
 *   npm run bench -- --cold-start [--cold-runs 7]
 *
 * Wall time on a busy machine mixes in other processes; CPU time (`process.cpuUsage`, all threads of the process)
 * is printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { inputOf, loadCorpus } from '../eval/corpus';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const runs = args.includes('--cold-runs') ? Number(args[args.indexOf('--cold-runs') + 1]) : 5;

if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
  spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });
}

/** The child: import, first parse, warm parses; prints one JSON line. */
const CHILD = `
import { readFileSync } from 'node:fs';
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
const [entry, file] = process.argv.slice(2);
let wall = performance.now(), used = cpu();
const { parseArticle } = await import(entry);
const importMs = performance.now() - wall, importCpu = cpu() - used;
const input = readFileSync(file, 'utf8');
wall = performance.now(); used = cpu();
parseArticle(input);
const firstMs = performance.now() - wall, firstCpu = cpu() - used;
for (let k = 0; k < 3; k++) parseArticle(input);
const warm = [];
for (let k = 0; k < 10; k++) { wall = performance.now(); used = cpu(); parseArticle(input); warm.push([performance.now() - wall, cpu() - used]); }
const median = (index) => warm.map((pair) => pair[index]).sort((a, b) => a - b)[5];
console.log(JSON.stringify({ importMs, importCpu, firstMs, firstCpu, warmMs: median(0), warmCpu: median(1) }));
`;

interface Sample {
  readonly importMs: number;
  readonly importCpu: number;
  readonly firstMs: number;
  readonly firstCpu: number;
  readonly warmMs: number;
  readonly warmCpu: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const work = mkdtempSync(join(tmpdir(), 'scraped-article-cold-'));
const child = join(work, 'child.mjs');
writeFileSync(child, CHILD);
const entry = new URL('dist/index.js', `file://${root}/`).href;

/** The inputs: the bundled example, and a few corpus pages in each kind when the corpus is there. */
const inputs: { name: string; file: string }[] = [{ name: 'examples/sample.txt (structured)', file: join(root, 'examples', 'sample.txt') }];
for (const testCase of loadCorpus().slice(0, 3)) {
  for (const kind of ['html', 'innertext', 'structured'] as const) {
    const text = inputOf(testCase, kind);
    if (text === undefined) continue;
    const file = join(work, `${testCase.id}.${kind}`);
    writeFileSync(file, text);
    inputs.push({ name: `${testCase.id} (${kind})`, file });
  }
}

const format = (value: number): string => value.toFixed(1);
console.log(`\nCold start: ${runs} fresh processes per input, medians, Node ${process.version}`);
console.log('| input | import ms | first parse ms | warm parse ms | bar: 3 × warm + 50 | within | first / warm CPU ms |');
console.log('|---|---|---|---|---|---|---|');
let within = 0;
for (const input of inputs) {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, [child, entry, input.file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (result.status === 0) samples.push(JSON.parse(result.stdout) as Sample);
  }
  const first = median(samples.map((sample) => sample.firstMs));
  const warm = median(samples.map((sample) => sample.warmMs));
  const bar = 3 * warm + 50;
  if (first <= bar) within += 1;
  const cpu = `${format(median(samples.map((sample) => sample.firstCpu)))} / ${format(median(samples.map((sample) => sample.warmCpu)))}`;
  console.log(`| ${input.name} | ${format(median(samples.map((sample) => sample.importMs)))} | ${format(first)} | ${format(warm)} | ${format(bar)} | ${first <= bar ? 'yes' : 'no'} | ${cpu} |`);
}
console.log(`first parse within 3 × warm + 50 ms: ${within} of ${inputs.length} inputs`);

/** Wall time of a command, median over runs, interleaved with the baseline so both see the same machine state. */
const page = inputs.find((input) => input.name.endsWith('(html)')) ?? inputs[0];
const cliTimes: number[] = [];
const nodeTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8' });
  nodeTimes.push(performance.now() - start);
  start = performance.now();
  spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), page?.file ?? ''], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  cliTimes.push(performance.now() - start);
}
console.log(`\n| one-file CLI (${page?.name ?? '-'}) | median wall ms |`);
console.log('|---|---|');
console.log(`| node -e '' | ${format(median(nodeTimes))} |`);
console.log(`| node dist/cli.js page | ${format(median(cliTimes))} |`);
console.log(`| difference (the CLI's own start-up, parse and output) | ${format(median(cliTimes) - median(nodeTimes))} |`);
rmSync(work, { recursive: true, force: true });
