import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { othersCanEnter } from '../../scripts/lib/ensure-postgresql.mjs';
import { debianPostgresBin, startSystemPostgres, throwawayServer } from '../support/system-postgres.js';
import { freePort } from '../support/throwaway-postgres.js';

const root = process.getuid?.() === 0;
const folders: string[] = [];
/** A folder of `mode` in the temporary folder (mode 1777, which everyone may enter), with one file. */
const folderWithFile = (mode: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'citadel-mode-'));
  folders.push(dir);
  const file = join(dir, 'index.js');
  writeFileSync(file, 'export {};\n', { mode: 0o644 });
  chmodSync(dir, mode);
  return { dir, file };
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// `npm test` in a checkout under a folder others cannot enter (issue: as root, initdb failed with EACCES).
describe('the throwaway PostgreSQL in a checkout others cannot enter', () => {
  it('tells a mode-700 folder from one others may enter, as npm test does before it installs Debian\'s binaries', () => {
    expect(othersCanEnter(folderWithFile(0o700).dir)).toBe(false);
    expect(othersCanEnter(folderWithFile(0o755).dir)).toBe(true);
  });

  it(`runs the embedded binaries wherever the postgres user can read them${root ? '' : ' (always, when not root: the server runs as this user)'}`, () => {
    expect(throwawayServer(folderWithFile(0o755).file)).toEqual({ kind: 'embedded' });
    if (!root) expect(throwawayServer(folderWithFile(0o700).file)).toEqual({ kind: 'embedded' });
  });

  it(root
    ? 'as root, behind a mode-700 folder, starts Debian\'s PostgreSQL as the postgres user and answers a query'
    : 'when not root, no folder mode sends it to Debian\'s binaries', async () => {
    const hidden = folderWithFile(0o700);
    if (!root) {
      expect(throwawayServer(hidden.file)).toEqual({ kind: 'embedded' });
      return;
    }
    const where = throwawayServer(hidden.file);
    expect(where).toEqual({ kind: 'debian', bin: debianPostgresBin() });
    if (where.kind !== 'debian') return;
    const port = await freePort();
    const stop = await startSystemPostgres(where.bin, port, 'root-test');
    try {
      const query = spawnSync(join(where.bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-tAc', 'select current_user'], {
        encoding: 'utf8',
        env: { ...process.env, PGPASSWORD: 'root-test' },
      });
      expect(query.stderr).toBe('');
      expect(query.stdout.trim()).toBe('postgres');
    } finally {
      await stop();
    }
  });
});
