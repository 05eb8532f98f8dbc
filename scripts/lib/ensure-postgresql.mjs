import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

/** Debian's PostgreSQL binaries folder (`/usr/lib/postgresql/<version>/bin`), newest first; undefined when none. */
export function debianPostgresBin() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => join(base, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
}

/**
 * Installs Debian's `postgresql` with apt-get when running as root on Debian and it is missing;
 * resolves with its binaries folder, or undefined when it cannot (the caller says what to run).
 */
export function installDebianPostgres(why) {
  const found = debianPostgresBin();
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log(`› installing Debian postgresql (apt-get): ${why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
  return debianPostgresBin();
}

/** True when a user other than the owner may enter every folder down to `path` (each has the others' x bit). */
export function othersCanEnter(path) {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}
