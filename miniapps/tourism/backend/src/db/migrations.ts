import { NONCES_TABLE, WEBHOOK_EVENTS_TABLE, idempotencyKeysMigration, type Migration } from '@citadel-miniapp/backend-kit';

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets-reviews',
    statements: [
      NONCES_TABLE,
      // The ticket-signing secret, made once by the first start and kept with the data it signs.
      `CREATE TABLE secrets (name text PRIMARY KEY, value text NOT NULL)`,
      `CREATE TABLE tickets (
        reference text PRIMARY KEY,
        sub text NOT NULL,
        place_id text NOT NULL,
        quantity smallint NOT NULL,
        amount integer NOT NULL,
        order_id text UNIQUE,
        status text NOT NULL,
        payment_id text,
        paid_at timestamptz,
        created_at timestamptz NOT NULL)`,
      `CREATE INDEX tickets_sub ON tickets (sub, created_at DESC)`,
      WEBHOOK_EVENTS_TABLE,
      `CREATE TABLE reviews (
        place_id text NOT NULL,
        sub text NOT NULL,
        stars smallint NOT NULL,
        comment text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (place_id, sub))`,
      `CREATE INDEX reviews_place ON reviews (place_id, created_at DESC)`,
    ],
  },
  {
    version: 2,
    name: 'ticket-admission',
    // A paid ticket admits once: the gate records when, and which gate.
    statements: ['ALTER TABLE tickets ADD COLUMN used_at timestamptz', 'ALTER TABLE tickets ADD COLUMN used_by text'],
  },
  // The citizen's double tap or retry sends the same Idempotency-Key: a ticket is written once.
  idempotencyKeysMigration(3),
];
