import { defineConfig } from 'vitest/config';

/** The soak test alone (npm test runs it after the rest of the suite). */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
