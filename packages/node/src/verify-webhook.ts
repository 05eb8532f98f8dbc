import { WEBHOOK_HEADERS, webhookEventTypes } from '@citadel/protocol/webhooks';
import type { ReplayStore } from './replay-store.js';
import { WebhookVerificationError } from './webhook-error.js';
import { readWebhookEvent, type WebhookEvent } from './webhook-event.js';
import { readHeader, type WebhookHeaders } from './webhook-headers.js';
import { webhookKey } from './webhook-secret.js';
import { hasValidSignature, v1Signatures } from './webhook-signature.js';

/** Options of `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /** Your webhook secret (`whsec_…`), as `PUT /webhook` (`client.webhook.set`) returned it. Required. */
  readonly secret: string;
  /** The request's headers: a `Headers`, Node's `req.headers`, or a plain record. Required. */
  readonly headers: WebhookHeaders;
  /**
   * The raw request body, exactly the bytes received: a string or a `Buffer`/`Uint8Array`.
   * Required. Verify before parsing: a body parsed and serialised again is not the body signed.
   */
  readonly body: string | Uint8Array;
  /** How far `webhook-timestamp` may be from now, either way, in seconds. Default: 300. */
  readonly toleranceSeconds?: number;
  /** The time to verify at. Default: the current time. */
  readonly now?: Date;
  /**
   * Refuses an exact replay of an accepted delivery, the same `webhook-id` and `webhook-timestamp`
   * (`REPLAYED`), until the timestamp leaves the tolerance. The platform's own retries carry a new
   * timestamp and pass: still deduplicate on `event.id` where you fulfil. Default: none.
   */
  readonly replayStore?: ReplayStore;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const MAX_ID_LENGTH = 255;

const malformed = (message: string) => new WebhookVerificationError('MALFORMED', message);

function checkOptions(options: VerifyWebhookOptions) {
  if (typeof options !== 'object' || options === null) throw new TypeError('verifyWebhook needs options { secret, headers, body }');
  const { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = new Date() } = options;
  const key = webhookKey(options.secret);
  if (typeof options.headers !== 'object' || options.headers === null) throw new TypeError('headers must be the request headers');
  const { body } = options;
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new TypeError('body must be the raw request body, a string or a Buffer (not parsed JSON)');
  }
  if (typeof toleranceSeconds !== 'number' || !Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new TypeError('toleranceSeconds must be a number of seconds, 0 or more');
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  return { key, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength), toleranceSeconds, now };
}

function requiredHeader(headers: WebhookHeaders, name: string): string {
  const value = readHeader(headers, name);
  if (value === undefined) throw new WebhookVerificationError('MISSING_HEADER', `The ${name} header is missing`);
  return value;
}

/**
 * Verifies a webhook from the platform and resolves with its typed event.
 *
 * Checks, in order: the three headers are present (`MISSING_HEADER`); `webhook-id`,
 * `webhook-timestamp` (Unix seconds) and `webhook-signature` are well formed (`MALFORMED`); one
 * `v1` signature is the HMAC-SHA256 of `${id}.${timestamp}.${body}` under your secret, compared
 * in constant time (`BAD_SIGNATURE`); the timestamp is within `toleranceSeconds` of now, either
 * way (`STALE_TIMESTAMP`, which stops replays); the body is a documented event
 * (`payment.succeeded`, `payment.refunded`, `consent.revoked`, `app.version.approved`, `app.version.rejected`, `webhook.test`) of the shape
 * `@citadel/protocol/webhooks` declares (`MALFORMED`, for an unknown type too).
 *
 * Then: deduplicate on `event.id` (a webhook can arrive more than once, and out of order), and
 * compare `data.orderId` and `data.amount` with your own records before you fulfil.
 *
 * Never throws synchronously. Rejects with `WebhookVerificationError` (its `reason` says why)
 * for a webhook to refuse, and with `TypeError` when the options themselves are wrong.
 *
 * @example
 * const event = await verifyWebhook({ secret: process.env.CITADEL_WEBHOOK_SECRET, headers: req.headers, body: rawBody });
 * if (event.type === 'payment.succeeded') await fulfil(event.data.orderId, event.data.amount);
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { key, body, toleranceSeconds, now } = checkOptions(options);
  const id = requiredHeader(options.headers, WEBHOOK_HEADERS.id);
  const timestamp = requiredHeader(options.headers, WEBHOOK_HEADERS.timestamp);
  const signature = requiredHeader(options.headers, WEBHOOK_HEADERS.signature);
  if (id.length > MAX_ID_LENGTH || !/^[\x21-\x7e]+$/.test(id)) throw malformed('The webhook-id header is not a message id');
  if (!/^\d{1,12}$/.test(timestamp)) throw malformed('The webhook-timestamp header is not a number of seconds');
  if (!hasValidSignature(key, id, timestamp, body, v1Signatures(signature))) {
    throw new WebhookVerificationError('BAD_SIGNATURE', 'No webhook signature matches this secret, id, timestamp and body');
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError('STALE_TIMESTAMP', `The webhook timestamp is more than ${toleranceSeconds} seconds from now`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw malformed('The webhook body is not JSON');
  }
  const event = readWebhookEvent(id, parsed);
  if (!event) throw malformed(`The webhook body is not one of the documented events (${webhookEventTypes.join(', ')}) of its documented shape`);
  const expiresAt = new Date((Number(timestamp) + toleranceSeconds) * 1000);
  if (options.replayStore && !(await options.replayStore.remember(`webhook:${id}:${timestamp}`, expiresAt))) {
    throw new WebhookVerificationError('REPLAYED', 'This delivery (webhook-id and webhook-timestamp) was already accepted');
  }
  return event;
}
