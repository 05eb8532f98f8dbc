import type { Delivery, DeliveryStatus } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** The most deliveries one list answers. */
export const MAX_LISTED_DELIVERIES = 100;

interface DeliveryRow {
  id: string; event_type: string; status: DeliveryStatus; attempts: number; last_error: string | null;
  created_at: Date | string; delivered_at: Date | string | null;
}

const COLUMNS = 'id, event_type, status, attempts, last_error, created_at, delivered_at';

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  type: row.event_type,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: new Date(row.created_at).toISOString(),
  deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at).toISOString(),
});

/** The partner's view of its own outbox rows: every query is scoped to one app. */
export function createDeliveries(db: Queryable) {
  /** One of the app's deliveries; `undefined` when the app has none with that id. */
  const get = async (appId: string, id: string): Promise<Delivery | undefined> => {
    const [row] = await db.query<DeliveryRow>(`SELECT ${COLUMNS} FROM webhook_outbox WHERE id = $1 AND app_id = $2`, [id, appId]);
    return row ? toDelivery(row) : undefined;
  };
  return {
    get,
    /** The app's deliveries, newest first, at most 100, optionally of one status. */
    async list(appId: string, status?: DeliveryStatus): Promise<Delivery[]> {
      const rows = await db.query<DeliveryRow>(
        `SELECT ${COLUMNS} FROM webhook_outbox WHERE app_id = $1 AND ($2::text IS NULL OR status = $2)
          ORDER BY created_at DESC, id DESC LIMIT ${MAX_LISTED_DELIVERIES}`,
        [appId, status ?? null]);
      return rows.map(toDelivery);
    },
    /**
     * Puts one of the app's deliveries in one of the `from` states (by default `failed` only) back in the queue, due
     * now, with its attempts reset; one in another state is answered unchanged. `undefined` when the app has no
     * delivery with that id. Its webhook id stays the same, so a receiver that deduplicates acts on it once.
     */
    async retry(appId: string, id: string, from: readonly DeliveryStatus[] = ['failed']): Promise<Delivery | undefined> {
      const [retried] = await db.query<DeliveryRow>(
        `UPDATE webhook_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = NULL
          WHERE id = $1 AND app_id = $2 AND status = ANY ($3::text[]) RETURNING ${COLUMNS}`,
        [id, appId, from]);
      return retried ? toDelivery(retried) : get(appId, id);
    },
  };
}
