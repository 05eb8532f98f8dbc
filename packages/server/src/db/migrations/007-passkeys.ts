import type { Migration } from './migration.js';

/**
 * Passkeys (WebAuthn credentials) and their single-use challenges. A passkey keeps only its public
 * key, signature counter and transports; a challenge is bound to one purpose and to a citizen (and,
 * for a payment, an order), or to a sign-in attempt (no citizen; the client address that asked, to
 * bound how many one address holds open). Used challenges stay a day, so a replay is told apart from
 * a challenge never issued.
 */
export const passkeys: Migration = {
  version: 7,
  name: 'passkeys',
  statements: [
    `CREATE TABLE passkeys (
      id text PRIMARY KEY,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      public_key text NOT NULL,
      counter bigint NOT NULL DEFAULT 0 CHECK (counter >= 0),
      transports text[] NOT NULL DEFAULT '{}',
      name text NOT NULL,
      device_type text NOT NULL,
      backed_up boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    )`,
    'CREATE INDEX passkeys_by_citizen ON passkeys (citizen_id, created_at)',
    `CREATE TABLE webauthn_challenges (
      challenge text PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('registration', 'sign-in', 'payment')),
      citizen_id uuid REFERENCES citizens (id) ON DELETE CASCADE,
      order_id text,
      client text,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      CHECK ((purpose = 'sign-in') = (citizen_id IS NULL)),
      CHECK ((purpose = 'payment') = (order_id IS NOT NULL))
    )`,
    'CREATE INDEX webauthn_challenges_by_expiry ON webauthn_challenges (expires_at)',
    "CREATE INDEX webauthn_open_sign_ins ON webauthn_challenges (client, expires_at) WHERE purpose = 'sign-in' AND used_at IS NULL",
  ],
};
