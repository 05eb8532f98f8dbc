import { WEBHOOK_LIMITS, type DeliveryAttempt } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** What one attempt came to: the answer's status code, or why there was none. */
export type AttemptOutcome = { readonly statusCode: number } | { readonly error: string };

interface AttemptRow { delivery_id: string; at: Date | string; status_code: number | null; error: string | null; latency_ms: number }

/** The attempts at each delivery (`webhook_attempts`), written by the dispatcher and read by the delivery log. */
export function createWebhookAttempts(db: Queryable) {
  return {
    /** Records one attempt at delivery `deliveryId`. */
    async record(deliveryId: string, outcome: AttemptOutcome, latencyMs: number): Promise<void> {
      await db.query('INSERT INTO webhook_attempts (delivery_id, status_code, error, latency_ms) VALUES ($1, $2, $3, $4)', [
        deliveryId, 'statusCode' in outcome ? outcome.statusCode : null, 'error' in outcome ? outcome.error : null, Math.max(0, Math.round(latencyMs)),
      ]);
    },
    /** The latest attempts (at most `WEBHOOK_LIMITS.attemptsShown`) at each of `deliveryIds`, newest first, by delivery id. */
    async of(deliveryIds: readonly string[]): Promise<Map<string, DeliveryAttempt[]>> {
      const log = new Map<string, DeliveryAttempt[]>(deliveryIds.map((id) => [id, []]));
      if (deliveryIds.length === 0) return log;
      const rows = await db.query<AttemptRow>(
        `SELECT delivery_id, at, status_code, error, latency_ms FROM (
           SELECT *, row_number() OVER (PARTITION BY delivery_id ORDER BY id DESC) AS n FROM webhook_attempts WHERE delivery_id = ANY($1::text[])
         ) latest WHERE n <= $2 ORDER BY delivery_id, n`,
        [deliveryIds, WEBHOOK_LIMITS.attemptsShown]);
      for (const row of rows) {
        log.get(row.delivery_id)?.push({ at: new Date(row.at).toISOString(), statusCode: row.status_code, error: row.error, latencyMs: row.latency_ms });
      }
      return log;
    },
  };
}
