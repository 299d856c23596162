/**
 * `npx tsx test/eval/bounds.ts`: upper bounds the corpus data itself puts on some metrics, whatever the parser.
 *
 * - structured body F1: the whole dump tokenised against the truth body (perfect precision assumed).
 * - page-text title: the share of cases whose truth title is printed anywhere in the rendering.
 * - page-text publishedAt: the share of cases whose truth publication day is printed anywhere in the rendering.
 */

import { findDates } from '../../src/fields/text-dates';
import { loadCorpus, inputOf } from './corpus';
import { normalizeField, sameDay, shingles } from './metrics';

const cases = loadCorpus();
const recalls: number[] = [];
for (const testCase of cases) {
  const dump = inputOf(testCase, 'structured');
  if (dump === undefined) continue;
  const text = dump.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const have = shingles(text);
  let tp = 0;
  let all = 0;
  for (const [key, count] of shingles(testCase.truth.body)) {
    all += count;
    tp += Math.min(count, have.get(key) ?? 0);
  }
  recalls.push(all === 0 ? 1 : tp / all);
}
const recall = recalls.reduce((a, b) => a + b, 0) / recalls.length;
console.log(`structured body: n=${recalls.length}, best mean recall ${recall.toFixed(3)}, F1 bound ${((2 * recall) / (1 + recall)).toFixed(3)}`);

for (const kind of ['innertext', 'w3m', 'html-to-text'] as const) {
  let titles = 0;
  let titlesFound = 0;
  let dates = 0;
  let datesFound = 0;
  for (const testCase of cases) {
    const input = inputOf(testCase, kind);
    if (input === undefined) continue;
    const { title, publishedAt } = testCase.truth;
    if (title !== undefined) {
      titles += 1;
      if (normalizeField(input).includes(normalizeField(title))) titlesFound += 1;
    }
    if (publishedAt !== undefined) {
      dates += 1;
      const printed = input.split('\n').some((line) => findDates(line).some((date) => sameDay(date.iso, publishedAt)));
      if (printed) datesFound += 1;
    }
  }
  console.log(`${kind}: title printed in ${titlesFound}/${titles} (bound ${(titlesFound / titles).toFixed(3)}), publication day printed in ${datesFound}/${dates} (bound ${(datesFound / dates).toFixed(3)})`);
}
