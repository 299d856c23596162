// @ts-check
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'url', 'util'], message: 'The core is pure: no Node built-ins outside src/cli.' }] },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', 'window', 'document', 'fetch'],
    },
  },
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
    files: ['tsup.config.ts', 'vitest.config.ts', 'vitest.quality.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
