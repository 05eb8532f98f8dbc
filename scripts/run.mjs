// Runs a workspace binary after making sure dependencies are installed: `node scripts/run.mjs tsc -b`.
import { ensureDeps } from './lib/ensure-deps.mjs';
import { bin } from './lib/run.mjs';

ensureDeps();
const [name, ...args] = process.argv.slice(2);
bin(name, args);
