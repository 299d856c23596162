/**
 * `npm run eval`: quality over every case of ../shared/corpus, per input kind (metrics of ../shared/EVAL.md).
 *
 *   npm run eval                     all kinds
 *   npm run eval -- --kind structured one kind
 *   npm run eval -- --cases          per-case body F1, lowest first
 *   npm run eval -- --kind-detection precision/recall of `source.kind === 'article'` per input kind
 *   npm run eval -- --set meta       only ../shared/corpus-meta (--set corpus: only ../shared/corpus)
 *   npm run eval -- --set meta --misses title   every miss of one field: what was picked against the truth
 *   npm run eval -- --quotes         quotes on the hand-labelled corpus articles, per case
 *   npm run eval -- --quotes-polnear quotes and speakers on ../shared/quotes-polnear (PolNeAR train), alone
 *                                    (`--errors N` prints N speaker errors per `via`)
 */
import { KINDS, type Kind, loadCorpus, missingCorpusMessage } from './corpus';
import { FIELDS, type KindResult, evaluateKind } from './evaluate';
import { evaluateQuotes, summariseQuotes } from './quotes';
import { printMetaEval } from './meta-report';

const args = process.argv.slice(2);
if (args.includes('--quotes-polnear')) {
  const { runPolnear } = await import('./polnear-report');
  runPolnear(args);
  process.exit(0);
}
const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const kinds: Kind[] = args.includes('--html') ? ['html'] : kindArg === undefined ? [...KINDS] : [kindArg as Kind];
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
if (set === 'meta') {
  printMetaEval(args);
  process.exit(0);
}
const cases = loadCorpus();
if (cases.length === 0) {
  console.error(missingCorpusMessage());
  process.exit(1);
}

if (args.includes('--kind-detection')) {
  const { kindCases, scoreKinds } = await import('./kinds');
  const scores = scoreKinds(kindCases(cases));
  const number = (value: number): string => (Number.isNaN(value) ? '-' : value.toFixed(3));
  console.log('| input kind | articles | non-articles | precision | recall | isProbablyArticle agrees |');
  console.log('|---|---|---|---|---|---|');
  for (const score of scores) console.log(`| ${score.kind} | ${score.articles} | ${score.nonArticles} | ${number(score.precision)} | ${number(score.recall)} | ${number(score.agreement)} |`);
  for (const score of scores) if (score.errors.length > 0) console.log(`\n${score.kind} misclassified: ${score.errors.join(', ')}`);
  process.exit(0);
}

const results: KindResult[] = kinds.map((kind) => evaluateKind(cases, kind));
if (args.includes('--html')) {
  // Readability + jsdom on the same pages, for context: the corpus truth was made from Readability's output.
  const { parseWithReadability } = await import('./readability');
  const readability = evaluateKind(cases, 'html', parseWithReadability);
  results.push({ ...readability, kind: 'html' as const, label: 'readability (html)' } as KindResult & { label: string });
  // Defuddle + jsdom, the extractor behind Obsidian's Web Clipper: a second peer.
  const { parseWithDefuddle } = await import('./defuddle');
  const defuddle = evaluateKind(cases, 'html', parseWithDefuddle);
  results.push({ ...defuddle, kind: 'html' as const, label: 'defuddle (html)' } as KindResult & { label: string });
}
const format = (value: number): string => (Number.isNaN(value) ? '   -' : value.toFixed(3));
const header = ['metric', ...results.map((result) => `${(result as KindResult & { label?: string }).label ?? result.kind} (n=${result.cases.length})`)];
const rows: string[][] = [
  ['body P', ...results.map((r) => format(r.body.precision))],
  ['body R', ...results.map((r) => format(r.body.recall))],
  ['body F1', ...results.map((r) => format(r.body.f1))],
  ...FIELDS.map((field) => [field, ...results.map((r) => `${format(r.fields[field].mean)} (${r.fields[field].n})`)]),
  ['failures', ...results.map((r) => String(r.failures))],
];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

if (args.includes('--cases')) {
  for (const result of results) {
    console.log(`\n${result.kind}: lowest body F1`);
    const sorted = [...result.cases].sort((a, b) => (a.f1 ?? 0) - (b.f1 ?? 0));
    for (const c of sorted.slice(0, Number(args[args.indexOf('--cases') + 1]) || 8)) {
      const misses = Object.entries(c.fields).filter(([, v]) => v !== undefined && v < 1).map(([k]) => k);
      console.log(`  ${c.id.padEnd(32)} F1 ${format(c.f1 ?? 0)}  misses: ${misses.join(', ')}`);
    }
  }
}

if (args.includes('--quotes') || kindArg === undefined) {
  const quoteResults = evaluateQuotes(cases, 'innertext');
  const summary = summariseQuotes(quoteResults);
  console.log(`\nquotes (hand-labelled, innertext, ${summary.n} cases): F1 ${format(summary.f1)} (micro P ${format(summary.precision)} R ${format(summary.recall)}), speaker accuracy ${format(summary.speakerAccuracy)}`);
  if (args.includes('--quotes')) {
    for (const result of quoteResults) {
      console.log(`  ${result.id.padEnd(28)} labelled ${String(result.labelled).padStart(2)} predicted ${String(result.predicted).padStart(2)} matched ${String(result.matched).padStart(2)} F1 ${format(result.f1)} speakers ${result.speakersRight}/${result.speakersLabelled}`);
    }
  }
}

if (set === undefined) {
  console.log('');
  printMetaEval(args);
}
