import type { RecordedWebhookEvent } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** The `NOTIFY` channel a written webhook event is announced on, with its app's id as the payload. */
export const EVENT_FEED_CHANNEL = 'citadel_webhook_events';

/** A place in an app's event feed: after every event of a transaction before `tx`, and of `tx` up to `id` (`''`: none of it). */
export interface FeedPosition {
  readonly tx: string;
  readonly id: string;
}

/** A page of the feed: its events, oldest first, and the position after them. */
export interface FeedPage {
  readonly events: RecordedWebhookEvent[];
  readonly next: FeedPosition;
}

interface EventRow {
  horizon: string; id: string; event_type: RecordedWebhookEvent['type']; payload: Record<string, unknown>; created_at: Date | string; tx: string;
}

// Transactions below the horizon have all ended: every row they wrote that will ever be visible is visible now.
const HORIZON = 'pg_snapshot_xmin(pg_current_snapshot())';

/** The cursor of a position as the API gives it out: `<tx>:<event id or nothing>`. */
export const cursorOf = (position: FeedPosition): string => `${position.tx}:${position.id}`;

/**
 * The app's webhook events in the order of the transactions that wrote them (see migration 019): each row is read
 * once a page passes it, and a row can no longer appear before a position given out. Every query is scoped to one app.
 */
export function createEventFeed(db: Queryable) {
  return {
    /** The position of "now": after every event already committed. */
    async now(): Promise<FeedPosition> {
      const [row] = await db.query<{ horizon: string }>(`SELECT ${HORIZON}::text AS horizon`);
      return { tx: row!.horizon, id: '' };
    },
    /** The position right after one of the app's events; `undefined` when the app has no event with that id. */
    async after(appId: string, eventId: string): Promise<FeedPosition | undefined> {
      const [row] = await db.query<{ tx: string }>('SELECT tx::text AS tx FROM webhook_outbox WHERE id = $1 AND app_id = $2', [eventId, appId]);
      return row && { tx: row.tx, id: eventId };
    },
    /** Whether a position could have been given out: not past the horizon. */
    async reachable(position: FeedPosition): Promise<boolean> {
      const [row] = await db.query<{ ok: boolean }>(`SELECT $1::xid8 <= ${HORIZON} AS ok`, [position.tx]);
      return row!.ok;
    },
    /**
     * Up to `limit` of the app's events after `from`, oldest first, and where the next page starts: after the last
     * event when the page is full, else at the horizon (nothing before it is left unread).
     */
    async page(appId: string, from: FeedPosition, limit: number): Promise<FeedPage> {
      // One statement, so the horizon is the one the rows were read below, even when there are none.
      const rows = await db.query<EventRow | (Record<keyof EventRow, null> & { horizon: string })>(
        `SELECT h.horizon::text AS horizon, e.id, e.event_type, e.payload, e.created_at, e.tx::text AS tx
           FROM (SELECT ${HORIZON} AS horizon) h
           LEFT JOIN LATERAL (
             SELECT id, event_type, payload, created_at, tx FROM webhook_outbox
              WHERE app_id = $1 AND (tx, id) > ($2::xid8, $3::text) AND tx < h.horizon
              ORDER BY tx, id LIMIT $4) e ON true
          ORDER BY e.tx, e.id`,
        [appId, from.tx, from.id, limit]);
      const found = rows.filter((row): row is EventRow => row.id !== null);
      const events = found.map((row) => ({ id: row.id, type: row.event_type, timestamp: new Date(row.created_at).toISOString(), data: row.payload }));
      const last = found.at(-1);
      if (last && found.length === limit) return { events, next: { tx: last.tx, id: last.id } };
      const horizon = rows[0]!.horizon;
      return { events, next: BigInt(horizon) > BigInt(from.tx) ? { tx: horizon, id: '' } : from };
    },
  };
}
