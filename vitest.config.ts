import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // The CLI tests spawn processes and worker threads; on a loaded 2-core machine 5 s is not enough for anything.
    testTimeout: 120_000,
  },
});
