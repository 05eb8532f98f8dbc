import type { Migration } from './migration.js';

/**
 * Notifications (grants addressed by pairwise id, per-topic mutes, the inbox with delivery state),
 * Web Push subscriptions and their queue, official alerts with their recipients, citizens' roles
 * and the location they chose to share for alerts.
 */
export const notificationsAndAlerts: Migration = {
  version: 3,
  name: 'notifications, push, alerts, consent',
  statements: [
    // One key for a place name, however it is typed: "Phường Phú Hội", "phu hoi", "PHÚ HỘI" all match.
    `CREATE FUNCTION citadel_place_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT nullif(btrim(regexp_replace(regexp_replace(
         translate(regexp_replace(normalize(lower(name), NFD), '[\\u0300-\\u036f]', '', 'g'), 'đ', 'd'),
         '^\\s*(phuong|xa|thi tran)\\s+', ''), '\\s+', ' ', 'g')), '')
     $$`,
    `ALTER TABLE citizens
       ADD COLUMN roles text[] NOT NULL DEFAULT '{}',
       ADD COLUMN ward_key text GENERATED ALWAYS AS (citadel_place_key(ward)) STORED`,
    'CREATE INDEX citizens_by_ward_key ON citizens (ward_key) WHERE ward_key IS NOT NULL',
    // The citizen's permission for one app to notify them; `subject` is that app's pairwise id,
    // the only address a partner knows the citizen by.
    `CREATE TABLE notification_grants (
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      subject text NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_id, app_id),
      UNIQUE (app_id, subject)
    )`,
    `CREATE TABLE notification_mutes (
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      topic text NOT NULL,
      muted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_id, app_id, topic)
    )`,
    `CREATE TABLE notifications (
      id text PRIMARY KEY,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      recipient text NOT NULL,
      topic text,
      title text NOT NULL,
      body text NOT NULL,
      path text NOT NULL,
      idempotency_key text NOT NULL,
      request_digest text NOT NULL,
      state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'pushed', 'failed', 'read')),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      UNIQUE (app_id, idempotency_key)
    )`,
    'CREATE INDEX notifications_by_citizen ON notifications (citizen_id, created_at DESC)',
    'CREATE INDEX notifications_quota ON notifications (app_id, citizen_id, created_at)',
    // Official alerts. `area` is `{ wards: string[], polygons: [[[lat, lon], ...], ...], description }`.
    `CREATE TABLE alerts (
      id text PRIMARY KEY,
      identifier text NOT NULL UNIQUE,
      sender text NOT NULL,
      published_by uuid REFERENCES citizens (id) ON DELETE SET NULL,
      severity text NOT NULL CHECK (severity IN ('extreme', 'severe', 'moderate', 'minor')),
      category text NOT NULL CHECK (category IN ('weather', 'flood', 'security', 'health', 'policy')),
      headline jsonb NOT NULL,
      description jsonb NOT NULL,
      instruction jsonb,
      area jsonb NOT NULL,
      sent_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      recipients integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (expires_at > sent_at)
    )`,
    'CREATE INDEX alerts_by_time ON alerts (sent_at DESC)',
    // One narrow row per citizen an alert reached: 1.3 million of them must fit in one statement.
    // No foreign keys: their per-row checks made the fan-out 3.5 times slower, and every row is
    // written by the fan-out from the alert it just inserted and the citizens table itself.
    // Deleting a citizen or an alert must delete its rows here too.
    `CREATE TABLE alert_recipients (
      citizen_id uuid NOT NULL,
      alert_id text NOT NULL,
      read_at timestamptz,
      PRIMARY KEY (citizen_id, alert_id)
    )`,
    // The position a citizen chose to share for alerts (coarse or precise, as they chose).
    `CREATE TABLE citizen_locations (
      citizen_id uuid PRIMARY KEY REFERENCES citizens (id) ON DELETE CASCADE,
      latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
      shared_at timestamptz NOT NULL DEFAULT now()
    )`,
    'CREATE INDEX citizen_locations_by_position ON citizen_locations (latitude, longitude)',
    // Ray casting over one ring of [lat, lon] pairs; alerts match shared positions with it.
    `CREATE FUNCTION citadel_point_in_ring(lat double precision, lon double precision, ring jsonb)
     RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
     DECLARE
       n integer := jsonb_array_length(ring);
       inside boolean := false;
       i integer; j integer;
       yi double precision; xi double precision; yj double precision; xj double precision;
     BEGIN
       j := n - 1;
       FOR i IN 0 .. n - 1 LOOP
         yi := (ring -> i ->> 0)::double precision; xi := (ring -> i ->> 1)::double precision;
         yj := (ring -> j ->> 0)::double precision; xj := (ring -> j ->> 1)::double precision;
         IF ((yi > lat) <> (yj > lat)) AND (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) THEN
           inside := NOT inside;
         END IF;
         j := i;
       END LOOP;
       RETURN inside;
     END $$`,
    // Web Push subscriptions stay on the server; the host only learns their ids.
    `CREATE TABLE push_subscriptions (
      id text PRIMARY KEY,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      endpoint text NOT NULL UNIQUE,
      p256dh text NOT NULL,
      auth text NOT NULL,
      user_agent text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      last_success_at timestamptz
    )`,
    'CREATE INDEX push_subscriptions_by_citizen ON push_subscriptions (citizen_id)',
    // One push per message and subscription, delivered by the push dispatcher with retries.
    `CREATE TABLE push_queue (
      id bigserial PRIMARY KEY,
      subscription_id text NOT NULL REFERENCES push_subscriptions (id) ON DELETE CASCADE,
      notification_id text REFERENCES notifications (id) ON DELETE CASCADE,
      alert_id text REFERENCES alerts (id) ON DELETE CASCADE,
      urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('very-low', 'low', 'normal', 'high')),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      CHECK ((notification_id IS NULL) <> (alert_id IS NULL))
    )`,
    "CREATE INDEX push_queue_due ON push_queue (next_attempt_at) WHERE status = 'pending'",
    'CREATE INDEX push_queue_by_notification ON push_queue (notification_id) WHERE notification_id IS NOT NULL',
  ],
};
