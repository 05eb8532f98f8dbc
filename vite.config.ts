import { defineConfig } from 'vitest/config';

// Two files at a time, unit and browser mixed: Vitest's default on a 2-core machine is one (cores - 1), and most files
// wait on PostgreSQL, npm, a child process or a browser rather than the CPU.
const WORKERS = 2;

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
          maxWorkers: WORKERS,
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
          // Every browser file starts its own platform, servers and Chromium on free ports, so two run side by side.
          // The same count as the unit project keeps both in one Vitest group: a project of one worker would be held
          // back until every unit file had finished (Vitest runs groups one after another).
          maxWorkers: WORKERS,
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
