import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const find = () => {
  if (process.env.PGBENCH_PATH && existsSync(process.env.PGBENCH_PATH)) return process.env.PGBENCH_PATH;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(`${base}/${v}/bin/pgbench`)) return `${base}/${v}/bin/pgbench`;
  return ['/usr/bin/pgbench'].find((p) => existsSync(p));
};

/**
 * Finds PostgreSQL's `pgbench` (the payments bench's floor), installing Debian's `postgresql`
 * with apt-get when running as root on Debian; otherwise says the one command to run.
 */
export function ensurePgbench() {
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('› installing Debian postgresql for pgbench (apt-get)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
    const installed = find();
    if (installed) return installed;
  }
  console.error('✗ The payments bench compares with pgbench. Install it with:\n\n    sudo apt-get install -y postgresql\n\n(or set PGBENCH_PATH), then run `npm run bench` again.');
  process.exit(1);
}
