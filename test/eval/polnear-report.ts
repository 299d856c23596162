import { parseArticle } from '../../src/index';
import { collectPeople } from '../../src/people/mentions';
import { attributeQuotes } from '../../src/body/quotes';
import type { Sieve } from '../../src/body/speakers';
import { type PolnearArticleResult, type Via, loadPolnear, scoreArticle, summarisePolnear, speakerRight } from './polnear';

/**
 * `npm run eval -- --quotes-polnear`: the PolNeAR scores as a table, and on request a sample of speaker errors.
 */

const format = (value: number): string => (Number.isNaN(value) ? '   -' : value.toFixed(3));

/** One article's result with the sieve that attributed each library quote. */
export interface SievedResult extends PolnearArticleResult {
  /** Per library quote, the sieve of its speaker (`undefined` when none, or when the re-run disagrees). */
  sieves: (Sieve | undefined)[];
}

/**
 * Parses every PolNeAR article as plain text and scores its quotes. The sieves are read by re-running the
 * attribution on the parsed body; a quote whose re-run speaker differs from the parsed one counts as `unknown`.
 */
export function evaluatePolnear(): SievedResult[] {
  return loadPolnear().map((article) => {
    const parsed = parseArticle(article.text, { format: 'text' });
    const rerun = attributeQuotes(parsed.body, collectPeople(parsed.body.map((block) => block.text)));
    const sieves = parsed.quotes.map((quote, index) => (rerun.quotes[index]?.speaker === quote.speaker ? rerun.sieves[index] : undefined));
    return { ...scoreArticle(article.id, parsed.quotes, article.quotes), sieves };
  });
}

/** Per sieve: attributed library quotes, those matched to a label with a speaker, and those right. */
function sieveTable(results: readonly SievedResult[]): void {
  const rows = new Map<string, { attributed: number; judged: number; right: number }>();
  for (const result of results) {
    for (const { quote, index } of result.quotes) {
      if (quote.speaker === undefined) continue;
      const name = result.sieves[index] ?? 'unknown';
      const row = rows.get(name) ?? { attributed: 0, judged: 0, right: 0 };
      rows.set(name, row);
      row.attributed += 1;
      const label = result.labels.find((entry) => entry.quoteIndex === index)?.label;
      if (label?.speaker === undefined) continue;
      row.judged += 1;
      if (speakerRight(quote.speaker, label.speaker)) row.right += 1;
    }
  }
  console.log('\n| sieve | attributed quotes | judged (label has a speaker) | speaker precision |');
  console.log('|---|---|---|---|');
  for (const name of ['adjacent', 'sentence', 'paragraph', 'continuation', 'unknown']) {
    const row = rows.get(name);
    if (row !== undefined) console.log(`| ${name} | ${row.attributed} | ${row.judged} | ${format(row.right / Math.max(1, row.judged))} |`);
  }
}

/** Prints the summary (and `--errors N` speaker errors per `via`). */
export function runPolnear(args: readonly string[]): void {
  const results = evaluatePolnear();
  if (results.length === 0) {
    console.error('no PolNeAR labels found (set SCRAPED_ARTICLE_POLNEAR or place them at ../shared/quotes-polnear)');
    process.exit(1);
  }
  const summary = summarisePolnear(results);
  console.log(`quotes-polnear (${summary.articles} articles, ${summary.labels} scored labels)`);
  console.log('| metric | value |');
  console.log('|---|---|');
  console.log(`| recall | ${format(summary.recall)} (${summary.matched}/${summary.labels}) |`);
  console.log(`| attributed precision | ${format(summary.precision)} (${summary.attributedMatched}/${summary.attributed}) |`);
  console.log(`| F1 | ${format(summary.f1)} |`);
  console.log(`| speaker accuracy | ${format(summary.speaker.right / Math.max(1, summary.speaker.n))} (${summary.speaker.right}/${summary.speaker.n}) |`);
  console.log(`| strict accuracy | ${format(summary.speaker.strict / Math.max(1, summary.speaker.n))} (${summary.speaker.strict}/${summary.speaker.n}) |`);
  console.log('\n| via | labels | recall | with speaker | speaker acc | strict |');
  console.log('|---|---|---|---|---|---|');
  for (const via of ['name', 'pronoun', 'none'] as const) {
    const counts = summary.byVia[via];
    const accuracy = counts.n === 0 ? '-' : format(counts.right / counts.n);
    const strict = counts.n === 0 ? '-' : format(counts.strict / counts.n);
    console.log(`| ${via} | ${counts.labels} | ${format(counts.matched / Math.max(1, counts.labels))} | ${counts.n} | ${accuracy} | ${strict} |`);
  }
  sieveTable(results);
  const errorsAt = args.indexOf('--errors');
  if (errorsAt >= 0) printErrors(results, Number(args[errorsAt + 1]) || 20);
}

/** Prints a deterministic sample of speaker errors per `via` (every k-th error). */
function printErrors(results: readonly SievedResult[], count: number): void {
  for (const via of ['name', 'pronoun'] as Via[]) {
    const errors = results.flatMap((result) =>
      result.labels
        .filter(({ label, quote }) => label.via === via && quote !== undefined && label.speaker !== undefined && !speakerRight(quote.speaker, label.speaker))
        .map((entry) => ({ ...entry, sieve: entry.quoteIndex === undefined ? undefined : result.sieves[entry.quoteIndex] })),
    );
    console.log(`\n${via}: ${errors.length} speaker errors; a sample of ${Math.min(count, errors.length)}`);
    const step = Math.max(1, Math.floor(errors.length / count));
    for (let index = 0; index < errors.length && index / step < count; index += step) {
      const error = errors[index];
      if (error === undefined) continue;
      console.log(`- ${error.article} @${error.label.start}: “${error.label.text.slice(0, 70)}” label ${error.label.speaker ?? '-'} (source “${error.label.source}”, cue “${error.label.cue}”) → library ${error.quote?.speaker ?? '(none)'} [${error.sieve ?? '-'}]`);
    }
  }
}
