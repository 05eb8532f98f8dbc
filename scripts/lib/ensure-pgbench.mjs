import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { debianPostgresBin, installDebianPostgres } from './ensure-postgresql.mjs';

const find = () => {
  if (process.env.PGBENCH_PATH && existsSync(process.env.PGBENCH_PATH)) return process.env.PGBENCH_PATH;
  const bin = debianPostgresBin();
  if (bin && existsSync(join(bin, 'pgbench'))) return join(bin, 'pgbench');
  return ['/usr/bin/pgbench'].find((p) => existsSync(p));
};

/**
 * Finds PostgreSQL's `pgbench` (the payments bench's floor), installing Debian's `postgresql`
 * with apt-get when running as root on Debian; otherwise says the one command to run.
 */
export function ensurePgbench() {
  const found = find();
  if (found) return found;
  if (installDebianPostgres('the payments bench compares with pgbench')) {
    const installed = find();
    if (installed) return installed;
  }
  console.error('✗ The payments bench compares with pgbench. Install it with:\n\n    sudo apt-get install -y postgresql\n\n(or set PGBENCH_PATH), then run `npm run bench` again.');
  process.exit(1);
}
