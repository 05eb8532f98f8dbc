/** One schema change, applied once, in order. Never edit one that shipped: add the next. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets-reviews',
    statements: [
      `CREATE TABLE nonces (nonce text PRIMARY KEY, expires_at timestamptz NOT NULL)`,
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
      `CREATE TABLE webhook_events (id text PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now())`,
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
];
