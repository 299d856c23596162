// Smoke test of the packed package, as its users install it: CommonJS require, Node ESM, TypeScript
// (moduleResolution node16 and bundler) and a browser bundle. Run by `npm run test:package` after the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Size budgets of the entry points bundled for browsers, in kB (1,000 bytes) of minified and gzipped code. In the full
 * entry htmlparser2, domutils and entities (the HTML entity tables) take 25 kB; the text entry has none of them. See
 * docs/guide.md, "Bundle size". Raised from 60 and 30 kB by the quality work of issues 12 and 13: quote attribution by
 * sieves (per-language speech-verb, pronoun, honorific and role tables, coreference: about 5.3 kB) and metadata on
 * unseen pages (byline and credit words in 16 languages, header marks, the visible-text reader, the agreeing <h1>);
 * raised again from 72 and 40 kB by the HTML cleaning of issue 14, the headline, byline and speaker work of issues 12
 * and 13 (76.6 and 41.8 kB at the time); raised again from 78 and 43 kB by the next stop's work (83.7 and 47.9 kB
 * after it): speech verbs found by table lookup for a cheaper cold start (1.1 kB), the speaker's clause and reported
 * speech (1.3 kB), page-text body regions (hand-wrapped paragraphs, closing headings: 1.2 kB), HTML split articles,
 * dense region, lede and credits lines (0.7 kB), newsroom bylines (0.4 kB); raised again from 85 and 49 kB by the
 * stop after (88.9 and 52.9 kB after it): byline, name, title and entity scans in place of Unicode-class patterns
 * for a cheaper cold start (about 1.5 kB), typed columns for line and text measures (0.5 kB), speakers' gender read
 * from the article and mention cues in 7 languages (1.7 kB), the page header chosen over the whole page (1 kB),
 * dates and bylines beside the date, URL months, closing headings (0.6 kB); raised again from 90 and 54 kB by the
 * stop after (91.8 and 55.7 kB after it, about 8 kB minified): name-source attribution rules, credit lines after a
 * quote-only paragraph and coreference of objects and opening clauses (about 1.2 kB), headline shapes (label values, calls to click, video titles, stacked
 * headlines, repeated author panels: 0.5 kB), CJK byline labels, lone clock-time datelines and the per-language update words (0.5 kB), code
 * samples, announced lists and live tickers in page text (0.3 kB), folded line floods and the lean HTML document
 * (0.3 kB); raised again from 92 and 56 kB by the stop after (92.9 and 56.6 kB after it): update-date labels,
 * time-only datelines, live-blog headings and headline words that are no names (0.5 kB), mixed-mark quote pairing and
 * the verb `interject` in 7 languages (0.1 kB after the verb tables were written once), speakers named with where they
 * come from or serve (0.1 kB), wrapped paragraph rows never the headline (0.1 kB), lean HTML nodes (0.1 kB), the
 * mention-cue boundary test and relative URLs without a base (0.1 kB); raised again from 93 kB (full entry only) by the
 * stop after (93.1 kB after it): linear time on hostile input (issue 10: the attribute cap per element, line endings
 * by split and join, entity references decoded in pieces, the element index of one walk; 0.1 kB after byte trims
 * paid for most of it); raised again from 93.2 kB (full entry only) by the stop after (93.5 kB after it) for issue
 * 10's speed-ups on hostile HTML: the front end's per-element cuts (0.19 kB), the document builder's first-child and
 * shared empty arrays, the open-element cap and the one-pass nesting guard (0.06 kB), itemised in the CHANGELOG.
 * Raised again from 93.6 and 57 kB by the stop after (93.8 and 57.0 kB after it) for issue 10's speed-ups on pages of
 * many tiny blocks and quotes: the whitespace collapse's fast path and the kind signals in one loop (+54 and +60
 * bytes), the quote attribution's cheap first tests and the people's shared run closing (+78 and +72), the cleaning's
 * measures read only where a check needs them (+37 and 0), one quotation's outside text from two slices (+25 and +25); the stop's
 * other speed-ups paid for themselves (the document builder without domhandler's `DomHandler`: −237 bytes).
 * Raised again from 93.8 kB (full entry only) by the stop after (93.89 kB after it; the text entry stayed within
 * 57.2 at 57.18) for issue 10's cuts in allocation on pages of tiny elements and short quotes: the kind signals
 * measured block by block and the short-paragraph drop in the text measures (+50 full, +34 text), the shared stages'
 * index loops and people found only for quotes (+45 and +55), the attribution's fewer objects per quote (+40 and
 * +49), the control-character scan and the cleaning's own walk (−27 and +59: domutils' `filter` left the bundle).
 * Raised again from 93.9 and 57.2 kB by the stop after (94.17 and 57.25 kB after it) for issue 10's last speed-ups on
 * hostile HTML and text: closing tags that close nothing skip htmlparser2's stack search past 64 open elements (+119
 * full), the nesting pre-scan's void test in place (+31 full), the front end's walks reading each node's type once
 * (+57 and +8), whole-text passes skipped when they change nothing and one shared empty quote list (+32 and +52).
 * Issue 9 still asks for 60 and 30 kB; it is blocked on that owner decision.
 */
const BUDGETS_KB = { 'scraped-article': 94.2, 'scraped-article/text': 57.25, 'scraped-article/output': 3, 'scraped-article/encoding': 2 };
/** Packages of the HTML front end, which the text and output entries must not pull into a bundle. */
const HTML_PACKAGES = ['htmlparser2', 'domutils', 'domhandler', 'domelementtype', 'dom-serializer', 'entities'];

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scraped-article-smoke-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
let failures = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures += 1;
};

try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  const packed = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--silent'], root))[0].files.map((file) => file.path);
  const maps = packed.filter((path) => path.endsWith('.map'));
  check('no source maps in the tarball (they would point at unshipped sources)', maps.length === 0, maps.join(', '));
  check('CHANGELOG.md ships in the tarball', packed.includes('CHANGELOG.md'));
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumer);
  const sample = join(root, 'examples', 'sample.txt');

  writeFileSync(join(consumer, 'cjs.cjs'), `const { parseArticle } = require('scraped-article');
process.stdout.write(JSON.stringify(parseArticle(require('node:fs').readFileSync(${JSON.stringify(sample)}, 'utf8'))));`);
  writeFileSync(join(consumer, 'esm.mjs'), `import { parseArticle } from 'scraped-article';
import { readFileSync } from 'node:fs';
process.stdout.write(JSON.stringify(parseArticle(readFileSync(${JSON.stringify(sample)}, 'utf8'))));`);
  const cjs = run(process.execPath, ['cjs.cjs'], consumer);
  const esm = run(process.execPath, ['esm.mjs'], consumer);
  check('CommonJS require() parses the sample', JSON.parse(cjs).authors[0]?.name === 'Ilya Tsukanov');
  check('Node ESM import parses the sample', JSON.parse(esm).quotes.length === 15);
  check('CJS and ESM builds give the same Article', cjs === esm);
  const cli = run(join(consumer, 'node_modules', '.bin', 'scraped-article'), [sample]);
  check('the installed CLI prints the same Article', cli.trim() === esm);
  const installed = join(consumer, 'node_modules', 'scraped-article', 'dist');
  const cliCode = readFileSync(join(installed, 'cli.js'), 'utf8') + readFileSync(join(installed, 'cli-worker.js'), 'utf8');
  check('the CLI imports the ESM build instead of carrying a copy of the library', /from\s*["']\.\/index\.js["']/u.test(cliCode) && !cliCode.includes('function parseArticle'));

  writeFileSync(join(consumer, 'text-cjs.cjs'), `const { parseArticle } = require('scraped-article/text');
process.stdout.write(JSON.stringify(parseArticle(require('node:fs').readFileSync(${JSON.stringify(sample)}, 'utf8'))));`);
  writeFileSync(join(consumer, 'text-esm.mjs'), `import { parseArticle, safeParseArticle } from 'scraped-article/text';
import { readFileSync } from 'node:fs';
const refused = safeParseArticle('<p>x</p>', { format: 'html' });
process.stdout.write(JSON.stringify([parseArticle(readFileSync(${JSON.stringify(sample)}, 'utf8')), refused.success ? '' : refused.error.code]));`);
  const textCjs = run(process.execPath, ['text-cjs.cjs'], consumer);
  const [textArticle, refusedCode] = JSON.parse(run(process.execPath, ['text-esm.mjs'], consumer));
  check('scraped-article/text (CJS and ESM) gives the same Article as the full entry for text', textCjs === esm && JSON.stringify(textArticle) === esm);
  check('scraped-article/text refuses format html with INVALID_INPUT', refusedCode === 'INVALID_INPUT');

  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  writeFileSync(join(consumer, 'index.ts'), `import { parseArticle, type Article, type BatchOutputLine, type ParseOptions } from 'scraped-article';
import { parseArticle as parseText, type Article as TextArticle } from 'scraped-article/text';
import { decodeHtmlBytes, type DecodeHtmlOptions } from 'scraped-article/encoding';
const options: ParseOptions = { url: 'https://example.com/' };
const article: Article = parseArticle('Title\\n\\nBody.', options);
const textArticle: TextArticle = parseText('Title\\n\\nBody.', options);
const line = JSON.parse('{"id":"a","article":{}}') as BatchOutputLine;
const html: string = decodeHtmlBytes(new Uint8Array([0x3c, 0x70, 0x3e]), { contentType: null } satisfies DecodeHtmlOptions);
const title: string | undefined = 'article' in line ? line.article.title ?? article.title : textArticle.title;
export { html, title };`);
  for (const resolution of [['Node16', 'Node16'], ['ESNext', 'Bundler']]) {
    let ok = true;
    let detail = '';
    try {
      const config = { compilerOptions: { module: resolution[0], moduleResolution: resolution[1], strict: true, noEmit: true, types: [], target: 'ES2022' }, files: ['index.ts'] };
      writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(config));
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
    } catch (error) {
      ok = false;
      detail = String(error.stdout ?? error);
    }
    check(`TypeScript with moduleResolution ${resolution[1]}`, ok, detail);
  }

  // The browser bundle of each entry (every export kept), minified, with what each package adds.
  const gzippedSizes = new Map();
  for (const [entry, budget] of Object.entries(BUDGETS_KB)) {
    const file = join(consumer, `browser-${entry.replace('/', '-')}.js`);
    writeFileSync(file, `import * as scrapedArticle from '${entry}';
globalThis.scrapedArticle = scrapedArticle;
${/\/(?:output|encoding)$/u.test(entry) ? '' : "globalThis.result = scrapedArticle.parseArticle('A Title\\n\\nThe body.');"}`);
    const bundle = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      absWorkingDir: consumer,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0].text;
    const nodeImport = /(?:from|import|require)\s*\(?\s*["'](?:node:[\w/]+|fs|path|os|url|util|stream|worker_threads|child_process)["']/u.exec(code);
    check(`${entry} bundles for the browser without Node built-ins`, nodeImport === null, nodeImport?.[0] ?? '');
    const gzipped = gzipSync(code, { level: 9 }).length;
    gzippedSizes.set(entry, gzipped);
    const byPackage = new Map();
    for (const [path, input] of Object.entries(Object.values(bundle.metafile.outputs)[0].inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/u.exec(path)?.[1] ?? path;
      byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
    const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)}`);
    console.log(`     browser bundle of ${entry}: ${(code.length / 1000).toFixed(1)} kB min (${parts.join(', ')}), ${(gzipped / 1000).toFixed(1)} kB min+gzip`);
    check(`${entry} within its size budget (${budget} kB min+gzip)`, gzipped <= budget * 1000, `${(gzipped / 1000).toFixed(1)} kB`);
    if (entry !== 'scraped-article') {
      const html = HTML_PACKAGES.filter((name) => byPackage.has(name));
      check(`${entry} pulls in none of ${HTML_PACKAGES.join(', ')}`, html.length === 0, html.join(', '));
    }
  }
  // Tree-shaking: a user who imports only parseArticle pays nothing for isProbablyArticle nor for the output formats
  // (their own entry point), module by module: the metafile of a bundle of the sources.
  const OPTIONAL = ['src/output/markdown.ts', 'src/output/json-ld.ts', 'src/is-probably-article.ts'];
  writeFileSync(join(consumer, 'parse-only-src.js'), `import { parseArticle } from ${JSON.stringify(join(root, 'src', 'index.ts'))};
globalThis.result = parseArticle('A Title\\n\\nThe body.');`);
  const parseOnly = await build({ entryPoints: [join(consumer, 'parse-only-src.js')], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, absWorkingDir: root, logLevel: 'silent' });
  const kept = Object.entries(Object.values(parseOnly.metafile.outputs)[0].inputs).filter(([path, input]) => OPTIONAL.includes(path) && input.bytesInOutput > 0);
  check('importing only parseArticle bundles none of toMarkdown, toJsonLd, isProbablyArticle (metafile)', kept.length === 0, kept.map(([path]) => path).join(', '));
  writeFileSync(join(consumer, 'parse-only.js'), `import { parseArticle } from 'scraped-article';
globalThis.result = parseArticle('A Title\\n\\nThe body.');`);
  const parseOnlyPackage = await build({ entryPoints: [join(consumer, 'parse-only.js')], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, absWorkingDir: consumer, logLevel: 'silent' });
  const parseOnlySize = gzipSync(parseOnlyPackage.outputFiles[0].text, { level: 9 }).length;
  console.log(`     parseArticle alone: ${(parseOnlySize / 1000).toFixed(1)} kB min+gzip; the full entry adds ${((gzippedSizes.get('scraped-article') - parseOnlySize) / 1000).toFixed(1)} kB`);

  // The output entry from CommonJS (its size and dependencies are checked with the other entries above).
  writeFileSync(join(consumer, 'output.cjs'), `const { toMarkdown } = require('scraped-article/output');
const { parseArticle } = require('scraped-article');
process.stdout.write(toMarkdown(parseArticle(require('node:fs').readFileSync(${JSON.stringify(sample)}, 'utf8'))).split('\\n')[0]);`);
  check('CommonJS require() of scraped-article/output renders the sample', run(process.execPath, ['output.cjs'], consumer).startsWith('# Lavrov'));

  // The encoding entry from CommonJS and ESM: a windows-1251 page (declared in its <meta>) decoded, then parsed.
  const page1251 = join(root, 'test', 'fixtures', 'encodings', 'windows-1251.html');
  writeFileSync(join(consumer, 'encoding.cjs'), `const { decodeHtmlBytes, sniffHtmlEncoding } = require('scraped-article/encoding');
const { parseArticle } = require('scraped-article');
const bytes = require('node:fs').readFileSync(${JSON.stringify(page1251)});
process.stdout.write(sniffHtmlEncoding(bytes) + ' ' + parseArticle(decodeHtmlBytes(bytes)).title);`);
  writeFileSync(join(consumer, 'encoding.mjs'), `import { decodeHtmlBytes } from 'scraped-article/encoding';
import { readFileSync } from 'node:fs';
process.stdout.write(decodeHtmlBytes(new Uint8Array(readFileSync(${JSON.stringify(page1251)})), { contentType: 'text/html; charset=windows-1251' }));`);
  check('CommonJS require() of scraped-article/encoding decodes a windows-1251 page', run(process.execPath, ['encoding.cjs'], consumer) === 'windows-1251 Новый мост через Волгу откроют летом');
  check('Node ESM import of scraped-article/encoding decodes a windows-1251 page', run(process.execPath, ['encoding.mjs'], consumer).includes('«Мы укладываемся в сроки», — сказал главный инженер проекта.'));

  // The JSON Schema of Article, as the exports subpath users import it from.
  writeFileSync(join(consumer, 'schema.cjs'), `const schema = require('scraped-article/article.schema.json');
process.stdout.write(schema.$schema + ' ' + Object.keys(schema.$defs).includes('Article'));`);
  check('scraped-article/article.schema.json resolves to the draft 2020-12 schema', run(process.execPath, ['schema.cjs'], consumer) === 'https://json-schema.org/draft/2020-12/schema true');

  const sourceText = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
  check('the ESM build keeps its dependencies external', /from\s*["']htmlparser2["']/u.test(sourceText) || !sourceText.includes('htmlparser2'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${failures === 0 ? 'smoke: all checks passed' : `smoke: ${failures} checks failed`}`);
process.exit(failures === 0 ? 0 : 1);
