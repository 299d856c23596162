/**
 * Per-page study of the page-text body (innertext, w3m, html-to-text) against the corpus truth, and the bound a
 * perfect choice of lines would reach on each rendering.
 *
 * `tsx test/eval/page-body-study.ts [--kind innertext|w3m|html-to-text] [--lines] [case…]`
 *
 * For each page: our body P/R/F1; the bound of a perfect contiguous region of lines (the best `[first, last]` run)
 * and of a perfect subset of lines (every line most of whose shingles are the truth's), both with the rendering's
 * own text (its tables, captions and line breaks, which differ from the truth's); the shingles we keep that the
 * truth does not, by where they stand (above the article, inside it, below it) and what they look like; the truth
 * shingles we lose, by cause (start cut, end cut, hole inside the region, not printed in the rendering at all).
 * `--lines` prints every wrong line kept and every true line lost.
 */
import { parseArticle } from '../../src/index';
import { decodeHtmlReferences } from '../../src/html/references';
import { readPageLines, type PageLine } from '../../src/page/lines';
import { isStructuredDump } from '../../src/structured/layout';
import { normalizeText } from '../../src/text/repair';
import { inputOf, loadCorpus } from './corpus';
import { aggregateBody, type BodyCounts, bodyCounts, shingles, tokens } from './metrics';

type PageKind = 'innertext' | 'w3m' | 'html-to-text';

const args = process.argv.slice(2);
const kindArg = args.indexOf('--kind');
const kinds: PageKind[] = kindArg === -1 ? ['innertext', 'w3m', 'html-to-text'] : [args[kindArg + 1] as PageKind];
const printLines = args.includes('--lines');
const only = new Set(args.filter((arg, index) => !arg.startsWith('--') && (kindArg === -1 || index !== kindArg + 1)));

/** What a wrong line looks like (study only: rough shapes, for grouping). */
function shapeOf(text: string, title: string | undefined): string {
  const lower = text.toLowerCase();
  const words = tokens(text).length;
  if (title !== undefined && lower.replace(/\W+/gu, ' ').trim() === title.toLowerCase().replace(/\W+/gu, ' ').trim()) return 'headline';
  if (/comment|repl(?:y|ies)|kommentar|comentario|responses?\b/u.test(lower) && words <= 12) return 'comments';
  if (/\b(?:share|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|newsletter|subscribe|sign up|abonn|suscr|print)\b/u.test(lower) && words <= 15) return 'share/newsletter';
  if (/\b(?:photo|image|getty|credit|foto|bild|reuters|afp|shutterstock)\b|©/u.test(lower) && words <= 30) return 'caption/credit';
  if (/\b(?:related|more from|read more|read next|recommended|you may|most (?:read|popular)|trending|also)\b/u.test(lower) && words <= 10) return 'related head';
  if (/\b(?:copyright|privacy|terms|cookies?|all rights|contact us|about us|advertis)/u.test(lower)) return 'footer/legal';
  if (words <= 4) return 'menu/label';
  if (!/[.!?。！？"”]$/u.test(text.trim()) && words <= 20) return 'teaser/heading';
  return 'prose';
}

interface Study {
  id: string;
  ours: BodyCounts;
  region: BodyCounts;
  subset: BodyCounts;
  fp: Record<string, number>;
  fn: Record<string, number>;
  lines: string[];
}

const add = (record: Record<string, number>, key: string, value: number): void => {
  if (value > 0) record[key] = (record[key] ?? 0) + value;
};

const f1Of = ({ tp, fp, fn }: BodyCounts): number => (tp === 0 ? (fp === 0 && fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));

/** Which lines the body blocks came from, in order (a block is a line, a piece of one, or a wrapped paragraph's rows). */
function keptLines(lines: readonly PageLine[], blocks: readonly string[]): Set<number> {
  const kept = new Set<number>();
  let cursor = 0;
  for (const block of blocks) {
    const probe = block.slice(0, 40);
    for (let index = cursor; index < lines.length; index++) {
      if ((lines[index]?.text ?? '').includes(probe)) {
        kept.add(index);
        cursor = index;
        // A wrapped paragraph's rows are one block.
        while (cursor + 1 < lines.length && block.includes(lines[cursor + 1]?.text ?? '\u0000')) kept.add(++cursor);
        break;
      }
    }
  }
  return kept;
}

function studyCase(id: string, input: string, truthBody: string, url: string | undefined, title: string | undefined): Study | undefined {
  const article = parseArticle(input, url === undefined ? {} : { url });
  const blocks = article.body.map((block) => block.text);
  const gold = shingles(truthBody);
  const ours = bodyCounts(blocks.join('\n\n'), truthBody);
  const text = normalizeText(input, decodeHtmlReferences);
  if (isStructuredDump(text)) return { id, ours, region: ours, subset: ours, fp: { 'read as dump': ours.fp }, fn: { 'read as dump': ours.fn }, lines: [] };
  const lines = readPageLines(text, url);
  // The page's token stream, each token owned by its line; a shingle matches when the truth still has one left.
  const words: string[] = [];
  const owner: number[] = [];
  for (const line of lines) for (const word of tokens(line.text)) { words.push(word); owner.push(line.index); }
  const left = new Map(gold);
  const lineTotal = new Array<number>(lines.length).fill(0);
  const lineTrue = new Array<number>(lines.length).fill(0);
  for (let start = 0; start + 4 <= words.length; start++) {
    const key = words.slice(start, start + 4).join(' ');
    const line = owner[start] ?? 0;
    lineTotal[line] = (lineTotal[line] ?? 0) + 1;
    const count = left.get(key) ?? 0;
    if (count > 0) {
      left.set(key, count - 1);
      lineTrue[line] = (lineTrue[line] ?? 0) + 1;
    }
  }
  const isTrue = (index: number): boolean => (lineTrue[index] ?? 0) * 2 > (lineTotal[index] ?? 0) && (lineTrue[index] ?? 0) > 0;
  const textOf = (indexes: Iterable<number>): string => [...indexes].map((index) => lines[index]?.text ?? '').join('\n\n');
  const trueLines = lines.filter((line) => isTrue(line.index)).map((line) => line.index);
  const subset = bodyCounts(textOf(trueLines), truthBody);
  // The best contiguous region, starting at a true line (tokens across line ends joined as the metric joins blocks).
  let region: BodyCounts = { tp: 0, fp: 0, fn: [...gold.values()].reduce((a, b) => a + b, 0) };
  for (const first of trueLines) {
    const predicted = new Map<string, number>();
    const stream: string[] = [];
    let tp = 0;
    let size = 0;
    for (let index = first; index < lines.length; index++) {
      for (const word of tokens(lines[index]?.text ?? '')) {
        stream.push(word);
        if (stream.length < 4) continue;
        const key = stream.slice(-4).join(' ');
        const count = (predicted.get(key) ?? 0) + 1;
        predicted.set(key, count);
        size += 1;
        if (count <= (gold.get(key) ?? 0)) tp += 1;
      }
      const all = region.tp + region.fn;
      const candidate = { tp, fp: size - tp, fn: all - tp };
      if (f1Of(candidate) > f1Of(region)) region = candidate;
    }
  }
  const kept = keptLines(lines, blocks);
  const keptList = [...kept].sort((a, b) => a - b);
  const ourFirst = keptList[0] ?? lines.length;
  const ourLast = keptList.at(-1) ?? -1;
  const trueFirst = trueLines[0] ?? lines.length;
  const trueLast = trueLines.at(-1) ?? -1;
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const out: string[] = [];
  for (const index of keptList) {
    const wrong = (lineTotal[index] ?? 0) - (lineTrue[index] ?? 0);
    if (wrong <= 0 || isTrue(index)) continue;
    const where = index < trueFirst ? 'above' : index > trueLast ? 'below' : 'inside';
    const shape = shapeOf(lines[index]?.text ?? '', title);
    add(fp, `${where}: ${shape}`, wrong);
    if (printLines) out.push(`  FP ${where} ${shape} [${index}] ${wrong}: ${(lines[index]?.text ?? '').slice(0, 110)}`);
  }
  for (const index of trueLines) {
    if (kept.has(index)) continue;
    const lost = lineTrue[index] ?? 0;
    const cause = index < ourFirst ? 'start cut' : index > ourLast ? 'end cut' : 'hole';
    add(fn, cause, lost);
    if (printLines) out.push(`  FN ${cause} [${index}] ${lost}: ${(lines[index]?.text ?? '').slice(0, 110)}`);
  }
  add(fn, 'not printed', [...left.values()].reduce((a, b) => a + b, 0));
  // Shingles of true lines kept, lost to line ends or splitting: the rest of the loss.
  add(fn, 'other', ours.fn - Object.values(fn).reduce((a, b) => a + b, 0));
  return { id, ours, region, subset, fp, fn, lines: out };
}

const pad = (value: string, width: number): string => value.padEnd(width);
const fmt = (value: number): string => value.toFixed(3);

for (const kind of kinds) {
  const studies: Study[] = [];
  for (const testCase of loadCorpus()) {
    if (only.size > 0 && !only.has(testCase.id)) continue;
    const input = inputOf(testCase, kind);
    if (input === undefined) continue;
    const study = studyCase(testCase.id, input, testCase.truth.body, testCase.truth.url, testCase.truth.title);
    if (study !== undefined) studies.push(study);
  }
  console.log(`\n## ${kind} (${studies.length} pages)\n`);
  console.log('| page | F1 | P | R | region bound | subset bound | FP shingles (where: shape) | FN shingles (cause) |');
  console.log('|---|---|---|---|---|---|---|---|');
  const sorted = [...studies].sort((a, b) => f1Of(a.ours) - f1Of(b.ours));
  for (const study of sorted) {
    const total = study.ours.tp + study.ours.fp + study.ours.fn;
    if (total === 0) continue;
    const list = (record: Record<string, number>): string =>
      Object.entries(record)
        .sort((a, b) => b[1] - a[1])
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
    const { tp, fp, fn } = study.ours;
    console.log(`| ${pad(study.id, 28)} | ${fmt(f1Of(study.ours))} | ${fmt(tp + fp === 0 ? 0 : tp / (tp + fp))} | ${fmt(tp + fn === 0 ? 0 : tp / (tp + fn))} | ${fmt(f1Of(study.region))} | ${fmt(f1Of(study.subset))} | ${list(study.fp)} | ${list(study.fn)} |`);
    for (const line of study.lines) console.log(line);
  }
  // Loss by group, as a share of the mean precision / recall (each page's shingles divided by its own total, as the
  // metric averages per page).
  const share = (pick: (study: Study) => Record<string, number>, denominator: (study: Study) => number): [string, number][] => {
    const sums = new Map<string, number>();
    for (const study of studies) {
      const whole = denominator(study);
      if (whole === 0) continue;
      for (const [key, value] of Object.entries(pick(study))) sums.set(key, (sums.get(key) ?? 0) + value / whole);
    }
    return [...sums].map(([key, value]): [string, number] => [key, value / studies.length]).sort((a, b) => b[1] - a[1]);
  };
  const ours = aggregateBody(studies.map((study) => study.ours));
  const regionBound = aggregateBody(studies.map((study) => study.region));
  const subsetBound = aggregateBody(studies.map((study) => study.subset));
  console.log(`\n${kind}: ours P ${fmt(ours.precision)} R ${fmt(ours.recall)} F1 ${fmt(ours.f1)}`);
  console.log(`${kind}: bound, perfect contiguous region P ${fmt(regionBound.precision)} R ${fmt(regionBound.recall)} F1 ${fmt(regionBound.f1)}`);
  console.log(`${kind}: bound, perfect line subset    P ${fmt(subsetBound.precision)} R ${fmt(subsetBound.recall)} F1 ${fmt(subsetBound.f1)}`);
  console.log(`${kind}: precision lost by group (mean share):`);
  for (const [key, value] of share((study) => study.fp, (study) => study.ours.tp + study.ours.fp)) if (value >= 0.0005) console.log(`  ${fmt(value)}  ${key}`);
  console.log(`${kind}: recall lost by cause (mean share):`);
  for (const [key, value] of share((study) => study.fn, (study) => study.ours.tp + study.ours.fn)) if (value >= 0.0005) console.log(`  ${fmt(value)}  ${key}`);
}
