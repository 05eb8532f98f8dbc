// Builds everything `npm start` serves and `npm test` tests: type-checked packages (tsc -b),
// then the host PWA, every mini-app and the test fixtures (vite), in dependency order.
import { ensureDeps } from './lib/ensure-deps.mjs';
import { bin, pnpm } from './lib/run.mjs';

export function build() {
  ensureDeps();
  console.log('› building packages (tsc -b)');
  bin('tsc', ['-b', 'tsconfig.json']);
  console.log('› building host, mini-apps and fixtures (vite)');
  pnpm(['-r', '--workspace-concurrency=2', '--filter', './host', '--filter', './miniapps/*', '--filter', './miniapps/*/backend', '--filter', './examples/*', '--filter', './tests', '--reporter-hide-prefix', 'run', 'build']);
}

if (import.meta.url === `file://${process.argv[1]}`) build();
