import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Dependencies that ship ESM only; they are bundled into the CommonJS build so `require()` works. */
const esmOnly = ['htmlparser2', 'domutils', 'domhandler', 'domelementtype', 'dom-serializer', 'entities'];

/**
 * The library's entry points: the full one, the text-only one (`scraped-article/text`, no HTML front end), the
 * output one (`scraped-article/output`: Markdown and schema.org JSON-LD renderings of an Article) and the encoding one
 * (`scraped-article/encoding`: `decodeHtmlBytes`, bytes to text as browsers decode them).
 */
const entry = { index: 'src/index.ts', text: 'src/text-only.ts', output: 'src/output/index.ts', encoding: 'src/encoding/index.ts' };

/**
 * The CLI and its worker import the library from the ESM builds next to them at run time (`./index.js`,
 * `./output.js` for the output formats, `./encoding.js` for decoding files), so the library code ships once per
 * format, not a third time inside the CLI.
 */
const libraryFromBuild: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-from-build',
  setup(build) {
    // esbuild filters are Go regular expressions, which have no `u` flag.
    build.onResolve({ filter: /^\.\.\/index$/ }, () => ({ path: './index.js', external: true }));
    build.onResolve({ filter: /^\.\.\/output\/index$/ }, () => ({ path: './output.js', external: true }));
    build.onResolve({ filter: /^\.\.\/encoding\/index$/ }, () => ({ path: './encoding.js', external: true }));
  },
};

export default defineConfig([
  {
    // No source maps: they would point at src/, which the package does not ship.
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry,
    format: ['cjs'],
    dts: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: esmOnly,
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    esbuildPlugins: [libraryFromBuild],
  },
]);
