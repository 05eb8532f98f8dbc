// `npm run bench`: build, then measure the bridge and cold launch in Chromium, and accounts and
// identity tokens, payment settlement and alert fan-out on PostgreSQL, each against floors measured in the same run.
import { build } from './build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensurePgbench } from './lib/ensure-pgbench.mjs';
import { bin } from './lib/run.mjs';

const chromium = ensureChromium();
const pgbench = ensurePgbench();
await build();
bin('tsx', ['tests/bench/bridge.bench.ts'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
bin('tsx', ['tests/bench/identity.bench.ts']);
bin('tsx', ['tests/bench/payments.bench.ts'], { env: { ...process.env, PGBENCH_PATH: pgbench } });
bin('tsx', ['tests/bench/pin-payments.bench.ts']);
bin('tsx', ['tests/bench/alerts.bench.ts']);
bin('tsx', ['tests/bench/push.bench.ts']);
