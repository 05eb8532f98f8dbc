import { isIsoTime, isJsonObject, isNonEmptyString, isStringRecord, isWholeNumber } from './json-value.js';

/** The `data` of a `payment.succeeded` webhook. */
export interface PaymentSucceededData {
  /** The order that was paid. */
  readonly orderId: string;
  readonly paymentId: string;
  /** What the citizen paid, in VND: compare it with your order. */
  readonly amount: number;
  readonly currency: 'VND';
  /** Your own reference of the order. */
  readonly reference: string;
  /** The metadata you gave the order. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The payer's pairwise id for your app. */
  readonly sub: string;
  /** When the payment happened (ISO 8601). */
  readonly paidAt: string;
}

/** The `data` of a `payment.refunded` webhook. */
export interface PaymentRefundedData {
  readonly orderId: string;
  readonly paymentId: string;
  readonly refundId: string;
  /** What this refund gave back, in VND. */
  readonly amount: number;
  /** What has been refunded of the payment in all, this refund included. */
  readonly refunded: number;
  readonly currency: 'VND';
  readonly reference: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** When the refund happened (ISO 8601). */
  readonly at: string;
}

/** The `data` of a `consent.revoked` webhook: stop using what the citizen withdrew. */
export interface ConsentRevokedData {
  /** The citizen's pairwise id for your app. */
  readonly sub: string;
  /**
   * What was withdrawn: `identity` (tokens need consent again: drop the claims you stored),
   * `notifications` (sends now answer `NOTIFICATIONS_NOT_GRANTED`), `location` or `storage`.
   */
  readonly permission: 'identity' | 'notifications' | 'location' | 'storage';
  /**
   * For `identity` when the citizen kept sharing their pairwise id but withdrew some claims: the
   * claims withdrawn (`name`, `phone`, `verificationLevel`, `ward`). Absent when the whole grant went.
   */
  readonly claims?: readonly string[];
  /** When the citizen withdrew it (ISO 8601). */
  readonly revokedAt: string;
}

const consentKinds: ReadonlySet<unknown> = new Set(['identity', 'notifications', 'location', 'storage']);

/** The event types the platform sends. */
export type WebhookEventType = WebhookEvent['type'];

/** A verified webhook: narrow on `type` to get the typed `data`. */
export type WebhookEvent =
  | WebhookEventOf<'payment.succeeded', PaymentSucceededData>
  | WebhookEventOf<'payment.refunded', PaymentRefundedData>
  | WebhookEventOf<'consent.revoked', ConsentRevokedData>;

/** One event type with its data. */
export interface WebhookEventOf<T extends string, D> {
  /** The `webhook-id`: the same on every retry of the event. Deduplicate on it. */
  readonly id: string;
  readonly type: T;
  /** When the event happened (ISO 8601), the same on every retry. */
  readonly timestamp: string;
  readonly data: D;
}

function readSucceeded(data: Readonly<Record<string, unknown>>): PaymentSucceededData | undefined {
  const { orderId, paymentId, amount, currency, reference, metadata, sub, paidAt } = data;
  if (!isNonEmptyString(orderId) || !isNonEmptyString(paymentId) || !isWholeNumber(amount, 1) || currency !== 'VND' ||
    typeof reference !== 'string' || !isStringRecord(metadata) || !isNonEmptyString(sub) || !isIsoTime(paidAt)) return undefined;
  return { orderId, paymentId, amount, currency, reference, metadata: { ...metadata }, sub, paidAt };
}

function readRefunded(data: Readonly<Record<string, unknown>>): PaymentRefundedData | undefined {
  const { orderId, paymentId, refundId, amount, refunded, currency, reference, metadata, at } = data;
  if (!isNonEmptyString(orderId) || !isNonEmptyString(paymentId) || !isNonEmptyString(refundId) || !isWholeNumber(amount, 1) ||
    !isWholeNumber(refunded, 1) || currency !== 'VND' || typeof reference !== 'string' || !isStringRecord(metadata) || !isIsoTime(at)) return undefined;
  return { orderId, paymentId, refundId, amount, refunded, currency, reference, metadata: { ...metadata }, at };
}

function readRevoked(data: Readonly<Record<string, unknown>>): ConsentRevokedData | undefined {
  const { sub, permission, revokedAt, claims } = data;
  if (!isNonEmptyString(sub) || !consentKinds.has(permission) || !isIsoTime(revokedAt)) return undefined;
  if (claims !== undefined && !(Array.isArray(claims) && claims.every(isNonEmptyString))) return undefined;
  return { sub, permission: permission as ConsentRevokedData['permission'], revokedAt, ...(claims === undefined ? {} : { claims: [...claims] }) };
}

/**
 * Reads a webhook body (already verified) as a typed event; `undefined` when it is not one of
 * the documented events. Members the documentation does not list are dropped.
 */
export function readWebhookEvent(id: string, body: unknown): WebhookEvent | undefined {
  if (!isJsonObject(body) || !isIsoTime(body['timestamp']) || !isJsonObject(body['data'])) return undefined;
  const { type, timestamp, data } = body as { type: unknown; timestamp: string; data: Readonly<Record<string, unknown>> };
  if (type === 'payment.succeeded') {
    const read = readSucceeded(data);
    return read && { id, type, timestamp, data: read };
  }
  if (type === 'payment.refunded') {
    const read = readRefunded(data);
    return read && { id, type, timestamp, data: read };
  }
  if (type === 'consent.revoked') {
    const read = readRevoked(data);
    return read && { id, type, timestamp, data: read };
  }
  return undefined;
}
