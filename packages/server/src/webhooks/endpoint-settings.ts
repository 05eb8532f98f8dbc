import { createWebhookSecret } from '@citadel/node';
import { subscribableEventTypes, WEBHOOK_LIMITS, type SubscribableEventType, type WebhookEndpoint } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { wakeParkedDeliveries } from './endpoint.js';

interface EndpointRow {
  webhook_url: string | null; webhook_events: string[] | null; previous_expires_at: Date | string | null;
}

// The previous secret's end only while it still signs; an ended overlap reads as none.
const COLUMNS = `webhook_url, webhook_events,
  CASE WHEN webhook_previous_secret_expires_at > now() THEN webhook_previous_secret_expires_at END AS previous_expires_at`;

const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  url: row.webhook_url,
  events: row.webhook_events === null ? [...subscribableEventTypes] : subscribableEventTypes.filter((type) => row.webhook_events!.includes(type)),
  previousSecretExpiresAt: row.previous_expires_at === null ? null : new Date(row.previous_expires_at).toISOString(),
});

/**
 * An app's webhook endpoint as its organisation manages it (docs/credentials-and-webhooks.md): the URL and the
 * subscribed event types, and the signing secret rotated with an overlap, during which deliveries carry a signature
 * by the new secret and one by the previous (`WEBHOOK_LIMITS.secretOverlapSeconds`). Each method answers `undefined`
 * for an app that is not registered; every change is audited (`partner_audit`).
 */
export function createWebhookSettings(db: Queryable) {
  const update = async (appId: string, set: string, params: readonly unknown[]) =>
    (await db.query<EndpointRow & { webhook_secret: string | null }>(`UPDATE apps SET ${set} WHERE id = $1 RETURNING ${COLUMNS}, webhook_secret`, [appId, ...params]))[0];
  return {
    async get(appId: string): Promise<WebhookEndpoint | undefined> {
      const [row] = await db.query<EndpointRow>(`SELECT ${COLUMNS} FROM apps WHERE id = $1`, [appId]);
      return row && toEndpoint(row);
    },
    /**
     * Sets the URL (already accepted by `checkWebhookUrl`) and the event types delivered, keeping the signing secret;
     * an app without one gets its first, answered as `secret` (else `null`). Wakes the deliveries that waited for a URL.
     */
    async set(appId: string, url: string, events: readonly SubscribableEventType[], actor: string | undefined) {
      const secret = createWebhookSecret();
      const chosen = subscribableEventTypes.filter((type) => events.includes(type));
      const row = await update(appId, 'webhook_url = $2, webhook_events = $3::text[], webhook_secret = coalesce(webhook_secret, $4)', [url, chosen, secret]);
      if (!row) return undefined;
      await wakeParkedDeliveries(db, appId);
      const created = row.webhook_secret === secret;
      await auditPartnerAction(db, { appId, actor, action: 'webhook.set', detail: { url, events: chosen, newSecret: created } });
      return { endpoint: toEndpoint(row), secret: created ? secret : null };
    },
    /**
     * A new signing secret. The one it replaces keeps signing beside it for the overlap; a previous secret still in an
     * overlap is dropped at once (two sign at most).
     */
    async rotate(appId: string, actor: string | undefined) {
      const secret = createWebhookSecret();
      const row = await update(appId,
        `webhook_previous_secret = webhook_secret,
         webhook_previous_secret_expires_at = CASE WHEN webhook_secret IS NULL THEN NULL ELSE now() + make_interval(secs => $3) END,
         webhook_secret = $2`, [secret, WEBHOOK_LIMITS.secretOverlapSeconds]);
      if (!row) return undefined;
      const endpoint = toEndpoint(row);
      await auditPartnerAction(db, { appId, actor, action: 'webhook.secret.rotate', detail: { previousSecretExpiresAt: endpoint.previousSecretExpiresAt } });
      return { endpoint, secret };
    },
    /** Ends an overlap now: the previous secret signs nothing more. */
    async revokePrevious(appId: string, actor: string | undefined): Promise<WebhookEndpoint | undefined> {
      const row = await update(appId, 'webhook_previous_secret = NULL, webhook_previous_secret_expires_at = NULL', []);
      if (!row) return undefined;
      await auditPartnerAction(db, { appId, actor, action: 'webhook.secret.revoke-previous' });
      return toEndpoint(row);
    },
  };
}
