/** One schema change, applied once, in order. Never edit one that shipped: add the next. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** The table `createNonces` keeps its nonces in: put it in the first migration. */
export const NONCES_TABLE = 'CREATE TABLE nonces (nonce text PRIMARY KEY, expires_at timestamptz NOT NULL)';
