import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: every test that carries its own fixtures (no corpus needed). The corpus floors are
 * `npm run test:quality` (vitest.quality.config.ts). Nothing here asserts on speed: the default timeout is generous
 * so that a loaded 2-core machine passes; property tests size their own timeouts (test/support/property-runs.ts).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/quality/**', '**/node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // CLI tests spawn processes and worker threads: on a busy 2-core machine a test of three process starts took
    // 43 s, so the limit only catches a hang.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
