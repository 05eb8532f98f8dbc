import type { Migration } from './migration.js';

/**
 * Partners publish on their own (docs/publish-your-app.md): organisations with members and roles, apps that belong to
 * one, hosted or linked; each app's versions (draft → in review → approved or rejected), the bytes of hosted bundles
 * stored once by their SHA-256 (a released version's bytes never change), and each app's release: the stable
 * version, and a rollout version that a share of citizens get (chosen by a stable hash of their pairwise id).
 * `apps.manifest` is the stable version's manifest, read by the catalogue; it is null until a first release.
 */
export const publishing: Migration = {
  version: 14,
  name: 'organisations, app versions, bundles and staged releases',
  statements: [
    `CREATE TABLE organisations (
      id text PRIMARY KEY,
      name text NOT NULL,
      created_by uuid REFERENCES citizens (id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE organisation_members (
      org_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'developer', 'finance')),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, citizen_id)
    )`,
    'CREATE INDEX organisation_members_by_citizen ON organisation_members (citizen_id)',
    `CREATE TABLE organisation_invites (
      org_id text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      phone text NOT NULL,
      role text NOT NULL CHECK (role IN ('owner', 'developer', 'finance')),
      invited_by uuid REFERENCES citizens (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, phone)
    )`,
    'ALTER TABLE apps ALTER COLUMN manifest DROP NOT NULL',
    'ALTER TABLE apps ADD COLUMN org_id text REFERENCES organisations (id)',
    "ALTER TABLE apps ADD COLUMN kind text NOT NULL DEFAULT 'hosted' CHECK (kind IN ('hosted', 'linked'))",
    // The names as compared for look-alikes (`foldForMatching`): the id and both names.
    "ALTER TABLE apps ADD COLUMN folded_names text[] NOT NULL DEFAULT '{}'",
    // A linked app's proof of its origin: served by the partner at /.well-known/citadel-app.json.
    'ALTER TABLE apps ADD COLUMN linked_token text',
    `CREATE TABLE bundle_blobs (
      sha256 text PRIMARY KEY,
      bytes bytea NOT NULL,
      size integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE app_versions (
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      bundle_hash text NOT NULL,
      manifest jsonb NOT NULL,
      files jsonb NOT NULL,
      report jsonb NOT NULL,
      state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'approved', 'rejected')),
      reason text,
      created_by uuid REFERENCES citizens (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      decided_by uuid REFERENCES citizens (id),
      decided_at timestamptz,
      PRIMARY KEY (app_id, number),
      UNIQUE (app_id, bundle_hash)
    )`,
    `CREATE TABLE app_releases (
      app_id text PRIMARY KEY REFERENCES apps (id) ON DELETE CASCADE,
      stable_version integer NOT NULL,
      rollout_version integer,
      rollout_percent integer NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
      paused boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (app_id, stable_version) REFERENCES app_versions (app_id, number),
      FOREIGN KEY (app_id, rollout_version) REFERENCES app_versions (app_id, number)
    )`,
    `CREATE TABLE partner_audit (
      id bigserial PRIMARY KEY,
      org_id text,
      app_id text,
      actor uuid,
      action text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    )`,
    'CREATE INDEX partner_audit_by_app ON partner_audit (app_id, id)',
  ],
};
