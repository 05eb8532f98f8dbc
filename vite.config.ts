import { defineConfig } from 'vitest/config';

// One Vitest run, two projects: pure logic in Node, and browser tests that drive Debian's
// Chromium through playwright-core against the real platform server on real origins.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'miniapps/*/backend/test/**/*.test.ts', 'miniapps/backend-kit/test/**/*.test.ts', 'miniapps/web-kit/test/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // A throwaway PostgreSQL: server suites run against it and against PGlite.
          // One pack of the public packages per run, for the tests that install them.
          globalSetup: ['tests/support/postgres-setup.ts', 'tests/support/pack-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two files at a time: Vitest's default on a 2-core machine is one (cores - 1), and most unit files wait on
          // PostgreSQL, npm or a child process rather than the CPU. The browser files stay one at a time.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'host/test/**/*.test.ts', 'console/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A browser waits on hashing, rendering and service workers: on a busy 2-core machine the
          // 1 s default of expect.poll is too short to mean "never happened".
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'types',
          include: ['tests/types/**/*.test-d.ts'],
          typecheck: { enabled: true, only: true, tsconfig: 'tests/types/tsconfig.json' },
        },
      },
    ],
  },
});
