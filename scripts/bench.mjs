// `npm run bench`: build, then measure the bridge and cold launch in Chromium, and accounts and
// identity tokens on PostgreSQL, each against floors measured in the same run.
import { build } from './build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { bin } from './lib/run.mjs';

const chromium = ensureChromium();
build();
bin('tsx', ['tests/bench/bridge.bench.ts'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
bin('tsx', ['tests/bench/identity.bench.ts']);
