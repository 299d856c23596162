import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/index';
import { type CorpusCase, inputOf } from './corpus';
import { normalizeField } from './metrics';

/** One hand-labelled quotation. */
export interface QuoteLabel {
  text: string;
  kind: 'direct' | 'partial';
  speaker?: string;
}

/** The labels of one case. */
export interface QuoteLabels {
  case: string;
  language: string;
  quotes: QuoteLabel[];
}

/** Quote quality of one case. */
export interface QuoteCaseResult {
  id: string;
  labelled: number;
  predicted: number;
  matched: number;
  f1: number;
  speakersLabelled: number;
  speakersRight: number;
}

const LABELS_DIR = new URL('../fixtures/quotes/', import.meta.url);

/** All label files. */
export function loadQuoteLabels(): QuoteLabels[] {
  return readdirSync(LABELS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, LABELS_DIR), 'utf8')) as QuoteLabels);
}

/** Whether a predicted speaker names the labelled one (equal, or the same surname). */
export function sameSpeaker(predicted: string | undefined, label: string): boolean {
  if (predicted === undefined) return false;
  const a = normalizeField(predicted);
  const b = normalizeField(label);
  return a === b || a.split(' ').pop() === b.split(' ').pop();
}

/** Parses each labelled case's rendering and scores its quotes. */
export function evaluateQuotes(cases: readonly CorpusCase[], kind: 'innertext' | 'w3m' | 'html-to-text' | 'html' = 'innertext'): QuoteCaseResult[] {
  const results: QuoteCaseResult[] = [];
  for (const labels of loadQuoteLabels()) {
    const testCase = cases.find((candidate) => candidate.id === labels.case);
    const input = testCase === undefined ? undefined : inputOf(testCase, kind);
    if (testCase === undefined || input === undefined) continue;
    const article = parseArticle(input, testCase.truth.url === undefined ? {} : { url: testCase.truth.url });
    const predicted = new Map<string, string | undefined>();
    for (const quote of article.quotes) {
      const key = normalizeField(quote.text);
      if (key.length > 0 && !predicted.has(key)) predicted.set(key, quote.speaker);
    }
    const labelled = new Map<string, QuoteLabel>();
    for (const label of labels.quotes) labelled.set(normalizeField(label.text), label);
    let matched = 0;
    let speakersLabelled = 0;
    let speakersRight = 0;
    for (const [key, label] of labelled) {
      if (!predicted.has(key)) continue;
      matched += 1;
      if (label.speaker === undefined) continue;
      speakersLabelled += 1;
      if (sameSpeaker(predicted.get(key), label.speaker)) speakersRight += 1;
    }
    const precision = predicted.size === 0 ? (labelled.size === 0 ? 1 : 0) : matched / predicted.size;
    const recall = labelled.size === 0 ? 1 : matched / labelled.size;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    results.push({ id: labels.case, labelled: labelled.size, predicted: predicted.size, matched, f1, speakersLabelled, speakersRight });
  }
  return results;
}

/** Aggregates: mean per-case F1, micro precision/recall, speaker accuracy. */
export function summariseQuotes(results: readonly QuoteCaseResult[]): { f1: number; precision: number; recall: number; speakerAccuracy: number; n: number } {
  const sum = (pick: (result: QuoteCaseResult) => number): number => results.reduce((total, result) => total + pick(result), 0);
  const matched = sum((result) => result.matched);
  return {
    n: results.length,
    f1: results.length === 0 ? 0 : sum((result) => result.f1) / results.length,
    precision: matched / Math.max(1, sum((result) => result.predicted)),
    recall: matched / Math.max(1, sum((result) => result.labelled)),
    speakerAccuracy: sum((result) => result.speakersRight) / Math.max(1, sum((result) => result.speakersLabelled)),
  };
}
