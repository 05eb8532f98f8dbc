import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CreateAppError } from './create-error.js';

/** `citadel-bundle-checks-0.1.0.tgz` → `bundle-checks`: the name `npm pack` and `pnpm pack` give `@citadel/<name>`. */
const TARBALL = /^citadel-([a-z0-9-]+?)-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.tgz$/;

/**
 * The `@citadel/*` packages among the tarballs in `folder` (what `npm run pack-packages -- <folder>` wrote), as
 * `file:` specs with absolute paths, by package name. Throws `CreateAppError` `NO_PACKAGES` when there is none.
 */
export function readLocalPackages(folder: string): Record<string, string> {
  const absolute = resolve(folder);
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    throw new CreateAppError('NO_PACKAGES', `--packages ${folder}: no such folder; write one with npm run pack-packages -- <folder> in the Citadel repository`);
  }
  const found = Object.fromEntries(names.sort().flatMap((name) => {
    const match = TARBALL.exec(name);
    return match ? [[`@citadel/${match[1]!}`, `file:${join(absolute, name)}`]] : [];
  }));
  if (Object.keys(found).length === 0) {
    throw new CreateAppError('NO_PACKAGES', `--packages ${folder}: no @citadel tarball (citadel-<name>-<version>.tgz) in it; write them with npm run pack-packages -- <folder> in the Citadel repository`);
  }
  return found;
}
