import { parseArticle } from '../../src/index';
import { type PolnearArticleResult, type Via, loadPolnear, scoreArticle, summarisePolnear, speakerRight } from './polnear';

/**
 * `npm run eval -- --quotes-polnear`: the PolNeAR scores as a table, and on request a sample of speaker errors.
 */

const format = (value: number): string => (Number.isNaN(value) ? '   -' : value.toFixed(3));

/** Parses every PolNeAR article as plain text and scores its quotes. */
export function evaluatePolnear(): PolnearArticleResult[] {
  return loadPolnear().map((article) => scoreArticle(article.id, parseArticle(article.text, { format: 'text' }).quotes, article.quotes));
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
  const errorsAt = args.indexOf('--errors');
  if (errorsAt >= 0) printErrors(results, Number(args[errorsAt + 1]) || 20);
}

/** Prints a deterministic sample of speaker errors per `via` (every k-th error). */
function printErrors(results: readonly PolnearArticleResult[], count: number): void {
  for (const via of ['name', 'pronoun'] as Via[]) {
    const errors = results.flatMap((result) =>
      result.labels.filter(({ label, quote }) => label.via === via && quote !== undefined && label.speaker !== undefined && !speakerRight(quote.speaker, label.speaker)),
    );
    console.log(`\n${via}: ${errors.length} speaker errors; a sample of ${Math.min(count, errors.length)}`);
    const step = Math.max(1, Math.floor(errors.length / count));
    for (let index = 0; index < errors.length && index / step < count; index += step) {
      const error = errors[index];
      if (error === undefined) continue;
      console.log(`- ${error.article} @${error.label.start}: “${error.label.text.slice(0, 70)}” label ${error.label.speaker ?? '-'} (source “${error.label.source}”, cue “${error.label.cue}”) → library ${error.quote?.speaker ?? '(none)'}`);
    }
  }
}
