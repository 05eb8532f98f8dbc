import type { Migration } from './migration.js';

/** Citizens, sessions, sign-in throttling, the app registry, partner credentials, identity grants and keys. */
export const accountsAndRegistry: Migration = {
  version: 1,
  name: 'accounts, app registry, identity',
  statements: [
    `CREATE TABLE citizens (
      id uuid PRIMARY KEY,
      phone text NOT NULL UNIQUE,
      name text NOT NULL,
      password_hash text NOT NULL,
      verification_level text NOT NULL DEFAULT 'none' CHECK (verification_level IN ('none', 'basic', 'verified')),
      full_name text,
      date_of_birth date,
      ward text,
      national_id_digest text UNIQUE,
      verified_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE sessions (
      id uuid PRIMARY KEY,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      token_digest text NOT NULL UNIQUE,
      user_agent text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`,
    'CREATE INDEX sessions_by_citizen ON sessions (citizen_id)',
    `CREATE TABLE auth_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL,
      window_start timestamptz NOT NULL,
      locked_until timestamptz
    )`,
    `CREATE TABLE apps (
      id text PRIMARY KEY,
      manifest jsonb NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE app_credentials (
      client_id text PRIMARY KEY,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      secret_digest text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz
    )`,
    'CREATE INDEX app_credentials_by_app ON app_credentials (app_id)',
    `CREATE TABLE identity_grants (
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      claims text[] NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_id, app_id)
    )`,
    `CREATE TABLE signing_keys (
      kid text PRIMARY KEY,
      private_jwk jsonb NOT NULL,
      public_jwk jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      activates_at timestamptz NOT NULL DEFAULT now(),
      retired_at timestamptz
    )`,
    `CREATE TABLE server_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      citizen_id uuid REFERENCES citizens (id) ON DELETE CASCADE,
      app_id text,
      action text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    )`,
    'CREATE INDEX audit_log_by_citizen ON audit_log (citizen_id, at)',
  ],
};
