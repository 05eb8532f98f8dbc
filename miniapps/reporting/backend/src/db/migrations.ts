import { NONCES_TABLE, type Migration } from '@citadel-miniapp/backend-kit';

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'reports',
    statements: [
      `CREATE TABLE staff (sub text PRIMARY KEY, label text NOT NULL DEFAULT '', added_at timestamptz NOT NULL DEFAULT now())`,
      NONCES_TABLE,
      `CREATE SEQUENCE report_number`,
      `CREATE TABLE reports (
        id bigint PRIMARY KEY,
        code text NOT NULL UNIQUE,
        sub text NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        suggested_category text,
        suggested_agency text,
        matched jsonb NOT NULL DEFAULT '[]',
        agency text,
        process_group text NOT NULL,
        status text NOT NULL,
        response text,
        reject_reason text,
        created_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        resolved_at timestamptz,
        rating smallint,
        rating_comment text,
        rated_at timestamptz)`,
      `CREATE INDEX reports_sub ON reports (sub, created_at DESC)`,
      `CREATE INDEX reports_status ON reports (status, deadline_at)`,
      `CREATE TABLE photos (
        report_id bigint NOT NULL REFERENCES reports (id),
        kind text NOT NULL,
        position smallint NOT NULL,
        media_type text NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (report_id, kind, position))`,
      `CREATE TABLE status_events (
        id bigserial PRIMARY KEY,
        report_id bigint NOT NULL REFERENCES reports (id),
        status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        notify_state text NOT NULL DEFAULT 'pending',
        notify_detail text)`,
      `CREATE INDEX status_events_report ON status_events (report_id, id)`,
      `CREATE TABLE citizens (sub text PRIMARY KEY, notifications_revoked_at timestamptz)`,
    ],
  },
  {
    version: 2,
    name: 'notification-retries',
    // A send that failed, waited for credentials or hit the day's quota is tried again at retry_at.
    statements: [
      'ALTER TABLE status_events ADD COLUMN notify_attempts smallint NOT NULL DEFAULT 0',
      'ALTER TABLE status_events ADD COLUMN notify_retry_at timestamptz',
      'CREATE INDEX status_events_retry ON status_events (notify_retry_at) WHERE notify_retry_at IS NOT NULL',
    ],
  },
  {
    version: 3,
    name: 'report-idempotency',
    // A report sent again with the same Idempotency-Key (the app's offline outbox retrying) is filed once per citizen.
    statements: [
      'ALTER TABLE reports ADD COLUMN idempotency_key text',
      'CREATE UNIQUE INDEX reports_idempotency ON reports (sub, idempotency_key) WHERE idempotency_key IS NOT NULL',
    ],
  },
];
