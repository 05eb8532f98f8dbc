// Bundles citadel dev's simulator page (simulator/, built on @citadel/runtime and @citadel/ui) into dist/simulator/:
// type-checks it, then esbuild writes one ES module, `simulator.mjs` (not `.js`: the repository's build removes a
// `dist/**/*.js` without a `src/` twin), beside a copy of `index.html`. Run by the package's `build` and `prepack`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(pkg, 'dist/simulator');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const checked = spawnSync(process.execPath, [tsc, '-p', join(pkg, 'simulator/tsconfig.json')], { stdio: 'inherit' });
if (checked.status !== 0) process.exit(checked.status ?? 1);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(pkg, 'simulator/main.ts')],
  outfile: join(out, 'simulator.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync(join(pkg, 'simulator/index.html'), join(out, 'index.html'));
