import type { Migration } from './migration.js';

/**
 * App analytics (docs/publish-your-app.md, "Analytics"; what is stored: docs/security-model.md, "What the host
 * reports"). One row per launch a citizen's host reported: the Vietnam day, the tap → `ready` time, and a visitor key
 * (an HMAC of the app and the citizen under that day's random salt) that counts citizens once a day without naming
 * them; the salt of a past day is deleted, so no key can be traced back. Bridge errors are counts per app, day and code.
 * Rows older than the retention are deleted with the old salts. The indexes let the per-app series read only their
 * days: consent changes from the audit log by app, refunds by time.
 */
export const appAnalytics: Migration = {
  version: 18,
  name: 'app analytics',
  statements: [
    'CREATE TABLE analytics_salts (day date PRIMARY KEY, salt text NOT NULL)',
    `CREATE TABLE app_launches (
      id bigserial PRIMARY KEY,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      day date NOT NULL,
      visitor text NOT NULL,
      ready_ms integer CHECK (ready_ms BETWEEN 0 AND 120000)
    )`,
    'CREATE INDEX app_launches_by_app_day ON app_launches (app_id, day, visitor)',
    'CREATE INDEX app_launches_by_day ON app_launches (day)',
    `CREATE TABLE app_bridge_errors (
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      day date NOT NULL,
      code text NOT NULL,
      count bigint NOT NULL CHECK (count > 0),
      PRIMARY KEY (app_id, day, code)
    )`,
    'CREATE INDEX app_bridge_errors_by_day ON app_bridge_errors (day)',
    'CREATE INDEX audit_log_by_app ON audit_log (app_id, at)',
    'CREATE INDEX refunds_by_time ON refunds (created_at)',
  ],
};
