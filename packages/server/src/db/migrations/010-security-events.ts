import type { Migration } from './migration.js';

/** What the operator is shown of attacks at the edges: refused partner credentials and the locks they set. */
export const securityEvents: Migration = {
  version: 10,
  name: 'security events',
  statements: [
    `CREATE TABLE security_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL,
      subject text NOT NULL,
      address text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`,
    'CREATE INDEX security_events_by_time ON security_events (at DESC)',
  ],
};
