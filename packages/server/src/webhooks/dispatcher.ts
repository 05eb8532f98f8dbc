import type { Database } from '../db/database.js';
import { createDeliveryLoop, type DeliveryLoop } from '../delivery/loop.js';
import { deliverySettings, type DeliveryOptions } from '../delivery/settings.js';
import { createLeaseQueries } from '../delivery/lease.js';
import { backoffSeconds } from '../delivery/backoff.js';
import { createOutboxStore, type ClaimedWebhook } from './outbox-store.js';
import { postWebhook } from '../delivery/post-webhook.js';
import { checkWebhookUrl } from '../delivery/url-policy.js';
import { createWebhookAttempts } from './attempts.js';
import { signWithSecrets } from './sign-with-secrets.js';

/** Options of `createWebhookDispatcher`: the shared delivery options, with the webhook defaults. */
export interface WebhookDispatcherOptions extends DeliveryOptions {
  /** The platform database (its `webhook_outbox` and `apps` tables). Required. */
  readonly db: Database;
  /** Allows plain-http and loopback webhook URLs (a local partner backend). Required: say `false` in production. */
  readonly development: boolean;
}

/** Delivers the webhook outbox. Several dispatchers, in one process or many, may share one database. */
export type WebhookDispatcher = DeliveryLoop;

const DEFAULTS = { fetchTimeoutMs: 10_000, maxAttempts: 12, baseDelaySeconds: 5, maxDelaySeconds: 3600, batchSize: 20, perDestination: 4 } as const;


/**
 * Creates the webhook dispatcher: the outbox rows the money transactions wrote are claimed with
 * a lease (`SELECT … FOR UPDATE SKIP LOCKED`, so two processes never deliver one row at once),
 * POSTed outside any transaction, signed the Standard Webhooks way (during a secret rotation's
 * overlap, by the new and the previous secret), and recorded as delivered (any 2xx) or retried
 * with exponential backoff until `maxAttempts`, then `failed`. Each attempt is logged
 * (`webhook_attempts`: the status code or failure, and the latency). Rows of an app without a
 * webhook URL wait, unfailed and unlogged, with `lastError` `NO_WEBHOOK_URL`.
 */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { fetchTimeoutMs, maxAttempts, batchSize, perDestination, baseDelay, maxDelay, leaseSeconds, resolve } = deliverySettings(options, DEFAULTS);
  const store = createOutboxStore(options.db);
  const attemptLog = createWebhookAttempts(options.db);
  const lease = createLeaseQueries(options.db, 'webhook_outbox', 'text');

  const failed = (row: ClaimedWebhook, error: string) => {
    const attempts = row.attempts + 1;
    return store.attemptFailed(row, error, backoffSeconds(attempts, baseDelay, maxDelay), attempts >= maxAttempts);
  };

  const attempt = async (row: ClaimedWebhook): Promise<void> => {
    if (!row.url || !row.secret) return store.parked(row, baseDelay, maxDelay);
    // The URL was checked when it was set; check again, in case `development` changed since.
    const verdict = checkWebhookUrl(row.url, { development: options.development });
    if (!verdict.ok) {
      await attemptLog.record(row.id, { error: 'URL_REFUSED' }, 0);
      return failed(row, 'URL_REFUSED');
    }
    // Serialised once: the signed string is the string sent. The body's timestamp is the
    // event's; the header's is this attempt's, so a late retry still passes freshness checks.
    const body = JSON.stringify({ type: row.type, timestamp: row.createdAt.toISOString(), data: row.data });
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets: [string, ...string[]] = row.previousSecret ? [row.secret, row.previousSecret] : [row.secret];
    const started = performance.now();
    const outcome = await postWebhook({
      url: verdict.url,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Citadel-Webhooks/1',
        ...signWithSecrets(secrets, { id: row.id, timestamp, body }),
      },
      timeoutMs: fetchTimeoutMs,
      development: options.development,
      resolve,
    });
    await attemptLog.record(row.id, 'failure' in outcome ? { error: outcome.failure } : { statusCode: outcome.status }, performance.now() - started);
    if ('failure' in outcome) return failed(row, outcome.failure);
    if (outcome.status >= 200 && outcome.status < 300) return store.delivered(row);
    return failed(row, `HTTP_${outcome.status}`);
  };

  return createDeliveryLoop({
    label: 'webhook', capacity: batchSize, perDestination, leaseSeconds,
    destinationOf: (row) => row.appId,
    claim: (limit) => store.claimDue(limit, leaseSeconds),
    renew: (rows) => lease.renew(rows.map((row) => row.id), leaseSeconds),
    release: (rows) => lease.release(rows.map((row) => row.id)),
    attempt,
    failed: (row, error) => failed(row, error),
  });
}
