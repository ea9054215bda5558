import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    // Generous limits: loading the gazetteer and the registries in a setup hook takes seconds on a
    // busy two-core machine. Speed is measured in `npm run bench`, never by these limits.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
