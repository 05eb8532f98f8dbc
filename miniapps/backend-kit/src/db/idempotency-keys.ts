/**
 * The table `idempotent` keeps its keys in: put it in a migration. One row per citizen (`scope`), route and key,
 * with the hash of the first request's body and, once it answered, its status and JSON body.
 */
export const IDEMPOTENCY_KEYS_TABLE = `CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  route text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status smallint,
  body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (scope, route, key))`;

/** Its index, for deleting the keys past their time: put it in the same migration. */
export const IDEMPOTENCY_KEYS_INDEX = 'CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)';

/** The migration that adds both, as the app's migration `version`: append it to the app's list. */
export const idempotencyKeysMigration = (version: number) => ({
  version, name: 'idempotency-keys', statements: [IDEMPOTENCY_KEYS_TABLE, IDEMPOTENCY_KEYS_INDEX],
}) as const;
