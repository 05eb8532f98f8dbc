// `npm run bench`: build, then measure the bridge and cold launch in Chromium, and accounts and
// identity tokens, payment settlement (bare and with a passkey step-up) and alert fan-out on PostgreSQL, each against floors measured in the same run;
// then Lighthouse's mobile scores of the host's home against their targets (performance 95, accessibility 100).
import { build } from './build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensurePgbench } from './lib/ensure-pgbench.mjs';
import { bin } from './lib/run.mjs';
import { runEach } from './lib/run-each.mjs';

const chromium = ensureChromium();
const pgbench = ensurePgbench();
await build();
const env = { ...process.env, CHROMIUM_PATH: chromium, PGBENCH_PATH: pgbench };
// Each bench runs whatever another's fate: one failure does not hide the others' figures.
const benches = ['bridge', 'create-app', 'identity', 'payments', 'pin-payments', 'passkey-payments', 'alerts', 'push', 'lighthouse'].map((name) => `tests/bench/${name}.bench.ts`);
const failed = await runEach(benches, (file) => bin('tsx', [file], { env, allowFailure: true }).status);
if (failed.length > 0) {
  console.error(`\n✗ ${failed.length} bench${failed.length === 1 ? '' : 'es'} failed: ${failed.join(', ')} (the others' figures are above)`);
  process.exit(1);
}
