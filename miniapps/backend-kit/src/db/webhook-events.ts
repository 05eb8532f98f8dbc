import type { Database, Queryable } from './database.js';

/** The table `handleWebhookOnce` records handled webhook ids in: put it in a migration. */
export const WEBHOOK_EVENTS_TABLE = 'CREATE TABLE webhook_events (id text PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now())';

/** Thrown by a `handleWebhookOnce` handler: the signed event does not match this backend's own record. */
export class WebhookMismatch extends Error {
  override readonly name = 'WebhookMismatch';
}

/**
 * Runs `handle` in one transaction with the record of `eventId` in `webhook_events`, so a
 * delivery the platform repeats is handled once: a recorded id resolves `'duplicate'` and runs
 * nothing. A `WebhookMismatch` thrown by `handle` rolls everything back, the id too, so the
 * delivery stays failing for a person to look at, and resolves `{ mismatch }` with its message.
 */
export async function handleWebhookOnce<T>(db: Database, eventId: string, handle: (tx: Queryable) => Promise<T>): Promise<T | 'duplicate' | { mismatch: string }> {
  try {
    return await db.transaction(async (tx) => {
      const fresh = await tx.query('INSERT INTO webhook_events (id) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING 1', [eventId]);
      return fresh.length === 0 ? 'duplicate' : handle(tx);
    });
  } catch (error) {
    if (error instanceof WebhookMismatch) return { mismatch: error.message };
    throw error;
  }
}
