import { defineConfig } from 'vitest/config';

// Two projects: fast pure-logic unit tests, and browser end-to-end suites that load the built
// extension into real Chromium and Firefox (one browser per file, files run one at a time).
export default defineConfig({
  test: {
    // The default output, then each file's duration (CI's log shows where the e2e time goes).
    reporters: ['default', './tests/e2e/harness/file-timings.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'eval/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
