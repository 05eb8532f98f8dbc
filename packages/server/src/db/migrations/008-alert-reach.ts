import type { Migration } from './migration.js';

/** Adds `event_seq` to `table` and numbers its existing rows from the sequence in the order they were created. */
const numberExistingRows = (table: string) => [
  `ALTER TABLE ${table} ADD COLUMN event_seq bigint`,
  `UPDATE ${table} t SET event_seq = o.seq FROM (
     SELECT id, nextval('citadel_event_seq') AS seq FROM (SELECT id FROM ${table} ORDER BY created_at, id) ordered
   ) o WHERE o.id = t.id`,
];

/**
 * Alerts that reach everyone they are meant for (issue 12): the home and work wards a citizen
 * declares (unverified, apart from the eID-verified `citizens.ward`), and the order of the live
 * event stream: one sequence numbers every inbox notification and every alert delivery, so a
 * stream resumed with `Last-Event-ID` replays exactly what came after. Writers draw from it under
 * `EVENT_ORDER_LOCK` (packages/server/src/db/event-order.ts), so numbers become visible in order.
 */
export const alertReach: Migration = {
  version: 8,
  name: 'declared wards, live event order',
  statements: [
    `CREATE TABLE citizen_wards (
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('home', 'work')),
      ward text NOT NULL,
      ward_key text GENERATED ALWAYS AS (citadel_place_key(ward)) STORED,
      declared_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_id, kind)
    )`,
    'CREATE INDEX citizen_wards_by_ward_key ON citizen_wards (ward_key)',
    'CREATE SEQUENCE citadel_event_seq',
    // Existing rows are numbered in the order they were created; new ones by their writer.
    ...numberExistingRows('notifications'),
    "ALTER TABLE notifications ALTER COLUMN event_seq SET DEFAULT nextval('citadel_event_seq')",
    'ALTER TABLE notifications ALTER COLUMN event_seq SET NOT NULL',
    'CREATE INDEX notifications_by_event ON notifications (citizen_id, event_seq)',
    // An alert's number is drawn when its fan-out commits; a recipient row has its own only when the
    // alert reached that citizen later (a ward declared, a position shared), and is null otherwise, so
    // the 1.3-million-row fan-out writes nothing more per row.
    ...numberExistingRows('alerts'),
    'ALTER TABLE alert_recipients ADD COLUMN event_seq bigint',
  ],
};
