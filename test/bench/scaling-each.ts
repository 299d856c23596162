/**
 * `npm run bench -- --scaling --each`: every hostile shape timed in a child process of its own, right after that
 * process times its own real pages one at a time. Timed one after another in one process, a late shape meets code
 * whose inline caches the shapes before it made polymorphic (misnested tags: 430 ms/MB there, 221–263 alone), while
 * the real pages were timed first, in a clean process; so a row depended on the rows before it. Here every row is
 * measured against a reference taken in the same state, at the cost of a child's start and its real pages per shape.
 * The rows of each table are gathered from the children and printed together, each shape's name followed by the
 * real pages' ms/MB its ratios are against.
 */
import { execFileSync } from 'node:child_process';

/** The lines of a child's output that start a table (its header row), in order: main table, stages, parser bound. */
const isHeader = (line: string): boolean => line.startsWith('| input |');

/** Runs `script` once per shape name with the given arguments (less `--each` and `--only`) and prints the gathered tables; returns the number of rows marked ✗. */
export function runEach(script: string, args: readonly string[], names: readonly string[]): number {
  const rest = args.filter((arg, index) => arg !== '--each' && arg !== '--only' && args[index - 1] !== '--only');
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const headers: string[] = [];
  const tables: string[][] = [];
  let marked = 0;
  for (const name of names) {
    const out = execFileSync(process.execPath, [...loader, script, ...rest, '--only', name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
    const lines = out.split('\n');
    const pages = /real pages parsed one at a time \([^)]*\): (\d+) ms\/MB/u.exec(out)?.[1] ?? '?';
    if (headers.length === 0) headers.push(...lines.filter(isHeader));
    const rows = lines.filter((line) => line.startsWith(`| ${name} |`));
    rows.forEach((row, table) => {
      (tables[table] ??= []).push(row.replace(`| ${name} |`, `| ${name} · pages ${pages} ms/MB |`));
      if (table === 0 && row.endsWith('✗')) marked += 1;
    });
    console.error(`${name}: done`);
  }
  tables.forEach((rows, table) => {
    const header = headers[table] ?? '';
    console.log(`\n${header}\n${header.replace(/[^|]+/gu, '---')}\n${rows.join('\n')}`);
  });
  console.log(`\n${names.length} hostile shapes, each in its own process after its own real pages; ${marked} outside the bounds against those pages (≤ 1.3× and ≤ 2× per MB; the rows marked ✗)`);
  return marked;
}
