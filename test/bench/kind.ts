/**
 * `npm run bench -- --kind`: the cost of `isProbablyArticle` against a full `parseArticle` on the same inputs, page
 * by page interleaved so both see the same machine state; printed as a ratio (noisy on a shared machine: compare the
 * ratio, not the milliseconds).
 */
import { performance } from 'node:perf_hooks';
import { isProbablyArticle, parseArticle } from '../../src/index';
import { type Kind, inputOf, loadCorpus } from '../eval/corpus';

const rounds = 3;
const cases = loadCorpus();
for (const kind of ['html', 'innertext'] as const satisfies readonly Kind[]) {
  const inputs = cases.map((testCase) => inputOf(testCase, kind)).filter((input): input is string => input !== undefined);
  let parse = 0;
  let probe = 0;
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      let start = performance.now();
      parseArticle(input);
      parse += performance.now() - start;
      start = performance.now();
      isProbablyArticle(input);
      probe += performance.now() - start;
    }
  }
  console.log(`${kind.padEnd(10)} ${inputs.length} inputs × ${rounds}: parseArticle ${(parse / rounds).toFixed(0)} ms, isProbablyArticle ${(probe / rounds).toFixed(0)} ms (${((probe / parse) * 100).toFixed(0)} % of a parse)`);
}
