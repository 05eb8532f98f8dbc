import { DeliveriesAnswer, DeliveryAnswer, DeliveryStatus, type Delivery } from '@citadel/protocol/api';
import { readAnswer } from './read-answer.js';

/** Where a webhook delivery is: `pending` (waiting or retrying), `delivered` (acknowledged), or `failed` after every attempt. */
export type WebhookDeliveryStatus = DeliveryStatus;

/**
 * One webhook delivery, as `GET /api/partner/v1/webhooks` lists it: `id` is the `webhook-id` it
 * carries, `type` the event type (`payment.succeeded`, …), `attempts` those made so far,
 * `lastError` why the last one failed (`HTTP_<status>`, `TIMEOUT`, `CONNECTION_FAILED`,
 * `NO_WEBHOOK_URL`, …; `null` when none did). Times are ISO 8601.
 */
export type WebhookDelivery = Delivery;

/** The values `status` can take, for checking a filter. */
export const WEBHOOK_DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = DeliveryStatus.options;

/** Reads the answer `{ deliveries: [...] }`; `undefined` when it is not that shape. Unknown members are dropped. */
export const parseDeliveryList = readAnswer(DeliveriesAnswer, (answer) => answer.deliveries);

/** Reads the answer `{ delivery }`; `undefined` when it is not that shape. Unknown members are dropped. */
export const parseDeliveryAnswer = readAnswer(DeliveryAnswer, (answer) => answer.delivery);
