import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The soak test measures the relay's answer times: it runs on its own afterwards
    // (vitest.soak.config.ts), not beside other heavy files competing for the same cores.
    exclude: ['test/soak/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
