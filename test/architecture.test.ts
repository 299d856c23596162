import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of src/ has no cycle (type-only imports included). The layer order itself is an eslint rule
 * (`no-restricted-imports` per folder in eslint.config.js); this test catches cycles inside one folder too.
 */

const SRC = resolve(import.meta.dirname, '../src');

/** Every non-test module of src/, as paths relative to src/. */
function modules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
  });
}

/** The src/ modules one module imports. */
function importsOf(module: string, known: ReadonlySet<string>): string[] {
  const source = readFileSync(join(SRC, module), 'utf8');
  const targets: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from '(\.[^']+)'/gmu)) {
    const target = relative(SRC, resolve(SRC, dirname(module), `${match[1] ?? ''}.ts`));
    if (known.has(target)) targets.push(target);
  }
  return targets;
}

/** The first import cycle found, as the modules along it, or `undefined`. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (module: string): string[] | undefined => {
    if (state.get(module) === 'done') return undefined;
    if (state.get(module) === 'open') return [...path.slice(path.indexOf(module)), module];
    state.set(module, 'open');
    path.push(module);
    for (const target of graph.get(module) ?? []) {
      const cycle = visit(target);
      if (cycle !== undefined) return cycle;
    }
    path.pop();
    state.set(module, 'done');
    return undefined;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('architecture', () => {
  const all = modules();
  const known = new Set(all);
  const graph = new Map(all.map((module) => [module, importsOf(module, known)]));

  it('reads the import graph', () => {
    expect(graph.get('parse.ts')).toContain('front-ends.ts');
    expect(graph.get('assemble/assemble.ts')).toContain('model/draft.ts');
  });

  it('has no import cycle', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
