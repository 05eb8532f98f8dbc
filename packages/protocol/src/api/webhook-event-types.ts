import * as z from 'zod/mini';

/**
 * The name of every webhook event the platform sends. Each event's `data` schema is declared beside it in
 * `@citadel/protocol/webhooks` (`webhookEvents`, checked against this list); the names live here so that the HTTP
 * API can name events (a webhook subscription) without importing the payloads.
 */
export const WebhookEventName = z.enum([
  'payment.succeeded', 'payment.refunded', 'consent.revoked', 'app.version.approved', 'app.version.rejected', 'app.suspended', 'app.reinstated',
  'webhook.test',
]);
/** The name of a webhook event. */
export type WebhookEventName = z.infer<typeof WebhookEventName>;

/** The event a partner asks for to try its endpoint: sent only when asked, whatever the subscription. */
export const WEBHOOK_TEST_EVENT = 'webhook.test' satisfies WebhookEventName;

/** An event type an app can subscribe to: every one but `webhook.test`. */
export type SubscribableEventType = Exclude<WebhookEventName, typeof WEBHOOK_TEST_EVENT>;

/** The event types an app can subscribe to, in the order of the event list. */
export const subscribableEventTypes = WebhookEventName.options.filter((type): type is SubscribableEventType => type !== WEBHOOK_TEST_EVENT);

/** One subscribable event type. */
export const SubscribableEventType = z.enum(subscribableEventTypes as [SubscribableEventType, ...SubscribableEventType[]]);
