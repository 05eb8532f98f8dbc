// Checks the layer rules of .dependency-cruiser.mjs (dependency-cruiser) over every workspace folder.
// Imports resolve through the built packages, so run it after `npm run build`; `npm test` does.
import { ensureDeps } from './lib/ensure-deps.mjs';
import { bin } from './lib/run.mjs';

/** The folders cruised; node_modules and built output are resolved into but never crawled. */
const FOLDERS = ['packages', 'host', 'console', 'miniapps', 'examples', 'tests', 'scripts'];

/** Runs dependency-cruiser; exits with its code (non-zero on any violation). */
export function checkDeps() {
  console.log('› checking the layer rules (dependency-cruiser)');
  bin('depcruise', ['--config', '.dependency-cruiser.mjs', '--output-type', 'err', ...FOLDERS]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDeps();
  checkDeps();
}
