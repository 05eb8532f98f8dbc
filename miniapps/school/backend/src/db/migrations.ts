import { NONCES_TABLE, WEBHOOK_EVENTS_TABLE, idempotencyKeysMigration, type Migration } from '@citadel-miniapp/backend-kit';

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'links-leave-fees-announcements',
    statements: [
      NONCES_TABLE,
      // Who a pairwise sub is in the roster: made only from a verified token's phone_number, remade at
      // each sign-in, deleted when the citizen withdraws their identity or phone. The phone itself is not kept.
      `CREATE TABLE links (
        sub text NOT NULL,
        person_id text NOT NULL,
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (sub, person_id))`,
      `CREATE INDEX links_person ON links (person_id)`,
      // Dates are `YYYY-MM-DD` text (Vietnam dates, compared as strings), so no driver shifts them by a time zone.
      `CREATE TABLE leave_requests (
        id text PRIMARY KEY,
        pupil_id text NOT NULL,
        class_id text NOT NULL,
        requested_by text NOT NULL,
        guardian_id text NOT NULL,
        from_date text NOT NULL,
        to_date text NOT NULL,
        school_days smallint NOT NULL,
        kind text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL,
        comment text,
        decided_by text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL,
        CHECK (from_date <= to_date),
        CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')))`,
      `CREATE INDEX leave_pupil ON leave_requests (pupil_id, created_at DESC)`,
      `CREATE INDEX leave_class ON leave_requests (class_id, status, created_at DESC)`,
      `CREATE TABLE announcements (
        id text PRIMARY KEY,
        class_id text NOT NULL,
        teacher_id text NOT NULL,
        posted_by text NOT NULL,
        client_key text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (class_id, client_key))`,
      `CREATE INDEX announcements_class ON announcements (class_id, created_at DESC)`,
      // Every notification this backend sends, keyed by its idempotency key, with the message itself
      // (a retry sends the same body under the same key, so it can never notify twice), what the
      // platform answered last, and when to try again. An announcement's rows are its recipients.
      `CREATE TABLE notifications (
        key text PRIMARY KEY,
        sub text NOT NULL,
        topic text NOT NULL,
        message text NOT NULL,
        announcement_id text REFERENCES announcements (id),
        state text NOT NULL,
        detail text,
        attempts smallint NOT NULL DEFAULT 0,
        retry_at timestamptz,
        updated_at timestamptz NOT NULL)`,
      `CREATE INDEX notifications_announcement ON notifications (announcement_id) WHERE announcement_id IS NOT NULL`,
      `CREATE INDEX notifications_due ON notifications (retry_at) WHERE retry_at IS NOT NULL`,
      // Fee notices, issued per pupil per period at the amount set when issued.
      `CREATE TABLE fees (
        id text PRIMARY KEY,
        pupil_id text NOT NULL,
        period text NOT NULL,
        kind text NOT NULL,
        quantity integer NOT NULL,
        unit_price integer NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        due_date text NOT NULL,
        status text NOT NULL CHECK (status IN ('unpaid', 'paid', 'exempt')),
        paid_reference text,
        issued_at timestamptz NOT NULL)`,
      `CREATE INDEX fees_pupil ON fees (pupil_id, due_date DESC)`,
      `CREATE TABLE fee_payments (
        reference text PRIMARY KEY,
        fee_id text NOT NULL REFERENCES fees (id),
        sub text NOT NULL,
        guardian_id text NOT NULL,
        amount integer NOT NULL,
        order_id text UNIQUE,
        status text NOT NULL CHECK (status IN ('open', 'paid', 'closed')),
        expires_at timestamptz,
        payment_id text,
        paid_at timestamptz,
        created_at timestamptz NOT NULL)`,
      // At most one order is open per fee: two taps, two tabs or two parents cannot pay a fee twice.
      `CREATE UNIQUE INDEX fee_payments_one_open ON fee_payments (fee_id) WHERE status = 'open'`,
      WEBHOOK_EVENTS_TABLE,
    ],
  },
  {
    version: 2,
    name: 'links-only-from-confirmed-numbers',
    statements: [
      // Links made before the backend read phone_number_verified stand on numbers nobody confirmed
      // (issue 12: a stranger signed up with a teacher's number and became the class's teacher).
      // Drop them all: every citizen is linked again at their next launch, if their number is confirmed.
      'DELETE FROM links',
    ],
  },
  // The citizen's double tap or retry sends the same Idempotency-Key: a leave request is written once (announcements have their own client key).
  idempotencyKeysMigration(3),
];
