import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pnpm, root } from './run.mjs';

/** Installs the workspace's dependencies from the lockfile when they are missing or stale. */
export function ensureDeps() {
  const marker = resolve(root, 'node_modules/.modules.yaml');
  const lock = resolve(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› installing dependencies (pnpm, from the lockfile)');
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
}
