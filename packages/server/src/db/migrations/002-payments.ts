import type { Migration } from './migration.js';

/**
 * Payments: partner orders, the double-entry ledger (accounts, transactions, postings), wallet
 * top-ups, payments and refunds, and the webhook outbox. Amounts are integer VND (`bigint`).
 */
export const payments: Migration = {
  version: 2,
  name: 'payments, ledger, webhooks',
  statements: [
    `ALTER TABLE apps ADD COLUMN webhook_url text, ADD COLUMN webhook_secret text`,
    // One account per wallet, per partner app (what the platform owes it) and per funding source.
    `CREATE TABLE ledger_accounts (
      id text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('wallet', 'merchant', 'funding')),
      citizen_id uuid UNIQUE REFERENCES citizens (id),
      app_id text UNIQUE REFERENCES apps (id),
      balance bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'wallet' OR (citizen_id IS NOT NULL AND balance >= 0)),
      CHECK (kind <> 'merchant' OR (app_id IS NOT NULL AND balance >= 0))
    )`,
    `CREATE TABLE ledger_transactions (
      id text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('topup', 'payment', 'refund')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE ledger_postings (
      id bigserial PRIMARY KEY,
      transaction_id text NOT NULL REFERENCES ledger_transactions (id),
      account_id text NOT NULL REFERENCES ledger_accounts (id),
      amount bigint NOT NULL CHECK (amount <> 0)
    )`,
    'CREATE INDEX ledger_postings_by_transaction ON ledger_postings (transaction_id)',
    'CREATE INDEX ledger_postings_by_account ON ledger_postings (account_id, id)',
    // A transaction whose postings do not sum to zero cannot commit.
    `CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE transaction_id = NEW.transaction_id) <> 0 THEN
         RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id USING ERRCODE = 'check_violation';
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
     DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced()`,
    `CREATE TABLE orders (
      id text PRIMARY KEY,
      app_id text NOT NULL REFERENCES apps (id),
      amount bigint NOT NULL CHECK (amount > 0),
      currency text NOT NULL DEFAULT 'VND' CHECK (currency = 'VND'),
      description text NOT NULL,
      partner_reference text NOT NULL,
      metadata jsonb NOT NULL DEFAULT '{}',
      expires_at timestamptz NOT NULL,
      idempotency_key text NOT NULL,
      request_digest text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
      created_at timestamptz NOT NULL DEFAULT now(),
      paid_at timestamptz,
      UNIQUE (app_id, idempotency_key)
    )`,
    'CREATE INDEX orders_by_app_day ON orders (app_id, created_at)',
    `CREATE TABLE topups (
      id text PRIMARY KEY,
      citizen_id uuid NOT NULL REFERENCES citizens (id),
      amount bigint NOT NULL CHECK (amount > 0),
      source text NOT NULL,
      source_reference text NOT NULL,
      transaction_id text NOT NULL UNIQUE REFERENCES ledger_transactions (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (source, source_reference)
    )`,
    `CREATE TABLE payments (
      id text PRIMARY KEY,
      order_id text NOT NULL UNIQUE REFERENCES orders (id),
      app_id text NOT NULL REFERENCES apps (id),
      citizen_id uuid NOT NULL REFERENCES citizens (id),
      amount bigint NOT NULL CHECK (amount > 0),
      refunded bigint NOT NULL DEFAULT 0,
      transaction_id text NOT NULL UNIQUE REFERENCES ledger_transactions (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (refunded >= 0 AND refunded <= amount)
    )`,
    'CREATE INDEX payments_by_citizen ON payments (citizen_id, created_at)',
    'CREATE INDEX payments_by_app_day ON payments (app_id, created_at)',
    `CREATE TABLE refunds (
      id text PRIMARY KEY,
      payment_id text NOT NULL REFERENCES payments (id),
      amount bigint NOT NULL CHECK (amount > 0),
      reason text NOT NULL DEFAULT '',
      idempotency_key text NOT NULL,
      request_digest text NOT NULL,
      transaction_id text NOT NULL UNIQUE REFERENCES ledger_transactions (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (payment_id, idempotency_key)
    )`,
    // Every money movement writes its webhook here in the same transaction; a dispatcher delivers it.
    `CREATE TABLE webhook_outbox (
      id text PRIMARY KEY,
      app_id text NOT NULL REFERENCES apps (id),
      event_type text NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    )`,
    "CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending'",
    'CREATE INDEX webhook_outbox_by_app ON webhook_outbox (app_id, created_at)',
  ],
};
