import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './run.mjs';

/** `{ appId, dir }` of every `miniapps/<dir>` with a `manifest.json` (a mini-app frontend), sorted by folder. */
export function miniappFrontends() {
  const miniapps = resolve(root, 'miniapps');
  return readdirSync(miniapps, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(miniapps, d.name, 'manifest.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ appId: JSON.parse(readFileSync(resolve(miniapps, name, 'manifest.json'), 'utf8')).id, dir: resolve(miniapps, name) }));
}
