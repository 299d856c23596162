// @ts-check
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Node built-ins the pure core must not import. */
const NODE_BUILT_INS = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'url', 'util'],
  message: 'The core is pure: no Node built-ins outside src/cli.',
};

/**
 * The layers of src/, lowest first, and the folders each may import (besides itself and the root modules
 * options.ts and errors.ts). Imports run one way: down. docs/architecture.md draws the same picture.
 */
const LAYERS = {
  model: [],
  encoding: [],
  text: ['model', 'encoding'],
  people: ['model', 'text'],
  fields: ['model', 'text', 'people'],
  classify: ['model', 'text'],
  structured: ['model', 'text', 'people', 'fields'],
  page: ['model', 'text', 'people', 'fields', 'classify'],
  html: ['model', 'text', 'people', 'fields', 'classify'],
  body: ['model', 'text', 'people', 'fields'],
  assemble: ['model', 'text', 'people', 'fields', 'body'],
  output: ['model'],
};
/** Root modules above every layer (only the root and src/cli import them). */
const TOP = ['../parse', '../front-ends', '../index', '../text-only', '../safe-parse'];

/** One config per layer: importing a folder the layer may not use fails lint. */
const layerConfigs = Object.entries(LAYERS).map(([folder, allowed]) => {
  const forbidden = [...Object.keys(LAYERS), 'cli'].filter((other) => other !== folder && !allowed.includes(other));
  return {
    files: [`src/${folder}/**/*.ts`],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILT_INS,
            {
              group: [...forbidden.flatMap((other) => [`../${other}`, `../${other}/*`]), ...TOP],
              message: `Imports run down the layers: src/${folder} may use ${allowed.length === 0 ? 'no other layer' : allowed.join(', ')} (see docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  };
});

/**
 * Scoring files: every weight, threshold and trust score is a named, commented constant (a table at the top of the
 * file, or `TRUST` in src/model/trust.ts), never an inline number. The tables are `const enum`s, which the bundler
 * inlines as plain numbers (an object would ship every weight's name); two weights may share a value.
 */
const SCORING_FILES = [
  'src/model/trust.ts',
  'src/page/headline.ts',
  'src/page/headline-weights.ts',
  'src/page/headline-shape.ts',
  'src/page/headline-context.ts',
  'src/page/header-choice.ts',
  'src/page/byline.ts',
  'src/page/region.ts',
  'src/page/header-fields.ts',
  'src/page/front-end.ts',
  'src/page/plain-front-end.ts',
  'src/structured/front-end.ts',
  'src/structured/value-fields.ts',
  'src/structured/label-fields.ts',
  'src/html/content.ts',
  'src/html/dense-region.ts',
  'src/html/lede.ts',
  'src/html/clean.ts',
  'src/html/front-end.ts',
  'src/html/structured-data.ts',
  'src/html/json-ld-candidates.ts',
  'src/html/microdata.ts',
];

export default tseslint.config(
  { ignores: ['.scratch/**', 'dist/**', 'docs/api/**', 'node_modules/**', 'coverage/**', 'test/artifacts/**', 'examples/browser/dist/**'] },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strict],
    plugins: { regexp },
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
      ],
    },
  },
  {
    // The pure core: no Node built-ins, no I/O.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NODE_BUILT_INS] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', 'window', 'document', 'fetch'],
    },
  },
  ...layerConfigs,
  {
    // npm test runs on a fresh clone with nothing beside it: checks on the shared corpus live in test/quality.
    files: ['src/**/*.test.ts', 'test/**/*.ts'],
    ignores: ['test/quality/**', 'test/eval/**', 'test/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/eval/corpus', '**/eval/evaluate', '**/eval/quotes'], message: 'Tests carry their own fixtures; corpus checks belong in test/quality (npm run test:quality).' }] },
      ],
    },
  },
  {
    files: SCORING_FILES,
    rules: {
      '@typescript-eslint/no-duplicate-enum-values': 'off',
      '@typescript-eslint/no-magic-numbers': [
        'error',
        { ignore: [0, 1, -1], ignoreArrayIndexes: true, ignoreDefaultValues: true, ignoreNumericLiteralTypes: true, ignoreReadonlyClassProperties: true, ignoreEnums: true, enforceConst: true },
      ],
    },
  },
  {
    files: ['tsup.config.ts', 'vitest.config.ts', 'vitest.quality.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
