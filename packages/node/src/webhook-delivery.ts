import { isIsoTime, isJsonObject, isNonEmptyString, isWholeNumber } from './json-value.js';

/** Where a webhook delivery is: waiting or retrying, acknowledged, or given up after every attempt. */
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One webhook delivery, as `GET /api/partner/v1/webhooks` lists it. */
export interface WebhookDelivery {
  /** The `webhook-id` the delivery carries. */
  readonly id: string;
  /** The event type, such as `payment.succeeded`. */
  readonly type: string;
  readonly status: WebhookDeliveryStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  /** Why the last attempt failed: `HTTP_<status>`, `TIMEOUT`, `CONNECTION_FAILED`, `NO_WEBHOOK_URL`, …; `null` when none did. */
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
}

/** The values `status` can take, for checking a filter. */
export const WEBHOOK_DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = ['pending', 'delivered', 'failed'];

function readDelivery(value: unknown): WebhookDelivery | undefined {
  if (!isJsonObject(value)) return undefined;
  const { id, type, status, attempts, lastError, createdAt, deliveredAt } = value;
  if (!isNonEmptyString(id) || !isNonEmptyString(type) || !WEBHOOK_DELIVERY_STATUSES.includes(status as WebhookDeliveryStatus) ||
    !isWholeNumber(attempts) || (lastError !== null && typeof lastError !== 'string') || !isIsoTime(createdAt) ||
    (deliveredAt !== null && !isIsoTime(deliveredAt))) return undefined;
  return { id, type, status: status as WebhookDeliveryStatus, attempts, lastError, createdAt, deliveredAt };
}

/** Reads the answer `{ deliveries: [...] }`. */
export function parseDeliveryList(body: unknown): WebhookDelivery[] | undefined {
  const list = isJsonObject(body) ? body['deliveries'] : undefined;
  if (!Array.isArray(list)) return undefined;
  const deliveries = list.map(readDelivery);
  return deliveries.every((delivery): delivery is WebhookDelivery => delivery !== undefined) ? deliveries : undefined;
}

/** Reads the answer `{ delivery }`. */
export const parseDeliveryAnswer = (body: unknown): WebhookDelivery | undefined =>
  (isJsonObject(body) ? readDelivery(body['delivery']) : undefined);
