// Vitest global setup: a throwaway real PostgreSQL for the suites that run against both databases.
// `DATABASE_URL` points them at an existing server instead (a role allowed to CREATE DATABASE).
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin connection string of the PostgreSQL the tests may create databases on. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const postgres = await startThrowawayPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
