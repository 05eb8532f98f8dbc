// `npm test`: install what the tests need (Chromium included where it can), build, run every test.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from './build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { bin, root } from './lib/run.mjs';

const chromium = ensureChromium();
build();
const report = resolve(root, '.cache/vitest-report.json');
rmSync(report, { force: true });
const result = bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  env: { ...process.env, CHROMIUM_PATH: chromium },
  allowFailure: true,
});
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  // The plain closing line CI reads, whatever the runner printed above it.
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
process.exit(result.status ?? 1);
