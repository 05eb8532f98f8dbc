import * as z from 'zod/mini';
import { IsoTime } from './common.js';

/** The longest webhook URL the platform stores. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** `PUT /api/partner/v1/webhook`: where the platform posts the app's events. */
export const WebhookBody = z.strictObject({ url: z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH)) });
/** The stored URL and the signing secret (`whsec_…`), shown once per change. */
export const WebhookAnswer = z.object({ url: z.string(), secret: z.string() });

/** The states of a webhook delivery. */
export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
/** One of `pending`, `delivered`, `failed`. */
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;
/** A webhook delivery as the partner API shows it. */
export const Delivery = z.object({
  id: z.string(),
  type: z.string(),
  status: DeliveryStatus,
  /** How many times the platform has posted it so far. */
  attempts: z.int().check(z.minimum(0)),
  /** `HTTP_<status>`, a failure kind (`TIMEOUT`, `CONNECTION_FAILED`, …) or `NO_WEBHOOK_URL`; never a response body. */
  lastError: z.nullable(z.string()),
  createdAt: IsoTime,
  deliveredAt: z.nullable(IsoTime),
});
/** A webhook delivery. */
export type Delivery = z.infer<typeof Delivery>;
/** `GET /api/partner/v1/webhooks?status=`: the newest deliveries, at most 100. */
export const DeliveriesQuery = z.object({ status: z.optional(DeliveryStatus) });
/** The listed deliveries. */
export const DeliveriesAnswer = z.object({ deliveries: z.array(Delivery) });
/** One delivery. */
export const DeliveryAnswer = z.object({ delivery: Delivery });
/** A path naming one delivery. */
export const DeliveryPath = z.object({ id: z.string().check(z.maxLength(64)) });
