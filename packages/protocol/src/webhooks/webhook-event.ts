import * as z from 'zod/mini';
import { AppReinstatedData, AppSuspendedData } from './app-suspension.js';
import { WebhookEventName } from '../api/webhook-event-types.js';
import { AppVersionDecidedData } from './app-version.js';
import { ConsentRevokedData } from './consent-revoked.js';
import { IsoTime } from './fields.js';
import { PaymentRefundedData } from './payment-refunded.js';
import { PaymentSucceededData } from './payment-succeeded.js';
import { WebhookTestData } from './webhook-test.js';

/**
 * Every webhook event the platform sends, by type, with the schema of its `data`: the one table
 * the server types what it enqueues with, and `@citadel/node`'s `verifyWebhook` checks against.
 */
export const webhookEvents = {
  'payment.succeeded': PaymentSucceededData,
  'payment.refunded': PaymentRefundedData,
  'consent.revoked': ConsentRevokedData,
  'app.version.approved': AppVersionDecidedData,
  'app.version.rejected': AppVersionDecidedData,
  'app.suspended': AppSuspendedData,
  'app.reinstated': AppReinstatedData,
  'webhook.test': WebhookTestData,
} as const satisfies Record<WebhookEventName, z.ZodMiniType>;

/** The type of a webhook event, such as `payment.succeeded`: one of `WebhookEventName`. */
export type WebhookEventType = keyof typeof webhookEvents;

/** Every event type, in the order of `WebhookEventName`. */
export const webhookEventTypes: readonly WebhookEventType[] = WebhookEventName.options;

/** The `data` of one event type. */
export type WebhookData<T extends WebhookEventType> = z.infer<(typeof webhookEvents)[T]>;

const bodyOf = <T extends WebhookEventType>(type: T) =>
  z.object({
    type: z.literal(type),
    /** When the event happened (ISO 8601), the same on every retry. */
    timestamp: IsoTime,
    data: webhookEvents[type],
  });

/**
 * The JSON body of a webhook, `{ type, timestamp, data }`, narrowed on `type`. Members the
 * documentation does not list are dropped, so a partner reads only what it was promised.
 */
export const WebhookEventBody = z.discriminatedUnion('type', [
  bodyOf('payment.succeeded'),
  bodyOf('payment.refunded'),
  bodyOf('consent.revoked'),
  bodyOf('app.version.approved'),
  bodyOf('app.version.rejected'),
  bodyOf('app.suspended'),
  bodyOf('app.reinstated'),
  bodyOf('webhook.test'),
]);

/** A webhook body: narrow on `type` to get the typed `data`. */
export type WebhookEventBody = z.infer<typeof WebhookEventBody>;
