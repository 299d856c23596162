import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Quote } from '../../src/index';

/**
 * Quote attribution scored on the PolNeAR train split (`../shared/quotes-polnear`), exactly by the rules of its
 * README: one-to-one matching of normalised quote texts, recall, precision over attributed library quotes, speaker
 * accuracy by a shared surname-like token, strict full-name accuracy, split by the label's `via`.
 */

/** How a label's speaker was resolved from its annotated source. */
export type Via = 'name' | 'pronoun' | 'none';

/** One labelled quotation (`quotes.json`). */
export interface PolnearLabel {
  text: string;
  start: number;
  end: number;
  source: string;
  speaker?: string;
  via: Via;
  antecedent?: string;
  cue: string;
  inTitle?: boolean;
  marks?: string;
  runOn?: boolean;
  nested?: boolean;
}

/** One article: its text and labels. */
export interface PolnearArticle {
  id: string;
  publisher: string;
  text: string;
  quotes: PolnearLabel[];
}

/** Where the PolNeAR labels are: `SCRAPED_ARTICLE_POLNEAR`, else `../shared/quotes-polnear` beside the checkout. */
export function polnearDir(): string {
  return process.env.SCRAPED_ARTICLE_POLNEAR ?? resolve(import.meta.dirname, '../../../shared/quotes-polnear');
}

/** Every article of the set, sorted by id (empty when the set is absent). */
export function loadPolnear(dir = polnearDir()): PolnearArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'quotes.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const labels = JSON.parse(readFileSync(join(dir, id, 'quotes.json'), 'utf8')) as { publisher: string; quotes: PolnearLabel[] };
      return { id, publisher: labels.publisher, text: readFileSync(join(dir, id, 'text.txt'), 'utf8'), quotes: labels.quotes };
    });
}

/** The README's text normalisation: NFKC, curly single quotes → ', double marks dropped, spaces collapsed, outer punctuation stripped, lower case. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/[“”„‟«»"]|``|''/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\p{P}\s]+/u, '')
    .replace(/(?<![\p{P}\s])[\p{P}\s]+$/u, '')
    .toLowerCase();
}

/** How well two normalised texts match: 1 when equal, the token ratio when one holds the other on word boundaries and has ≥ 80% of its tokens, else 0. */
export function matchScore(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!` ${longer} `.includes(` ${shorter} `)) return 0;
  const ratio = shorter.split(' ').length / longer.split(' ').length;
  return ratio >= 0.8 ? ratio : 0;
}

/** Titles and role words that are not a surname (ignored when comparing speakers). */
const TITLES = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary speaker house minister ' +
    'prime gen general judge justice mayor chairman chairwoman former the sir lord lady rev reverend prof professor'
  ).split(' '),
);

/** The surname-like tokens of a name: capitalised words of three letters or more, titles left out, lower-cased. */
export function surnameTokens(name: string): Set<string> {
  const words = name.normalize('NFKC').split(/[\s,]+/u);
  const tokens = new Set<string>();
  for (const word of words) {
    const bare = word.replace(/^\P{L}+/u, '').replace(/(?<!\P{L})\P{L}+$/u, '').replace(/['’]s$/u, '');
    if (!/^\p{Lu}/u.test(bare) || [...bare].filter((char) => /\p{L}/u.test(char)).length < 3) continue;
    const lower = bare.toLowerCase();
    if (!TITLES.has(lower)) tokens.add(lower);
  }
  return tokens;
}

/** A full name for the strict comparison: NFKC, lower case, punctuation dropped, a leading "the" dropped. */
export function strictName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Whether a library speaker shares a surname-like token with the label's speaker. */
export function speakerRight(predicted: string | undefined, label: string): boolean {
  if (predicted === undefined) return false;
  const wanted = surnameTokens(label);
  for (const token of surnameTokens(predicted)) if (wanted.has(token)) return true;
  return false;
}

/** One label matched (or not) to a library quote. */
export interface ScoredLabel {
  article: string;
  label: PolnearLabel;
  /** The library quote matched to it. */
  quote?: Quote;
  /** Its index in `article.quotes`. */
  quoteIndex?: number;
}

/** The outcome of one article. */
export interface PolnearArticleResult {
  id: string;
  labels: ScoredLabel[];
  /** Library quotes with a speaker. */
  attributed: number;
  /** Of those, matched to a label. */
  attributedMatched: number;
  /** Every library quote, with whether it was matched. */
  quotes: { quote: Quote; index: number; matched: boolean }[];
}

/**
 * Matches one article's library quotes to its labels, one to one, best pairs first (attributed quotes preferred
 * on ties).
 */
export function scoreArticle(id: string, quotes: readonly Quote[], labels: readonly PolnearLabel[], includeTitle = false): PolnearArticleResult {
  const scored = labels.filter((label) => includeTitle || label.inTitle !== true);
  const labelKeys = scored.map((label) => normaliseQuote(label.text));
  const quoteKeys = quotes.map((quote) => normaliseQuote(quote.text));
  const pairs: { label: number; quote: number; score: number; attributed: boolean }[] = [];
  for (const [labelIndex, labelKey] of labelKeys.entries()) {
    for (const [quoteIndex, quoteKey] of quoteKeys.entries()) {
      const score = matchScore(labelKey, quoteKey);
      if (score > 0) pairs.push({ label: labelIndex, quote: quoteIndex, score, attributed: quotes[quoteIndex]?.speaker !== undefined });
    }
  }
  pairs.sort((a, b) => b.score - a.score || Number(b.attributed) - Number(a.attributed) || a.label - b.label || a.quote - b.quote);
  const labelTaken = new Map<number, number>();
  const quoteTaken = new Set<number>();
  for (const pair of pairs) {
    if (labelTaken.has(pair.label) || quoteTaken.has(pair.quote)) continue;
    labelTaken.set(pair.label, pair.quote);
    quoteTaken.add(pair.quote);
  }
  const result: PolnearArticleResult = {
    id,
    labels: scored.map((label, index) => {
      const quoteIndex = labelTaken.get(index);
      const quote = quoteIndex === undefined ? undefined : quotes[quoteIndex];
      return quote === undefined || quoteIndex === undefined ? { article: id, label } : { article: id, label, quote, quoteIndex };
    }),
    attributed: 0,
    attributedMatched: 0,
    quotes: quotes.map((quote, index) => ({ quote, index, matched: quoteTaken.has(index) })),
  };
  for (const [index, quote] of quotes.entries()) {
    if (quote.speaker === undefined) continue;
    result.attributed += 1;
    if (quoteTaken.has(index)) result.attributedMatched += 1;
  }
  return result;
}

/** Accuracy counts. */
export interface Accuracy {
  n: number;
  right: number;
  strict: number;
}

/** The summary the eval prints. */
export interface PolnearSummary {
  articles: number;
  labels: number;
  matched: number;
  recall: number;
  attributed: number;
  attributedMatched: number;
  precision: number;
  f1: number;
  speaker: Accuracy;
  byVia: Record<Via, Accuracy & { labels: number; matched: number }>;
}

/** Sums the article results into the README's metrics. */
export function summarisePolnear(results: readonly PolnearArticleResult[]): PolnearSummary {
  const empty = (): Accuracy & { labels: number; matched: number } => ({ n: 0, right: 0, strict: 0, labels: 0, matched: 0 });
  const byVia: Record<Via, Accuracy & { labels: number; matched: number }> = { name: empty(), pronoun: empty(), none: empty() };
  const speaker: Accuracy = { n: 0, right: 0, strict: 0 };
  let labels = 0;
  let matched = 0;
  let attributed = 0;
  let attributedMatched = 0;
  for (const result of results) {
    attributed += result.attributed;
    attributedMatched += result.attributedMatched;
    for (const { label, quote } of result.labels) {
      labels += 1;
      const via = byVia[label.via];
      via.labels += 1;
      if (quote === undefined) continue;
      matched += 1;
      via.matched += 1;
      if (label.speaker === undefined) continue;
      const right = speakerRight(quote.speaker, label.speaker);
      const strict = quote.speaker !== undefined && strictName(quote.speaker) === strictName(label.speaker);
      for (const counts of [speaker, via]) {
        counts.n += 1;
        if (right) counts.right += 1;
        if (strict) counts.strict += 1;
      }
    }
  }
  const recall = matched / Math.max(1, labels);
  const precision = attributedMatched / Math.max(1, attributed);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { articles: results.length, labels, matched, recall, attributed, attributedMatched, precision, f1, speaker, byVia };
}
