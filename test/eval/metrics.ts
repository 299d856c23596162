/**
 * The quality metrics of `../shared/EVAL.md`, as pure functions.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word tokens: maximal runs of Unicode word characters. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** 4-gram shingles with multiplicity (a text of fewer than 4 tokens is one shorter shingle). */
export function shingles(text: string, size = 4): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  if (words.length < size) {
    counts.set(words.join(' '), 1);
    return counts;
  }
  for (let index = 0; index + size <= words.length; index++) {
    const key = words.slice(index, index + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** True positives, false positives and false negatives of one case. */
export interface BodyCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Shingle counts of a predicted body against the true one. */
export function bodyCounts(predicted: string, truth: string): BodyCounts {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of pred) {
    const other = gold.get(key) ?? 0;
    tp += Math.min(count, other);
    fp += Math.max(0, count - other);
  }
  for (const [key, count] of gold) fn += Math.max(0, count - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Per-case precision and recall (1 when fp = fn = 0); `undefined` where the case does not count. */
export function bodyPrecisionRecall(counts: BodyCounts): { precision?: number; recall?: number } {
  const { tp, fp, fn } = counts;
  if (fp === 0 && fn === 0) return tp > 0 ? { precision: 1, recall: 1 } : {};
  return {
    ...(tp + fp > 0 ? { precision: tp / (tp + fp) } : {}),
    ...(tp + fn > 0 ? { recall: tp / (tp + fn) } : {}),
  };
}

/** Body F1 over cases: mean precision and mean recall, then their harmonic mean. */
export function aggregateBody(cases: readonly BodyCounts[]): { precision: number; recall: number; f1: number; n: number } {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const counts of cases) {
    const { precision, recall } = bodyPrecisionRecall(counts);
    if (precision !== undefined) precisions.push(precision);
    if (recall !== undefined) recalls.push(recall);
  }
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: cases.length };
}

/** Text normalisation for title-like fields: NFKC, lower case, no quote marks, other punctuation → space. */
export function normalizeField(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'“”‘’«»„‚‹›「」『』]/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether two title-like values are equal after normalisation. */
export function sameText(predicted: string | undefined, truth: string): boolean {
  return predicted !== undefined && normalizeField(predicted) === normalizeField(truth);
}

/** The calendar day of an ISO string as written (its own offset), e.g. `2018-04-05`. */
function writtenDay(iso: string): string {
  return iso.slice(0, 10);
}

/** The truth's offset in minutes, or `undefined` when it has none. */
function offsetMinutes(iso: string): number | undefined {
  const match = /(?:Z|([+-])(\d{2}):?(\d{2}))$/u.exec(iso.slice(10));
  if (match === null) return undefined;
  if (match[1] === undefined) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}

/** Same calendar day, in UTC or in the truth's own offset. */
export function sameDay(predicted: string | undefined, truth: string): boolean {
  if (predicted === undefined) return false;
  const instant = new Date(predicted);
  if (Number.isNaN(instant.getTime())) return false;
  const day = writtenDay(truth);
  if (instant.toISOString().slice(0, 10) === day) return true;
  const offset = offsetMinutes(truth);
  if (offset === undefined) return false;
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 10) === day;
}

/** F1 of two sets of strings (after a key function). */
export function setF1(predicted: readonly string[], truth: readonly string[], key: (value: string) => string): number {
  const pred = new Set(predicted.map(key).filter((value) => value.length > 0));
  const gold = new Set(truth.map(key).filter((value) => value.length > 0));
  if (pred.size === 0 && gold.size === 0) return 1;
  let hits = 0;
  for (const value of pred) if (gold.has(value)) hits += 1;
  if (hits === 0) return 0;
  const precision = hits / pred.size;
  const recall = hits / gold.size;
  return (2 * precision * recall) / (precision + recall);
}

/** URL comparison key: no scheme, `www.`, trailing slash, query or fragment. */
export function urlCompareKey(url: string): string {
  const bare = url.replace(/^[a-z]+:\/\//iu, '').replace(/^www\./iu, '');
  const path = bare.split(/[?#]/u)[0] ?? '';
  return path.replace(/\/$/u, '').toLowerCase();
}

/** Same primary language subtag. */
export function sameLanguage(predicted: string | undefined, truth: string): boolean {
  if (predicted === undefined) return false;
  const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/u)[0] ?? '';
  return primary(predicted) === primary(truth);
}
