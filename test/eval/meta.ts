/**
 * The metadata corpus (`../shared/corpus-meta`): human-checked title, authors, publication date, description and the
 * first words of the body (`bodyStart`) on pages from sites the main corpus does not have. No body truth, so no body
 * F1: where the body begins is scored instead. Beside each score, the share of pages whose input prints the value
 * (the bound a parser can reach on that input) and the floor the issue asks for: the target, or 0.95 × that share
 * where fewer pages print the value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/index';
import { parseArticle } from '../../src/index';
import { findDates } from '../../src/fields/text-dates';
import { dateFromUrl } from '../../src/fields/dates';
import { loadCaseFolders } from './corpus';
import { normalizeField, sameDay, sameText, setF1 } from './metrics';

/** The reference values of one metadata case (see the corpus README). */
export interface MetaTruth {
  url?: string;
  title?: string;
  authors?: string[];
  publishedAt?: string;
  description?: string;
  bodyStart?: string;
}

/** One metadata case. */
export interface MetaCase {
  id: string;
  dir: string;
  truth: MetaTruth;
}

/** Input kinds of the metadata corpus (it has no structured dumps). */
export const META_KINDS = ['innertext', 'w3m', 'html-to-text', 'html'] as const;
/** One input kind of the metadata corpus. */
export type MetaKind = (typeof META_KINDS)[number];

/** The scored metadata fields; `bodyIn` = the body contains `bodyStart`, `bodyFirst` = it begins block 1 or 2. */
export const META_FIELDS = ['title', 'authors', 'publishedAt', 'description', 'bodyIn', 'bodyFirst'] as const;
/** One scored metadata field. */
export type MetaField = (typeof META_FIELDS)[number];

/** Where the metadata corpus is: `SCRAPED_ARTICLE_CORPUS_META`, else `../shared/corpus-meta` beside the checkout. */
export function metaCorpusDir(): string {
  return process.env.SCRAPED_ARTICLE_CORPUS_META ?? resolve(import.meta.dirname, '../../../shared/corpus-meta');
}

/** All metadata cases, sorted by id. */
export function loadMetaCorpus(dir = metaCorpusDir()): MetaCase[] {
  return loadCaseFolders<MetaTruth>(dir);
}

/** The input of one kind for a case, or `undefined` when the case lacks it. */
export function metaInputOf(testCase: MetaCase, kind: MetaKind): string | undefined {
  const file = kind === 'html' ? join(testCase.dir, 'source.html') : join(testCase.dir, 'text', `${kind}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Whether `bodyStart` begins the body at block `from` (blocks joined, so a short first block does not split it). */
function bodyBeginsAt(article: Article, start: string, from: number): boolean {
  const rest = normalizeField(article.body.slice(from).map((block) => block.text).join(' '));
  return rest.startsWith(normalizeField(start));
}

/** Scores one field of one parsed case; `undefined` when the truth lacks it. */
export function scoreMetaField(field: MetaField, article: Article, truth: MetaTruth): number | undefined {
  switch (field) {
    case 'title':
    case 'description':
      return truth[field] === undefined ? undefined : Number(sameText(article[field], truth[field]));
    case 'authors':
      return truth.authors === undefined ? undefined : setF1(article.authors.map((author) => author.name), truth.authors, normalizeField);
    case 'publishedAt':
      return truth.publishedAt === undefined ? undefined : Number(sameDay(article.publishedAt, truth.publishedAt));
    case 'bodyIn': {
      if (truth.bodyStart === undefined) return undefined;
      return Number(normalizeField(article.body.map((block) => block.text).join(' ')).includes(normalizeField(truth.bodyStart)));
    }
    case 'bodyFirst':
      return truth.bodyStart === undefined ? undefined : Number(bodyBeginsAt(article, truth.bodyStart, 0) || bodyBeginsAt(article, truth.bodyStart, 1));
    default:
      return undefined;
  }
}

/**
 * The best score the input allows for a field: 1 when it prints the value (title, description: the normalised text
 * contains it; date: a day the library's date reader finds in a line, or the URL's own date), for authors the F1 of
 * naming exactly the printed ones. `undefined` when the truth lacks the field.
 */
export function printedBound(field: MetaField, input: string, truth: MetaTruth): number | undefined {
  const text = normalizeField(input);
  switch (field) {
    case 'title':
    case 'description':
    case 'bodyIn':
    case 'bodyFirst': {
      const value = field === 'bodyIn' || field === 'bodyFirst' ? truth.bodyStart : truth[field];
      return value === undefined ? undefined : Number(text.includes(normalizeField(value)));
    }
    case 'authors': {
      if (truth.authors === undefined) return undefined;
      if (truth.authors.length === 0) return 1;
      const printed = truth.authors.filter((name) => text.includes(normalizeField(name))).length;
      return (2 * printed) / (truth.authors.length + printed);
    }
    case 'publishedAt': {
      const gold = truth.publishedAt;
      if (gold === undefined) return undefined;
      const inText = input.split('\n').some((line) => findDates(line).some((date) => sameDay(date.iso, gold)));
      const fromUrl = truth.url === undefined ? undefined : dateFromUrl(truth.url);
      return Number(inText || (fromUrl !== undefined && sameDay(fromUrl, gold)));
    }
    default:
      return undefined;
  }
}

/** A mean with its count and the mean bound of the same cases. */
export interface MetaScore {
  mean: number;
  bound: number;
  n: number;
}

/** Per-case scores of one kind. */
export interface MetaCaseResult {
  id: string;
  failed: boolean;
  article: Article | undefined;
  fields: Partial<Record<MetaField, number>>;
  bounds: Partial<Record<MetaField, number>>;
}

/** Result of one input kind on the metadata corpus. */
export interface MetaKindResult {
  kind: MetaKind;
  cases: MetaCaseResult[];
  fields: Record<MetaField, MetaScore>;
  failures: number;
}

const mean = (values: readonly number[]): number => (values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length);

/** Parses every case's input of one kind and scores it. */
export function evaluateMetaKind(cases: readonly MetaCase[], kind: MetaKind): MetaKindResult {
  const results: MetaCaseResult[] = [];
  for (const testCase of cases) {
    const input = metaInputOf(testCase, kind);
    if (input === undefined) continue;
    let article: Article | undefined;
    let failed = false;
    try {
      article = parseArticle(input, testCase.truth.url === undefined ? {} : { url: testCase.truth.url });
    } catch {
      failed = true;
    }
    // On HTML the page's visible text (its innertext rendering) is what it prints; the markup hides it in entities.
    const printedText = kind === 'html' ? (metaInputOf(testCase, 'innertext') ?? input) : input;
    const fields: Partial<Record<MetaField, number>> = {};
    const bounds: Partial<Record<MetaField, number>> = {};
    for (const field of META_FIELDS) {
      const bound = printedBound(field, printedText, testCase.truth);
      if (bound === undefined) continue;
      bounds[field] = bound;
      fields[field] = article === undefined ? 0 : (scoreMetaField(field, article, testCase.truth) ?? 0);
    }
    results.push({ id: testCase.id, failed, article, fields, bounds });
  }
  const fields = {} as Record<MetaField, MetaScore>;
  for (const field of META_FIELDS) {
    const scored = results.filter((result) => result.fields[field] !== undefined);
    fields[field] = { mean: mean(scored.map((result) => result.fields[field] ?? 0)), bound: mean(scored.map((result) => result.bounds[field] ?? 0)), n: scored.length };
  }
  return { kind, cases: results, fields, failures: results.filter((result) => result.failed).length };
}

/** The targets per kind (title, authors F1, date); page text may fall back to 0.95 × the printed share. */
export const META_TARGETS: Record<MetaKind, Partial<Record<MetaField, number>>> = {
  innertext: { title: 0.9, authors: 0.85, publishedAt: 0.85 },
  w3m: { title: 0.9, authors: 0.85, publishedAt: 0.85 },
  'html-to-text': { title: 0.9, authors: 0.85, publishedAt: 0.85 },
  html: { title: 0.9, authors: 0.85, publishedAt: 0.9 },
};

/** The acceptance floor of a field: the target, or 0.95 × the printed share where that is lower (page text only). */
export function metaFloor(kind: MetaKind, field: MetaField, score: MetaScore): number | undefined {
  const target = META_TARGETS[kind][field];
  if (target === undefined) return undefined;
  return kind === 'html' ? target : Math.min(target, 0.95 * score.bound);
}
