import type { Migration } from './migration.js';

/**
 * Pacing (docs/security-model.md): a notification sent within the spacing of the app's previous one to the same
 * citizen waits until `deliver_at`, with no live event number (`event_seq` NULL) until it is released; the release
 * draws its number then, so the live stream's order holds. `apps.notification_daily_cap` is the operator's cap on
 * all of an app's notifications in a day (null: none).
 */
export const notificationPacing: Migration = {
  version: 13,
  name: 'notification pacing and per-app daily cap',
  statements: [
    'ALTER TABLE notifications ADD COLUMN deliver_at timestamptz',
    'ALTER TABLE notifications ALTER COLUMN event_seq DROP NOT NULL',
    // What the releaser looks for: waiting notifications by due time.
    'CREATE INDEX notifications_waiting ON notifications (deliver_at) WHERE event_seq IS NULL',
    // The app's sends of a day, counted when it has a cap.
    'CREATE INDEX notifications_by_app_day ON notifications (app_id, created_at)',
    'ALTER TABLE apps ADD COLUMN notification_daily_cap integer CHECK (notification_daily_cap > 0)',
  ],
};
