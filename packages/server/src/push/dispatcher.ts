import webpush from 'web-push';
import type { Database } from '../db/database.js';
import { createDeliveryLoop, positive, type DeliveryLoop } from '../delivery/loop.js';
import { deliverySettings, type DeliveryOptions } from '../delivery/settings.js';
import { createLeaseQueries } from '../delivery/lease.js';
import { backoffSeconds } from '../delivery/backoff.js';
import { checkWebhookUrl } from '../delivery/url-policy.js';
import { alertPayload, encodePushPayload, notificationPayload } from './payload.js';
import { postPush } from './post-push.js';
import { createPushQueueStore, type ClaimedPush } from './queue-store.js';
import type { Vapid } from './vapid.js';

/** Options of `createPushDispatcher`: the shared delivery options, with the push defaults, and what pushes need. */
export interface PushDispatcherOptions extends DeliveryOptions {
  /** The platform database (`push_queue`, `push_subscriptions`, the messages and `apps`). Required. */
  readonly db: Database;
  /** Allows plain-http and loopback push endpoints (a local push service). Required: say `false` in production. */
  readonly development: boolean;
  /** The key pair pushes are signed with (`createVapid`). Required. */
  readonly vapid: Pick<Vapid, 'details'>;
  /** How long the push service keeps an undelivered push (`TTL`, RFC 8030 §5.2), in seconds; an alert's never outlives it. Default 86 400. */
  readonly ttlSeconds?: number;
  /** The real origin of an app the platform hosts (its icons are relative to it). Default: the manifest entry's. */
  readonly appOrigin?: (appId: string) => string;
}

/** Delivers the push queue. Several dispatchers, in one process or many, may share one database. */
export type PushDispatcher = DeliveryLoop;

const DEFAULTS = { fetchTimeoutMs: 10_000, maxAttempts: 8, baseDelaySeconds: 5, maxDelaySeconds: 900, batchSize: 50, perDestination: 50, ttlSeconds: 86_400 } as const;


/**
 * Creates the push dispatcher, the webhook dispatcher's twin for Web Push: queue rows are claimed
 * with a lease (`FOR UPDATE SKIP LOCKED`), each message is built (`encodePushPayload`), encrypted
 * `aes128gcm` for the subscription's keys (RFC 8291) and signed with VAPID (RFC 8292) by
 * `webpush.generateRequestDetails`, and POSTed outside any transaction through the SSRF-guarded
 * lookup. Any 2xx: `sent`, the subscription's `last_success_at`, the notification `pushed`.
 * 404 or 410: the subscription is gone and is deleted with its queue rows. Anything else (429,
 * 5xx, a refused VAPID signature, no answer): retried with exponential backoff, or after
 * `Retry-After` when the push service sends one, until `maxAttempts`, then `failed`. A
 * notification all of whose pushes ended without success becomes `failed`, never from `read`
 * or `pushed`. An expired alert is not pushed (`EXPIRED`).
 */
export function createPushDispatcher(options: PushDispatcherOptions): PushDispatcher {
  const { ttlSeconds: ttlDefault, ...defaults } = DEFAULTS;
  const { fetchTimeoutMs, maxAttempts, batchSize, perDestination, baseDelay, maxDelay, leaseSeconds, resolve } = deliverySettings(options, defaults);
  const lease = createLeaseQueries(options.db, 'push_queue', 'bigint');
  const ttlSeconds = Math.floor(positive('ttlSeconds', options.ttlSeconds ?? ttlDefault));
  const store = createPushQueueStore(options.db);

  const failed = (row: ClaimedPush, error: string, retryAfter?: number) => {
    const attempts = row.attempts + 1;
    const wait = retryAfter === undefined ? backoffSeconds(attempts, baseDelay, maxDelay) : Math.min(retryAfter, maxDelay);
    return store.attemptFailed(row, error, wait, attempts >= maxAttempts);
  };

  const payloadOf = (row: ClaimedPush): string => {
    if (row.notification) {
      return encodePushPayload(notificationPayload({ ...row.notification, appOrigin: row.notification.kind === 'hosted' ? options.appOrigin?.(row.notification.appId) : undefined }));
    }
    return encodePushPayload(alertPayload(row.alert!));
  };

  const attempt = async (row: ClaimedPush): Promise<void> => {
    if (row.alert && row.alert.secondsLeft <= 0) return store.attemptFailed(row, 'EXPIRED', 0, true);
    // The endpoint was checked when it was stored; check again, in case `development` changed since.
    const verdict = checkWebhookUrl(row.endpoint, { development: options.development });
    if (!verdict.ok) return failed(row, 'URL_REFUSED');
    const details = webpush.generateRequestDetails(
      { endpoint: verdict.url.href, keys: { p256dh: row.p256dh, auth: row.auth } },
      payloadOf(row),
      {
        vapidDetails: await options.vapid.details(),
        TTL: row.alert ? Math.min(ttlSeconds, row.alert.secondsLeft) : ttlSeconds,
        urgency: row.urgency,
        contentEncoding: 'aes128gcm',
      },
    );
    const headers: Record<string, string> = { 'user-agent': 'Citadel-Push/1' };
    for (const [name, value] of Object.entries(details.headers)) {
      // postPush sets the length of the body it sends.
      if (name.toLowerCase() !== 'content-length') headers[name.toLowerCase()] = String(value);
    }
    const outcome = await postPush({
      url: verdict.url, headers, body: details.body, timeoutMs: fetchTimeoutMs, development: options.development, resolve,
    });
    if ('failure' in outcome) return failed(row, outcome.failure);
    if (outcome.status >= 200 && outcome.status < 300) return store.sent(row);
    // RFC 8030 §7.3: the subscription expired or was withdrawn; it will never work again.
    if (outcome.status === 404 || outcome.status === 410) return store.gone(row);
    return failed(row, `HTTP_${outcome.status}`, outcome.retryAfterSeconds);
  };

  return createDeliveryLoop({
    label: 'push', capacity: batchSize, perDestination, leaseSeconds,
    destinationOf: (row) => originOf(row.endpoint),
    claim: (limit) => store.claimDue(limit, leaseSeconds),
    renew: (rows) => lease.renew(rows.map((row) => row.id), leaseSeconds),
    release: (rows) => lease.release(rows.map((row) => row.id)),
    attempt,
    failed: (row, error) => failed(row, error),
  });
}

/** A push service, as the per-destination cap counts them: the endpoint's origin (an unparsable one is its own). */
function originOf(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return endpoint;
  }
}
