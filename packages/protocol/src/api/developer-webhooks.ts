import * as z from 'zod/mini';
import { AppId } from '../manifest.js';
import { IsoTime } from './common.js';
import { Delivery, MAX_WEBHOOK_URL_LENGTH } from './partner-webhooks.js';
import { SubscribableEventType } from './webhook-event-types.js';

/**
 * The self-service webhook limits (docs/credentials-and-webhooks.md): a rotated-out signing secret keeps signing for
 * one day beside the new one; an app may ask for 20 test events an hour; a delivery shows its latest 50 attempts.
 */
export const WEBHOOK_LIMITS = { secretOverlapSeconds: 86_400, testsPerHour: 20, attemptsShown: 50 } as const;

/** An app's webhook endpoint, never its secrets. */
export const WebhookEndpoint = z.object({
  /** Where deliveries go; `null` until set. */
  url: z.nullable(z.string()),
  /** The event types delivered; an app that never chose gets every one. `webhook.test` is sent whenever asked. */
  events: z.array(SubscribableEventType),
  /** During a secret rotation's overlap, when the previous secret stops signing; `null` otherwise. */
  previousSecretExpiresAt: z.nullable(IsoTime),
});
/** An app's webhook endpoint. */
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;
/** The app's webhook endpoint. */
export const WebhookEndpointAnswer = z.object({ endpoint: WebhookEndpoint });

/** `PUT …/apps/:appId/webhook`: the URL and the subscribed event types. The signing secret stays as it is. */
export const SetWebhookEndpointBody = z.strictObject({
  url: z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH)),
  events: z.array(SubscribableEventType).check(z.maxLength(32)),
});
/** The endpoint, and its first signing secret when this call made one (the app had none): shown only here. */
export const SetWebhookEndpointAnswer = z.object({ endpoint: WebhookEndpoint, secret: z.nullable(z.string()) });
/** The endpoint after a rotation, and the new signing secret (`whsec_…`), shown only here. */
export const RotatedWebhookSecretAnswer = z.object({ endpoint: WebhookEndpoint, secret: z.string() });

/** One attempt at a delivery: when, the answer's status code or why there was none, and how long it took. */
export const DeliveryAttempt = z.object({
  at: IsoTime,
  /** The HTTP status your endpoint answered; `null` when there was no answer. */
  statusCode: z.nullable(z.int()),
  /** Why there was no answer (`TIMEOUT`, `CONNECTION_FAILED`, `TLS_FAILED`, `DNS_FAILED`, `ADDRESS_REFUSED`, `URL_REFUSED`); `null` when there was one. */
  error: z.nullable(z.string()),
  /** From the request's start to the answer's status line (or the failure), in milliseconds. */
  latencyMs: z.int().check(z.minimum(0)),
});
/** One attempt at a delivery. */
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

/** A delivery with its attempts, newest first. */
export const LoggedDelivery = z.extend(Delivery, { log: z.array(DeliveryAttempt) });
/** A delivery of the log. */
export type LoggedDelivery = z.infer<typeof LoggedDelivery>;
/** The delivery log: the newest deliveries, at most 100. */
export const DeliveryLogAnswer = z.object({ deliveries: z.array(LoggedDelivery) });
/** One delivery of the log. */
export const LoggedDeliveryAnswer = z.object({ delivery: LoggedDelivery });
/** A path naming one delivery of an app. */
export const AppDeliveryPath = z.object({ appId: AppId, id: z.string().check(z.maxLength(64)) });
