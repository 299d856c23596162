/**
 * Runs a bench script under plain Node, as the library ships, instead of through tsx. tsx transforms every module it
 * loads, `dist/` and `node_modules/` included: it rewrites the built library (with esbuild's `keepNames`, so every
 * closure a parse creates calls a naming helper) and turns domhandler's and domutils' exports into getters read at
 * each call (`isTag`, `isText`: a tenth of a parse of many tiny elements). A user's `node` or bundler does neither,
 * so timings through tsx overstate every parse (real HTML pages 70 → 55 ms/MB under Node). The script is bundled once
 * with esbuild (its own imports of `src/`, `test/` compiled in; every package left to Node) into `.<name>.built.mjs` beside it,
 * so paths it resolves from `import.meta` stay the same, and run in a child Node process with the same arguments.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** Bundles `test/bench/<name>.ts` and runs it under plain Node with `args`; returns the child's exit status. */
export function runUnderPlainNode(name: string, args: readonly string[]): number {
  const entry = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const outfile = fileURLToPath(new URL(`./.${name}.built.mjs`, import.meta.url));
  buildSync({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  const child = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  return child.status ?? 1;
}
