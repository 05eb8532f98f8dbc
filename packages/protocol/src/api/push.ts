import * as z from 'zod/mini';
import { IsoTime } from './common.js';

/** `GET /api/push/key`: the VAPID public key, base64url. */
export const PushKeyAnswer = z.object({ publicKey: z.string() });
/** `POST /api/push/subscriptions`: a browser's `PushSubscription.toJSON()`; the server checks the endpoint and keys. */
export const PushSubscriptionBody = z.strictObject({
  endpoint: z.string().check(z.minLength(1), z.maxLength(2048)),
  keys: z.strictObject({ p256dh: z.string().check(z.maxLength(128)), auth: z.string().check(z.maxLength(64)) }),
  expirationTime: z.optional(z.nullable(z.number())),
});
/** A browser's `PushSubscription.toJSON()`. */
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;
/** A subscription as its citizen may see it: never the endpoint's path or the keys, which are bearer secrets. */
export const PushSubscriptionSummary = z.object({
  id: z.string(),
  /** The push service, `https://fcm.googleapis.com` say. */
  origin: z.string(),
  createdAt: IsoTime,
  /** When a push last reached the push service, or null. */
  lastSuccessAt: z.nullable(IsoTime),
});
/** A subscription as its citizen may see it. */
export type PushSubscriptionSummary = z.infer<typeof PushSubscriptionSummary>;
/** `GET /api/push/subscriptions`, oldest first. */
export const PushSubscriptionsAnswer = z.object({ subscriptions: z.array(PushSubscriptionSummary) });
/** The answer to `POST /api/push/subscriptions`. */
export const PushSubscriptionAnswer = z.object({ subscription: z.object({ id: z.string(), createdAt: IsoTime }) });
/** A path naming one subscription. */
export const PushSubscriptionPath = z.object({ id: z.string().check(z.maxLength(64)) });
