import type { PartnerCredentials } from '@citadel/node';
import type { MethodResult } from '@citadel/protocol';
import type { ServerErrorCode, partnerRoutes } from '@citadel/protocol/api';
import type { PaymentSucceededData } from '@citadel/protocol/webhooks';
import type { SignIdTokenOptions } from './id-token.js';
import type { RecordedNotification } from './notification-desk.js';
import type { RecordedOrder, RecordedRefund } from './order-book.js';
import type { SignWebhookOptions, SignedWebhook, WebhookAnswer, WebhookEventInput } from './webhook-delivery.js';

/** A partner route's name in `partnerRoutes` of `@citadel/protocol/api`: `createOrder`, `notify`… */
export type PartnerRouteName = keyof typeof partnerRoutes;

/** Options of `createTestPlatform`. */
export interface TestPlatformOptions {
  /** The app the platform serves: the `aud` of its tokens. Default: `manifest.id`, else `'test-app'`. */
  readonly appId?: string;
  /**
   * The app's manifest (your `manifest.json`, parsed): notifications are checked against its topics and deep links
   * as the platform checks them. Without it, any topic and path are accepted. A manifest the schema refuses throws.
   */
  readonly manifest?: unknown;
  /** The partner credentials your backend is given. Default: new random ones, with a new `whsec_…` secret. */
  readonly credentials?: Partial<PartnerCredentials>;
  /** Where payment and refund webhooks go until `PUT /webhook` sets another URL. Default: nowhere. */
  readonly webhookUrl?: string;
  /** Notifications the app may send one citizen per Vietnam day. Default 3, the platform's. */
  readonly notificationQuota?: number;
  /**
   * The partner API's clock: orders' payment windows, payment and refund times, the quota's day and its `resetAt`.
   * Give your backend's test clock, so a quota resets when your backend thinks it does. Default: the real time.
   * Tokens and webhook signatures always carry the real time, which `verifyIdToken` and `verifyWebhook` check.
   */
  readonly now?: () => Date;
}

/** What the partner API answers when `refuseNext` scripts a refusal: the platform's error body. */
export interface ScriptedRefusal {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503;
  readonly code: ServerErrorCode;
  /** Default: `Scripted <code> from the test platform`. */
  readonly message?: string;
  /** More members of the error body, such as `limit`. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** An order `markPaid` paid. */
export interface PaidOrder {
  /** What `payments.pay` resolves with in the mini-app, with a receipt `verifyReceipt` accepts: give it to a mock host's handler. */
  readonly result: MethodResult<'payments.pay'>;
  /** The `data` of the `payment.succeeded` webhook. */
  readonly event: PaymentSucceededData;
  /** Your backend's answer to that webhook; undefined when no webhook URL is set. */
  readonly delivery: WebhookAnswer | undefined;
}

/** An in-process Citadel platform for a partner backend's tests, on a free loopback port. */
export interface TestPlatform {
  /** `http://127.0.0.1:<port>`: the issuer of its tokens and the platform URL of the partner API (`platformUrl`). */
  readonly url: string;
  /** Where its signing key is published: `${url}/.well-known/jwks.json`. */
  readonly jwksUrl: string;
  /** The app it serves. */
  readonly appId: string;
  /** The partner credentials it accepts, and the webhook secret it signs with until `PUT /webhook` issues another. */
  readonly credentials: PartnerCredentials;
  /** The webhook secret it signs with now. */
  readonly webhookSecret: string;
  /** Where it sends webhooks now; undefined before a URL is set. */
  readonly webhookUrl: string | undefined;
  /** Sends webhooks to `url` from now on, signed with the same secret, as when the URL is set in the developer console. */
  setWebhookUrl(url: string): void;
  /** An identity token `verifyIdToken` accepts with `{ appId, issuer: url }` (and the nonce, when you pass one). */
  signIdToken(options?: SignIdTokenOptions): string;
  /** A delivery of `event` that `verifyWebhook` accepts with the webhook secret: `{ id, body, headers }`. */
  signWebhook(event: WebhookEventInput, options?: SignWebhookOptions): SignedWebhook;
  /** Signs `event` and posts it to `url` (default: the webhook URL); resolves with your backend's answer. */
  deliverWebhook(event: WebhookEventInput, options?: SignWebhookOptions & { readonly url?: string }): Promise<WebhookAnswer>;
  /** Every order the partner API created, oldest first, each as it is now. */
  readonly orders: readonly RecordedOrder[];
  /** Every refund the partner API made, oldest first. */
  readonly refunds: readonly RecordedRefund[];
  /** Every notification the partner API accepted, oldest first. */
  readonly notifications: readonly RecordedNotification[];
  /**
   * Pays an open order as citizen `sub` (default `'pw-test-citizen'`), then sends the signed `payment.succeeded` to
   * the webhook URL, when one is set, and waits for the answer. Rejects for an order that is not open.
   */
  markPaid(orderId: string, options?: { readonly sub?: string }): Promise<PaidOrder>;
  /** Lets the app notify citizen `sub`; without it, a send to them is `403 NOTIFICATIONS_NOT_GRANTED`. */
  grantNotifications(sub: string): void;
  /** Withdraws that. */
  revokeNotifications(sub: string): void;
  /** The citizen muted `topic`: a send of it answers `{ muted: true }`, storing nothing. */
  muteTopic(sub: string, topic: string): void;
  /** Changes the per-citizen daily quota from now on. */
  setNotificationQuota(limit: number): void;
  /** Answers the next call of `route` (`createOrder`, `notify`…) with `refusal`, once, after its request was read. */
  refuseNext(route: PartnerRouteName, refusal: ScriptedRefusal): void;
  /** Stops listening. */
  close(): Promise<void>;
}
