// `npm test`: install what the tests need (Chromium included where it can), build, run every test.
import { build } from './build.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { bin } from './lib/run.mjs';

const chromium = ensureChromium();
build();
bin('vitest', ['run', ...process.argv.slice(2)], { env: { ...process.env, CHROMIUM_PATH: chromium } });
