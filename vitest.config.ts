import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // Tests assert values, not speed: on a machine shared with other work a corpus pass can take far longer than
    // vitest's default of 5 s, and that is no failure.
    testTimeout: 300_000,
  },
});
