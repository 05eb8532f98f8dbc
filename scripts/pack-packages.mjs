// Packs every public package for installing outside the repository before (or without) a release:
// `npm run pack-packages -- <folder>` (default packed/) builds the packages (tsc -b), packs each with pnpm and prints
// each tarball's path. Install them all at once: a tarball's @citadel dependencies are the others' exact versions.
import { resolve } from 'node:path';
import { ensureDeps } from './lib/ensure-deps.mjs';
import { packPackages } from './lib/pack-packages.mjs';
import { bin, root } from './lib/run.mjs';

ensureDeps();
bin('tsc', ['-b', 'tsconfig.json']);
const folder = process.argv[2] === undefined ? resolve(root, 'packed') : resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
for (const { tarball } of packPackages(folder)) console.log(tarball);
