// Builds everything `npm start` serves and `npm test` tests: type-checked packages (tsc -b),
// then the host PWA, the developer console, the kits, backends and test fixtures (vite, tsc), in dependency order, then
// each mini-app with its backend's origin from scripts/lib/demo-ports.mjs (VITE_BACKEND_ORIGIN).
import { relative } from 'node:path';
import { BACKEND_PORTS, backendOrigin } from './lib/demo-ports.mjs';
import { ensureDeps } from './lib/ensure-deps.mjs';
import { miniappFrontends } from './lib/miniapps.mjs';
import { removeOrphanedOutputs } from './lib/orphaned-outputs.mjs';
import { bin, pnpm, pnpmAsync, root } from './lib/run.mjs';

/** Builds everything; resolves when the last mini-app is built (two at a time, as the workspace builds). */
export async function build() {
  ensureDeps();
  const orphaned = removeOrphanedOutputs();
  if (orphaned.length > 0) console.log(`› removed ${orphaned.length} compiled files whose source is gone`);
  console.log('› building packages (tsc -b)');
  bin('tsc', ['-b', 'tsconfig.json']);
  console.log('› building citadel dev\'s simulator, host, console, kits, backends and fixtures (esbuild, vite, tsc)');
  const apps = miniappFrontends().map((app) => ({ ...app, filter: `./${relative(root, app.dir)}` }));
  pnpm([
    '-r', '--workspace-concurrency=2', '--filter', './packages/cli', '--filter', './host', '--filter', './console', '--filter', './miniapps/*', '--filter', './miniapps/*/backend', '--filter', './examples/*', '--filter', './tests',
    ...apps.flatMap((app) => ['--filter', `!${app.filter}`]), '--reporter-hide-prefix', 'run', 'build',
  ]);
  // One build per app: each gets its own backend origin, a build-time value its vite.config.ts
  // requires. Two at a time, as `--workspace-concurrency=2` builds the rest.
  const queue = [...apps];
  const worker = async () => {
    for (let app = queue.shift(); app; app = queue.shift()) {
      const origin = Object.hasOwn(BACKEND_PORTS, app.appId) ? backendOrigin(app.appId) : undefined;
      console.log(`› building ${app.filter}${origin ? ` (backend ${origin})` : ''}`);
      await pnpmAsync(['--filter', app.filter, '--reporter-hide-prefix', 'run', 'build'], { env: { ...process.env, ...(origin ? { VITE_BACKEND_ORIGIN: origin } : {}) } });
    }
  };
  await Promise.all([worker(), worker()]);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
