/**
 * `npm run bench -- --regexes`: what regular-expression compilation costs a fresh process, the largest part of the
 * first parse (see cold-start.ts). Two tables:
 *
 * 1. The first parse of examples/sample.txt in fresh processes under V8's default regexp tier-up (bytecode first,
 *    native code from the second use), with `--no-regexp-tier-up` (native code at once: each regex compiled once)
 *    and with `--regexp-interpret-all` (bytecode only), CPU ms: the gap between the rows is compilation.
 * 2. Every regular expression of the library (the literals in src/, found with the TypeScript scanner, and those
 *    built with `new RegExp` during a parse), each compiled and run three times on one sentence in a fresh process:
 *    the costliest first, with where it is defined. Medians over `--cold-runs` processes (default 3).
 *
 *   npm run bench -- --regexes [--cold-runs 5] [--top 40]
 *
 * CPU time on a busy machine is inflated by other processes: compare rows of one run, not runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const runs = args.includes('--cold-runs') ? Number(args[args.indexOf('--cold-runs') + 1]) : 3;
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;

if (!existsSync(join(root, 'dist', 'index.js'))) spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const work = mkdtempSync(join(tmpdir(), 'scraped-article-regex-'));
const entry = new URL('dist/index.js', `file://${root}/`).href;
const sample = join(root, 'examples', 'sample.txt');

/** A child that imports the build, parses the sample once and prints the CPU ms of that first parse. */
const FIRST_PARSE = `
import { readFileSync } from 'node:fs';
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
const { parseArticle } = await import(process.argv[2]);
const input = readFileSync(process.argv[3], 'utf8');
const used = cpu();
parseArticle(input);
console.log(cpu() - used);
`;
writeFileSync(join(work, 'first.mjs'), FIRST_PARSE);
const modes: readonly (readonly [string, readonly string[]])[] = [
  ['default (bytecode, then native code on second use)', []],
  ['--no-regexp-tier-up (native code at once)', ['--no-regexp-tier-up']],
  ['--regexp-interpret-all (bytecode only)', ['--regexp-interpret-all']],
];
const firsts = new Map<string, number[]>(modes.map(([name]) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, flags] of modes) {
    const result = spawnSync(process.execPath, [...flags, join(work, 'first.mjs'), entry, sample], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (result.status === 0) firsts.get(name)?.push(Number(result.stdout));
  }
}
console.log(`\nFirst parse of examples/sample.txt, CPU ms, median of ${runs} fresh processes (modes interleaved)`);
console.log('| V8 regexp mode | first parse CPU ms |');
console.log('|---|---|');
for (const [name, values] of firsts) console.log(`| ${name} | ${median(values).toFixed(1)} |`);

/** Where each regex literal of src/ is defined, by `source flags`. */
const defined = new Map<string, string>();
/** Every .ts file under a folder, tests left out. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
for (const file of sourceFiles(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      const key = `${literal.slice(1, slash)} ${literal.slice(slash + 1)}`;
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (!defined.has(key)) defined.set(key, `${relative(root, file)}:${line}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** A child that records the regexes a parse builds with `new RegExp`, then prints all of them as JSON. */
const COLLECT = `
import { readFileSync } from 'node:fs';
const built = new Set();
const Native = RegExp;
globalThis.RegExp = new Proxy(Native, { construct(target, args) { const regex = new target(...args); built.add(regex.source + ' ' + regex.flags); return regex; } });
const { parseArticle } = await import(process.argv[2]);
parseArticle(readFileSync(process.argv[3], 'utf8'));
console.log(JSON.stringify([...built]));
`;
writeFileSync(join(work, 'collect.mjs'), COLLECT);
const collected = spawnSync(process.execPath, [join(work, 'collect.mjs'), entry, sample], { encoding: 'utf8' });
const dynamic = collected.status === 0 ? (JSON.parse(collected.stdout) as string[]) : [];
const all = [...new Set([...defined.keys(), ...dynamic])];
writeFileSync(join(work, 'regexes.json'), JSON.stringify(all));

/** A child that compiles and runs each regex three times on one sentence and prints the ms each took. */
const COST = `
import { readFileSync } from 'node:fs';
const all = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const subject = 'On Monday, Jean-Luc Picard told reporters: “It is done — at last,” he said. Café 2024-01-02.';
new RegExp('a(b)c', 'giu').exec('abc'); // the regexp machinery's own first-use cost, out of the first row
console.log(JSON.stringify(all.map((key) => {
  const space = key.lastIndexOf(' ');
  const regex = new RegExp(key.slice(0, space), key.slice(space + 1));
  const start = performance.now();
  for (let k = 0; k < 3; k++) { regex.lastIndex = 0; regex.exec(subject); }
  return performance.now() - start;
})));
`;
writeFileSync(join(work, 'cost.mjs'), COST);
const costs: number[][] = [];
for (let run = 0; run < runs; run++) {
  const result = spawnSync(process.execPath, [join(work, 'cost.mjs'), join(work, 'regexes.json')], { encoding: 'utf8' });
  if (result.status === 0) costs.push(JSON.parse(result.stdout) as number[]);
}
const rows = all.map((key, index) => ({ key, ms: median(costs.map((run) => run[index] ?? 0)) })).sort((a, b) => b.ms - a.ms);
const total = rows.reduce((sum, row) => sum + row.ms, 0);
console.log(`\n${all.length} regular expressions (${defined.size} literals in src/, ${dynamic.length} built at run time); compiling and running each`);
console.log(`three times on one sentence: ${total.toFixed(1)} ms in all, median of ${runs} fresh processes. The costliest ${top}:`);
console.log('| ms | flags | where | pattern (first 90 characters) |');
console.log('|---|---|---|---|');
for (const { key, ms } of rows.slice(0, top)) {
  const space = key.lastIndexOf(' ');
  const pattern = key.slice(0, space).slice(0, 90).replaceAll('|', '\\|');
  console.log(`| ${ms.toFixed(1)} | ${key.slice(space + 1)} | ${defined.get(key) ?? 'new RegExp'} | \`${pattern}\` |`);
}
rmSync(work, { recursive: true, force: true });
