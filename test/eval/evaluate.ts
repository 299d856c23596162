import type { Article } from '../../src/index';
import { parseArticle } from '../../src/index';
import { type CorpusCase, type Kind, inputOf } from './corpus';
import { aggregateBody, type BodyCounts, bodyCounts, bodyPrecisionRecall, normalizeField, sameDay, sameLanguage, sameText, setF1, urlCompareKey } from './metrics';

/** The fields scored besides the body. */
export const FIELDS = ['title', 'publishedAt', 'authors', 'language', 'description', 'siteName', 'url', 'modifiedAt', 'section', 'tags', 'keywords', 'relatedLinks'] as const;
/** One scored field. */
export type Field = (typeof FIELDS)[number];

/** A mean with its count. */
export interface Score {
  mean: number;
  n: number;
}

/** Per-case result. */
export interface CaseResult {
  id: string;
  failed: boolean;
  body: BodyCounts;
  f1?: number;
  fields: Partial<Record<Field, number>>;
}

/** Result of one input kind. */
export interface KindResult {
  kind: Kind;
  cases: CaseResult[];
  body: { precision: number; recall: number; f1: number; n: number };
  fields: Record<Field, Score>;
  failures: number;
}

const EMPTY: Article = {
  tags: [], keywords: [], authors: [], images: [], body: [], paragraphs: [], quotes: [], relatedLinks: [], wordCount: 0,
  leftovers: [], source: { format: 'text', layout: 'plain', kind: 'article', confidence: 1, fields: {} },
};

/** Scores one field of one case; `undefined` when the truth lacks it. */
function scoreField(field: Field, article: Article, testCase: CorpusCase): number | undefined {
  const truth = testCase.truth;
  switch (field) {
    case 'title':
    case 'description':
    case 'siteName':
    case 'section': {
      const gold = truth[field];
      return gold === undefined ? undefined : Number(sameText(article[field], gold));
    }
    case 'url':
      return truth.url === undefined ? undefined : Number(article.url !== undefined && urlCompareKey(article.url) === urlCompareKey(truth.url));
    case 'publishedAt':
    case 'modifiedAt': {
      const gold = truth[field];
      return gold === undefined ? undefined : Number(sameDay(article[field], gold));
    }
    case 'language':
      return truth.language === undefined ? undefined : Number(sameLanguage(article.language, truth.language));
    case 'authors':
      return truth.authors === undefined ? undefined : setF1(article.authors.map((author) => author.name), truth.authors, normalizeField);
    case 'tags':
    case 'keywords': {
      const gold = truth[field];
      return gold === undefined ? undefined : setF1(article[field], gold, normalizeField);
    }
    case 'relatedLinks':
      return truth.relatedLinks === undefined ? undefined : setF1(article.relatedLinks.map((link) => link.url), truth.relatedLinks, urlCompareKey);
    default:
      return undefined;
  }
}

/** Parses every case's input of one kind and scores it. */
export function evaluateKind(cases: readonly CorpusCase[], kind: Kind, parse: (input: string, url?: string) => Article = (input, url) => parseArticle(input, url === undefined ? {} : { url })): KindResult {
  const results: CaseResult[] = [];
  for (const testCase of cases) {
    const input = inputOf(testCase, kind);
    if (input === undefined) continue;
    let article = EMPTY;
    let failed = false;
    try {
      article = parse(input, testCase.truth.url);
    } catch {
      failed = true;
    }
    const predicted = article.body.map((block) => block.text).join('\n\n');
    const body = bodyCounts(predicted, testCase.truth.body);
    const { precision, recall } = bodyPrecisionRecall(body);
    const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
    const fields: Partial<Record<Field, number>> = {};
    for (const field of FIELDS) {
      const score = scoreField(field, article, testCase);
      if (score !== undefined) fields[field] = score;
    }
    results.push({ id: testCase.id, failed, body, ...(f1 === undefined ? {} : { f1 }), fields });
  }
  const fields = {} as Record<Field, Score>;
  for (const field of FIELDS) {
    const values = results.map((result) => result.fields[field]).filter((value): value is number => value !== undefined);
    fields[field] = { mean: values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length, n: values.length };
  }
  return { kind, cases: results, body: aggregateBody(results.map((result) => result.body)), fields, failures: results.filter((r) => r.failed).length };
}
