/**
 * `npm run bench` (default): each system timed in its own child process (see `time-system.ts`), on the whole corpus
 * and on its 20 largest pages, with the speed-up over Readability + jsdom on the same pages. One process per system
 * matters: jsdom's heap in the same process slows the others (about 3× for ours on heavy pages).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LARGEST_PAGES, SYSTEMS, type SystemName, type SystemTimes } from './time-system';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const child = fileURLToPath(new URL('./time-system.ts', import.meta.url));
const BASELINE: SystemName = 'Readability + jsdom, HTML';

const timeAlone = (name: SystemName, set: 'all' | 'largest'): SystemTimes =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, name, set, String(rounds)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as SystemTimes;

/** Per page, the median of its rounds. */
const perPage = (times: SystemTimes): Map<string, number> =>
  new Map(Object.entries(times.ms).map(([id, values]) => [id, [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0]));
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

console.log(`each system in its own process, ${rounds} rounds, Node ${process.version}`);
for (const set of ['all', 'largest'] as const) {
  const results = new Map((Object.keys(SYSTEMS) as SystemName[]).map((name) => [name, timeAlone(name, set)]));
  const baselineTimes = results.get(BASELINE);
  const baseline = baselineTimes === undefined ? new Map<string, number>() : perPage(baselineTimes);
  console.log(`\n${set === 'all' ? 'whole corpus' : `${LARGEST_PAGES} largest pages`}`);
  console.log('| system and input | pages | median ms/page | mean ms/page | speed-up over Readability + jsdom (median / total) | peak RSS MB |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, times] of results) {
    const pages = perPage(times);
    const ids = [...pages.keys()];
    const mine = ids.map((id) => pages.get(id) ?? 0);
    const theirs = ids.map((id) => baseline.get(id) ?? 0);
    const speedUp = name === BASELINE ? '1.0× / 1.0×' : `${(median(theirs) / median(mine)).toFixed(1)}× / ${(sum(theirs) / sum(mine)).toFixed(1)}×`;
    console.log(`| ${name} | ${ids.length} | ${median(mine).toFixed(2)} | ${(sum(mine) / ids.length).toFixed(2)} | ${speedUp} | ${times.maxRssMb.toFixed(0)} |`);
  }
}
