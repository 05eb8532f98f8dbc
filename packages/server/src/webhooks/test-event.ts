import { WEBHOOK_LIMITS, WEBHOOK_TEST_EVENT } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { enqueueWebhook } from './outbox.js';

const WINDOW_SECONDS = 3600;

/**
 * Queues a `webhook.test` event to the app's webhook URL ("Send a test event"): delivered, signed and logged like any
 * event. Refused with 409 `WEBHOOK_NOT_SET` while the app has no URL, and with 429 `RATE_LIMITED` (naming the limit,
 * `webhook-tests-per-app-hour`) past `WEBHOOK_LIMITS.testsPerHour` in the last hour, counted under a per-app lock so
 * tests asked for at once cannot pass it. Audited as `webhook.test`. Resolves with the delivery's id.
 */
export function sendTestEvent(db: Database, appId: string, actor: string | undefined): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('citadel-webhook-tests:' || $1::text))", [appId]);
    const [app] = await tx.query<{ webhook_url: string | null }>('SELECT webhook_url FROM apps WHERE id = $1', [appId]);
    if (!app?.webhook_url) throw new ApiError(409, 'WEBHOOK_NOT_SET', 'Set a webhook URL before sending a test event');
    const limit = WEBHOOK_LIMITS.testsPerHour;
    const [recent] = await tx.query<{ n: number; retry_after: number | null }>(
      `SELECT count(*)::int AS n, ceil(extract(epoch FROM min(created_at) + make_interval(secs => $3) - now()))::int AS retry_after
         FROM webhook_outbox WHERE app_id = $1 AND event_type = $2 AND created_at > now() - make_interval(secs => $3)`,
      [appId, WEBHOOK_TEST_EVENT, WINDOW_SECONDS]);
    if (recent && recent.n >= limit) {
      throw new ApiError(429, 'RATE_LIMITED', `An app may send at most ${limit} test events an hour`, {
        limitName: 'webhook-tests-per-app-hour', limit, windowSeconds: WINDOW_SECONDS, retryAfterSeconds: Math.max(1, recent.retry_after ?? WINDOW_SECONDS),
      });
    }
    const id = (await enqueueWebhook(tx, appId, WEBHOOK_TEST_EVENT, { requestedAt: new Date().toISOString() }))!;
    await auditPartnerAction(tx, { appId, actor, action: 'webhook.test', detail: { deliveryId: id } });
    return id;
  });
}
