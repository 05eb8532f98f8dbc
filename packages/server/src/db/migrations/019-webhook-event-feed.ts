import type { Migration } from './migration.js';

/**
 * The event feed of `GET /api/partner/v1/events` (`citadel webhooks listen`): each outbox row records the id of the
 * transaction that wrote it (`tx`), and the feed reads in `(tx, id)` order only the rows of transactions older than
 * every one still running (`pg_snapshot_xmin`). A row commits when its transaction does, so by `created_at` or by a
 * sequence a reader could pass a row whose transaction commits after a later one's: by `tx` below the horizon, every
 * row a cursor passes is already committed, and none is skipped. Rows written before this migration share its `tx`.
 */
export const webhookEventFeed: Migration = {
  version: 19,
  name: 'webhook event feed',
  statements: [
    'ALTER TABLE webhook_outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id()',
    'CREATE INDEX webhook_outbox_feed ON webhook_outbox (app_id, tx, id)',
  ],
};
