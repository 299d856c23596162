import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentKind } from '../../src/index';
import { isProbablyArticle, parseArticle } from '../../src/index';
import { type CorpusCase, KINDS, type Kind, inputOf } from './corpus';

/**
 * Kind detection ("is this an article?") over the corpus (whose pages are articles but for the two its README names:
 * `nytimes-5`, a section front, and `mathjax`, a demo page) plus the labelled non-article pages of
 * test/fixtures/kinds (written for this project: section fronts, feeds, search results, product pages, timelines of
 * posts, documentation indexes, a tag page; each as HTML and its innertext, w3m and html-to-text renderings).
 */

/** Corpus pages that are not articles, as the corpus README describes them. */
const CORPUS_NON_ARTICLES: Readonly<Record<string, ContentKind>> = { 'nytimes-5': 'listing', mathjax: 'other' };

/** The labelled non-article pages. */
export const KIND_FIXTURES = resolve(import.meta.dirname, '../fixtures/kinds');

/** One labelled input. */
export interface KindCase {
  readonly id: string;
  readonly kind: Kind;
  readonly label: ContentKind;
  readonly input: string;
}

/** Every labelled input of every kind: the corpus's and the fixtures'. */
export function kindCases(corpus: readonly CorpusCase[]): KindCase[] {
  const cases: KindCase[] = [];
  for (const testCase of corpus) {
    for (const kind of KINDS) {
      const input = inputOf(testCase, kind);
      if (input !== undefined) cases.push({ id: testCase.id, kind, label: CORPUS_NON_ARTICLES[testCase.id] ?? 'article', input });
    }
  }
  const labels = JSON.parse(readFileSync(join(KIND_FIXTURES, 'labels.json'), 'utf8')) as Record<string, ContentKind>;
  for (const id of readdirSync(KIND_FIXTURES).filter((name) => Object.hasOwn(labels, name)).sort()) {
    for (const kind of KINDS) {
      const file = kind === 'html' ? join(KIND_FIXTURES, id, 'source.html') : join(KIND_FIXTURES, id, 'text', `${kind}.txt`);
      if (existsSync(file)) cases.push({ id, kind, label: labels[id] ?? 'other', input: readFileSync(file, 'utf8') });
    }
  }
  return cases;
}

/** Precision and recall of `kind === 'article'` for one input kind. */
export interface KindScore {
  readonly kind: Kind;
  readonly articles: number;
  readonly nonArticles: number;
  readonly precision: number;
  readonly recall: number;
  /** How often `isProbablyArticle` agrees with `parseArticle(…).source.kind === 'article'`. */
  readonly agreement: number;
  /** The inputs classified wrongly. */
  readonly errors: readonly string[];
}

/** Scores kind detection per input kind. */
export function scoreKinds(cases: readonly KindCase[]): KindScore[] {
  return KINDS.map((kind) => {
    const own = cases.filter((testCase) => testCase.kind === kind);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let agree = 0;
    const errors: string[] = [];
    for (const testCase of own) {
      const source = parseArticle(testCase.input).source;
      const predicted = source.kind === 'article';
      const actual = testCase.label === 'article';
      if (isProbablyArticle(testCase.input) === predicted) agree += 1;
      if (predicted && actual) truePositives += 1;
      if (predicted && !actual) falsePositives += 1;
      if (!predicted && actual) falseNegatives += 1;
      if (predicted !== actual) errors.push(`${testCase.id} (${testCase.label} → ${source.kind} ${source.confidence})`);
    }
    return {
      kind,
      articles: own.filter((testCase) => testCase.label === 'article').length,
      nonArticles: own.filter((testCase) => testCase.label !== 'article').length,
      precision: truePositives / (truePositives + falsePositives),
      recall: truePositives / (truePositives + falseNegatives),
      agreement: own.length === 0 ? Number.NaN : agree / own.length,
      errors,
    };
  });
}
