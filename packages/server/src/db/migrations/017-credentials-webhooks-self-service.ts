import type { Migration } from './migration.js';

/**
 * Credentials and webhooks self-service (docs/credentials-and-webhooks.md): a client secret can be revoked at once
 * (`revoked_at`) and shows when it was last used (`last_used_at`, to the hour); a webhook signing secret rotated out
 * keeps signing beside the new one until `webhook_previous_secret_expires_at`; `webhook_events` lists the event types
 * the app subscribes to (NULL: every one, as before); and every attempt at a delivery is recorded with its status code
 * or failure and its latency.
 */
export const credentialsWebhooksSelfService: Migration = {
  version: 17,
  name: 'credentials and webhooks self-service',
  statements: [
    'ALTER TABLE app_credentials ADD COLUMN revoked_at timestamptz, ADD COLUMN last_used_at timestamptz',
    `ALTER TABLE apps ADD COLUMN webhook_previous_secret text, ADD COLUMN webhook_previous_secret_expires_at timestamptz,
       ADD COLUMN webhook_events text[]`,
    `CREATE TABLE webhook_attempts (
      id bigserial PRIMARY KEY,
      delivery_id text NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      status_code integer,
      error text,
      latency_ms integer NOT NULL CHECK (latency_ms >= 0),
      CHECK ((status_code IS NULL) <> (error IS NULL))
    )`,
    'CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, id)',
  ],
};
