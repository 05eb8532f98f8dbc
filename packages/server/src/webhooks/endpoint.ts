import { createWebhookSecret } from '@citadel/node';
import type { Queryable } from '../db/database.js';
import { auditPartnerAction } from '../audit/partner-audit.js';

/** Makes the app's rows that wait for a URL (`NO_WEBHOOK_URL`) due now: called whenever a URL is set. */
export async function wakeParkedDeliveries(db: Queryable, appId: string): Promise<void> {
  await db.query(
    `UPDATE webhook_outbox SET next_attempt_at = now()
      WHERE app_id = $1 AND status = 'pending' AND last_error = 'NO_WEBHOOK_URL'`, [appId]);
}

/**
 * Sets an app's webhook URL (already accepted by `checkWebhookUrl`) with a new signing secret, which replaces the
 * current one at once (and ends any rotation's overlap: the previous secret signs nothing more), and makes the rows
 * waiting for a URL due now. Audited as `webhook.set`. Resolves with the secret, or `undefined` when the app is not
 * registered. The subscribed events are left as they are.
 *
 * The secret is stored as it is, unlike partner client secrets (kept as digests): the platform
 * needs the key itself to sign every delivery. Read access to `apps.webhook_secret` therefore
 * lets one forge webhooks to that app's backend, and the column must be guarded like a key.
 */
export async function setWebhookEndpoint(db: Queryable, appId: string, url: string, actor?: string): Promise<string | undefined> {
  const secret = createWebhookSecret();
  const updated = await db.query(
    `UPDATE apps SET webhook_url = $2, webhook_secret = $3, webhook_previous_secret = NULL, webhook_previous_secret_expires_at = NULL
      WHERE id = $1 RETURNING id`, [appId, url, secret]);
  if (updated.length === 0) return undefined;
  await wakeParkedDeliveries(db, appId);
  await auditPartnerAction(db, { appId, actor, action: 'webhook.set', detail: { url, newSecret: true } });
  return secret;
}
