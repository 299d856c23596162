import { defineConfig } from 'vitest/config';

/**
 * `npm run test:quality`: the quality floors on the shared corpus (`SCRAPED_ARTICLE_CORPUS`, else `../shared/corpus`).
 * `test/quality/require-corpus.ts` runs first and stops with one line when the corpus is missing.
 */
export default defineConfig({
  test: {
    include: ['test/quality/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 600_000,
  },
});
