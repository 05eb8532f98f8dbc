import { NONCES_TABLE, WEBHOOK_EVENTS_TABLE, type Migration } from '@citadel-miniapp/backend-kit';

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts-bills-payments',
    statements: [
      NONCES_TABLE,
      // The customer codes a citizen saved, by their pairwise sub; the provider's accounts are its own data.
      `CREATE TABLE saved_accounts (
        sub text NOT NULL,
        code text NOT NULL,
        label text NOT NULL,
        saved_at timestamptz NOT NULL,
        PRIMARY KEY (sub, code))`,
      `CREATE TABLE bills (
        id text PRIMARY KEY,
        code text NOT NULL,
        utility text NOT NULL,
        period text NOT NULL,
        units integer NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        charge jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        paid_at timestamptz,
        paid_via text,
        payment_id text UNIQUE,
        order_id text,
        paid_by text,
        receipt_no text UNIQUE)`,
      `CREATE INDEX bills_code ON bills (code, period DESC)`,
      // Every order made for a bill: one stays open for a while and is offered again.
      `CREATE TABLE bill_orders (
        order_id text PRIMARY KEY,
        bill_id text NOT NULL REFERENCES bills (id),
        sub text NOT NULL,
        amount integer NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL)`,
      `CREATE INDEX bill_orders_bill ON bill_orders (bill_id, created_at DESC)`,
      // A second payment of a bill already paid (two family members at once): refunded, and kept here.
      `CREATE TABLE extra_payments (
        payment_id text PRIMARY KEY,
        order_id text NOT NULL,
        bill_id text NOT NULL,
        sub text NOT NULL,
        amount integer NOT NULL,
        refund_id text,
        refund_error text,
        received_at timestamptz NOT NULL)`,
      WEBHOOK_EVENTS_TABLE,
      `CREATE SEQUENCE receipt_number`,
    ],
  },
  {
    version: 2,
    name: 'proven-households',
    statements: [
      // A saved code shows its household (address, use, bills) only once the citizen proved it is theirs: with the
      // amount of a recent bill or the contract's phone number (issue 12). Codes saved before are kept, unproven.
      `ALTER TABLE saved_accounts ADD COLUMN proven_by text CHECK (proven_by IN ('bill', 'phone'))`,
      `ALTER TABLE saved_accounts ADD COLUMN proven_at timestamptz`,
      // Wrong proofs per citizen, Vietnam day and code (unknown codes too): the guess limits. Older days are deleted.
      `CREATE TABLE proof_attempts (
        sub text NOT NULL,
        day text NOT NULL,
        code text NOT NULL,
        wrong integer NOT NULL,
        PRIMARY KEY (sub, day, code))`,
    ],
  },
];
