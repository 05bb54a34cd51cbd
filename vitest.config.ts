import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check (speed is measured in npm run bench): the 300-variant
    // mutation test took 22.5 s on a loaded 2-core machine.
    testTimeout: 60_000,
    // Build tests run astro builds; two at once is all a 2-core machine takes.
    maxWorkers: 2,
  },
});
