/**
 * `npm run dump -- DIR`: writes the Article JSON of every input of the shared corpora to DIR, one file per case and
 * input kind, so a refactor can be checked byte for byte (`diff -r before after`).
 *
 *   npm run dump -- DIR                                   ../shared/corpus, corpus-meta and quotes-polnear
 *   npm run dump -- DIR --reference-date 2024-06-01T00:00:00Z   the same with a reference date
 *
 * Files: `DIR/<set>/<case>/<kind>.json`; an input that throws writes `{ "error": code }`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isArticleParseError, parseArticle } from '../../src/index';
import type { ParseOptions } from '../../src/index';
import { KINDS, corpusDir, inputOf, loadCorpus } from './corpus';

const args = process.argv.slice(2);
const out = args[0];
if (out === undefined || out.startsWith('--')) {
  console.error('usage: npm run dump -- DIR [--reference-date ISO]');
  process.exit(1);
}
const dateArg = args.includes('--reference-date') ? args[args.indexOf('--reference-date') + 1] : undefined;
const referenceDate = dateArg === undefined ? undefined : new Date(dateArg);

/** Parses one input and writes its Article (or error code) as pretty JSON. */
function dump(file: string, input: string, url: string | undefined): void {
  const options: ParseOptions = { ...(url === undefined ? {} : { url }), ...(referenceDate === undefined ? {} : { referenceDate }) };
  let json: string;
  try {
    json = JSON.stringify(parseArticle(input, options), undefined, 2);
  } catch (error) {
    json = JSON.stringify({ error: isArticleParseError(error) ? error.code : String(error) });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${json}\n`);
}

const shared = resolve(corpusDir(), '..');
rmSync(out, { recursive: true, force: true });
let count = 0;
for (const set of ['corpus', 'corpus-meta']) {
  for (const testCase of loadCorpus(join(shared, set))) {
    for (const kind of KINDS) {
      const input = inputOf(testCase, kind);
      if (input === undefined) continue;
      dump(join(out, set, testCase.id, `${kind}.json`), input, testCase.truth.url);
      count++;
    }
  }
}
const polnear = join(shared, 'quotes-polnear');
if (existsSync(polnear)) {
  for (const entry of readdirSync(polnear, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const file = join(polnear, entry, 'text.txt');
    if (!existsSync(file)) continue;
    dump(join(out, 'quotes-polnear', `${entry}.json`), readFileSync(file, 'utf8'), undefined);
    count++;
  }
}
console.log(`${count} Articles written to ${out}`);
