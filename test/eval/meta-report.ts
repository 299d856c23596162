/**
 * Printing the metadata corpus's table (`npm run eval`, `npm run eval -- --set meta`) and, with `--misses FIELD`,
 * every miss of one field: what the parser picked against the truth, for error analysis by cause; with
 * `--body-start-causes`, where each page's `bodyStart` begins in its HTML and the shares over prose starts.
 */
import { printBodyStartCauses } from './body-start-causes';
import { META_FIELDS, META_KINDS, type MetaField, type MetaKind, type MetaKindResult, evaluateMetaKind, loadMetaCorpus, metaFloor } from './meta';

const LABELS: Record<MetaField, string> = {
  title: 'title',
  authors: 'authors F1',
  publishedAt: 'publishedAt',
  description: 'description',
  bodyIn: 'body has bodyStart',
  bodyFirst: 'bodyStart opens block 1–2',
};

const format = (value: number): string => (Number.isNaN(value) ? '   -' : value.toFixed(3));

/** What an article gives for a field, as one short line. */
function picked(result: MetaKindResult['cases'][number], field: MetaField): string {
  const article = result.article;
  if (article === undefined) return '(failed)';
  switch (field) {
    case 'authors':
      return JSON.stringify(article.authors.map((author) => author.name));
    case 'bodyIn':
    case 'bodyFirst':
      return JSON.stringify(article.body.slice(0, 2).map((block) => block.text.slice(0, 80)));
    default:
      return JSON.stringify(article[field]);
  }
}

/** Prints the metadata corpus table for the kinds asked (`--kind`), and the misses of `--misses FIELD`. */
export function printMetaEval(args: readonly string[]): void {
  const cases = loadMetaCorpus();
  if (cases.length === 0) {
    console.log('no metadata corpus found (set SCRAPED_ARTICLE_CORPUS_META or place it at ../shared/corpus-meta)');
    return;
  }
  const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
  const kinds: MetaKind[] = kindArg === undefined ? [...META_KINDS] : META_KINDS.filter((kind) => kind === kindArg);
  if (kinds.length === 0) return;
  const results = kinds.map((kind) => evaluateMetaKind(cases, kind));
  console.log(`corpus-meta (${cases.length} pages; score (n) · share of pages whose input prints the value · floor)`);
  const header = ['metric', ...results.map((result) => `${result.kind} (n=${result.cases.length})`)];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const field of META_FIELDS) {
    const cells = results.map((result) => {
      const score = result.fields[field];
      const floor = metaFloor(result.kind, field, score);
      return `${format(score.mean)} (${score.n}) · ${format(score.bound)}${floor === undefined ? '' : ` · ≥${format(floor)}`}`;
    });
    console.log(`| ${LABELS[field]} | ${cells.join(' | ')} |`);
  }
  console.log(`| failures | ${results.map((result) => String(result.failures)).join(' | ')} |`);
  const html = results.find((result) => result.kind === 'html');
  if (args.includes('--body-start-causes') && html !== undefined) printBodyStartCauses(cases, html.cases);

  const missField = args.includes('--misses') ? (args[args.indexOf('--misses') + 1] as MetaField) : undefined;
  if (missField === undefined || !META_FIELDS.includes(missField)) return;
  const truthOf = new Map(cases.map((testCase) => [testCase.id, testCase.truth]));
  for (const result of results) {
    console.log(`\n${result.kind}: misses of ${missField}`);
    for (const c of result.cases) {
      const score = c.fields[missField];
      if (score === undefined || score >= 1) continue;
      const truth = truthOf.get(c.id);
      const gold = missField === 'bodyIn' || missField === 'bodyFirst' ? truth?.bodyStart : truth?.[missField];
      const printed = c.bounds[missField] === 1 ? 'printed' : `bound ${format(c.bounds[missField] ?? 0)}`;
      console.log(`  ${c.id.padEnd(30)} ${format(score)} [${printed}] got ${picked(c, missField)}  want ${JSON.stringify(gold)}`);
    }
  }
}
