/**
 * One system timed alone in this process (started by `per-process.ts`), so no other system's heap or JIT state
 * touches its times. Prints one JSON line: per page id, its times in ms, and the process's peak RSS.
 *
 *   node --import tsx test/bench/time-system.ts <system> <all|largest> <rounds>
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../../src/index';
import { type CorpusCase, inputOf, loadCorpus } from '../eval/corpus';
import { runDefuddle } from '../eval/defuddle';
import { runReadability } from '../eval/readability';

/** The systems the bench can time, each on the input it reads. */
export const SYSTEMS = {
  'scraped-article, HTML': { kind: 'html', run: (input: string, url?: string): unknown => parseArticle(input, url === undefined ? {} : { url }) },
  'scraped-article, structured text': { kind: 'structured', run: (input: string, url?: string): unknown => parseArticle(input, url === undefined ? {} : { url }) },
  'scraped-article, innertext': { kind: 'innertext', run: (input: string, url?: string): unknown => parseArticle(input, url === undefined ? {} : { url }) },
  'Readability + jsdom, HTML': { kind: 'html', run: runReadability },
  'Defuddle + linkedom, HTML': { kind: 'html', run: runDefuddle },
} as const;
/** One system's name. */
export type SystemName = keyof typeof SYSTEMS;

/** How many of the largest pages (by HTML size) the second set holds. */
export const LARGEST_PAGES = 20;

/** The pages of a set: every corpus page with HTML, or the largest by HTML size. */
export function pagesOf(set: 'all' | 'largest'): CorpusCase[] {
  const withHtml = loadCorpus().filter((testCase) => inputOf(testCase, 'html') !== undefined);
  if (set === 'all') return withHtml;
  const size = (testCase: CorpusCase): number => inputOf(testCase, 'html')?.length ?? 0;
  return [...withHtml].sort((a, b) => size(b) - size(a)).slice(0, LARGEST_PAGES);
}

/** What the child prints. */
export interface SystemTimes {
  readonly ms: Record<string, number[]>;
  readonly maxRssMb: number;
}

if (process.argv[1]?.endsWith('time-system.ts') === true) {
  const [name, set, roundsArg] = process.argv.slice(2) as [SystemName, 'all' | 'largest', string];
  const system = SYSTEMS[name];
  const pages = pagesOf(set).flatMap((testCase) => {
    const input = inputOf(testCase, system.kind);
    return input === undefined ? [] : [{ id: testCase.id, url: testCase.truth.url, input }];
  });
  // Warm-up: every system gets the same five pages first.
  for (const page of pages.slice(0, 5)) system.run(page.input, page.url);
  const ms: Record<string, number[]> = {};
  for (let round = 0; round < Number(roundsArg); round++) {
    for (const page of pages) {
      const start = performance.now();
      system.run(page.input, page.url);
      (ms[page.id] ??= []).push(performance.now() - start);
    }
  }
  const times: SystemTimes = { ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(times));
}
