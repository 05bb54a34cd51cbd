import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // One Chromium per worker; the machine has 2 cores.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Lighthouse simulates a slow phone from measured main-thread work: it runs alone, after the
        // other browser tests, so their load does not count as the page's blocking time.
        test: {
          name: 'audits',
          include: ['tests/e2e/lighthouse.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
