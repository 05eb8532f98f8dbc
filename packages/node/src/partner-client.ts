import { idempotencyKey, pathSegment, type IdempotencyOptions } from './call-arguments.js';
import { parseNotificationAnswer, parseSendAnswer, type Notification, type SendNotificationInput, type SendNotificationResult } from './notification.js';
import { parseOrderAnswer, type CreateOrderInput, type Order } from './order.js';
import { parsePartnerApp, type PartnerApp } from './partner-app.js';
import { createPartnerRequest } from './partner-request.js';
import { parseRefundAnswer, type Refund, type RefundInput } from './refund.js';
import { parsePlatformOrigin } from './secure-url.js';
import { parseDeliveryAnswer, parseDeliveryList, WEBHOOK_DELIVERY_STATUSES, type WebhookDelivery, type WebhookDeliveryStatus } from './webhook-delivery.js';
import { parseWebhookEndpoint, type WebhookEndpoint } from './webhook-endpoint.js';

/** Options of `createPartnerClient`. */
export interface PartnerClientOptions {
  /**
   * The platform origin, such as `https://hue-s.example.vn`. Required. Must be `https:`; `http:`
   * is accepted only for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]` (development).
   */
  readonly platformUrl: string;
  /** Your app's client id. Required. */
  readonly clientId: string;
  /** Your app's client secret. Required. Server-side only: never ship it to a browser or a mini-app. */
  readonly clientSecret: string;
  /** The `fetch` to call the platform with. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** How long one call may take, headers and body, in milliseconds. Default: 10 000. */
  readonly timeoutMs?: number;
}

/** Your orders: create, read, cancel, refund. */
export interface PartnerOrders {
  /** Creates an order for the citizen to pay: `POST /api/partner/v1/orders`. Resolves with the order (a replay with the same key resolves with the same order). */
  create(input: CreateOrderInput, options: IdempotencyOptions): Promise<Order>;
  /** One of your orders: `GET /api/partner/v1/orders/:id`; `NOT_FOUND` for an unknown id or another app's order. */
  get(orderId: string): Promise<Order>;
  /**
   * Cancels an unpaid order, so the citizen can no longer pay it: `POST /api/partner/v1/orders/:id/cancel`.
   * Resolves with the order, `status: 'cancelled'`; cancelling it again resolves the same. Rejects
   * with `ALREADY_PAID` when the citizen paid first: refund it instead.
   */
  cancel(orderId: string): Promise<Order>;
  /**
   * Refunds all or part of a paid order: `POST /api/partner/v1/orders/:id/refunds`. Rejects with
   * `ORDER_NOT_PAID`, or `REFUND_EXCEEDS_PAYMENT` with `data.refundable`.
   */
  refund(orderId: string, input: RefundInput, options: IdempotencyOptions): Promise<Refund>;
}

/** Notifications to the citizens who allowed your app to notify them. */
export interface PartnerNotifications {
  /**
   * Notifies one citizen: `POST /api/partner/v1/notifications`. Rejects with
   * `NOTIFICATIONS_NOT_GRANTED` (the citizen never allowed it, or withdrew it: stop sending),
   * `QUOTA_EXCEEDED` with `data.limit` and `data.resetAt` (a few a day per citizen), or
   * `INVALID_PARAMS` for a topic or path your manifest does not declare. A replay with the same
   * key resolves with the same notification.
   */
  send(input: SendNotificationInput, options: IdempotencyOptions): Promise<SendNotificationResult>;
  /** One of your notifications and its delivery state: `GET /api/partner/v1/notifications/:id`. */
  get(notificationId: string): Promise<Notification>;
}

/** Your webhook endpoint. */
export interface PartnerWebhookSettings {
  /**
   * Sets your webhook URL and issues a new signing secret, shown only in this answer:
   * `PUT /api/partner/v1/webhook`. Deliveries are signed with the new secret from then on.
   */
  set(url: string): Promise<WebhookEndpoint>;
}

/** Your webhook deliveries. */
export interface PartnerWebhooks {
  /** Your deliveries, newest first, at most 100, optionally of one status: `GET /api/partner/v1/webhooks?status=`. */
  list(filter?: { readonly status?: WebhookDeliveryStatus }): Promise<WebhookDelivery[]>;
  /** Puts a `failed` delivery back in the queue: `POST /api/partner/v1/webhooks/:id/retry`. */
  retry(deliveryId: string): Promise<WebhookDelivery>;
}

/**
 * A typed client of the Citadel partner API. Every method rejects with `PartnerApiError`
 * (`code` is the platform's error code), or with `TypeError` for an argument it cannot send.
 */
export interface PartnerClient {
  /** The app your credentials belong to: `GET /api/partner/v1/app`. */
  getApp(): Promise<PartnerApp>;
  readonly orders: PartnerOrders;
  readonly notifications: PartnerNotifications;
  readonly webhook: PartnerWebhookSettings;
  readonly webhooks: PartnerWebhooks;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function basicAuthorization(clientId: string, clientSecret: string): string {
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId is required');
  // RFC 7617: the user id of Basic credentials cannot contain a colon.
  if (clientId.includes(':')) throw new TypeError('clientId must not contain ":"');
  if (typeof clientSecret !== 'string' || clientSecret === '') throw new TypeError('clientSecret is required');
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')}`;
}

function statusQuery(filter: { readonly status?: WebhookDeliveryStatus } | undefined): string {
  const status = filter?.status;
  if (status === undefined) return '';
  if (!WEBHOOK_DELIVERY_STATUSES.includes(status)) throw new TypeError(`status must be one of ${WEBHOOK_DELIVERY_STATUSES.join(', ')}`);
  return `?status=${status}`;
}

/**
 * Creates a client of the partner API, authenticated with HTTP Basic (client id and secret).
 * Throws `TypeError` at once on bad options; its methods only ever reject.
 *
 * @example
 * const citadel = createPartnerClient({ platformUrl: 'https://hue-s.example.vn', clientId, clientSecret });
 * const order = await citadel.orders.create(
 *   { amount: 150_000, description: 'Hóa đơn nước tháng 6', reference: 'INV-2025-06-0042' },
 *   { idempotencyKey: 'INV-2025-06-0042' },
 * );
 */
export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  const origin = parsePlatformOrigin(options.platformUrl, 'platformUrl');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new TypeError('timeoutMs must be a positive whole number');
  const request = createPartnerRequest({
    base: new URL('/api/partner/v1/', origin),
    authorization: basicAuthorization(options.clientId, options.clientSecret),
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs,
  });
  // Each method is async, so a `TypeError` from checking an argument is a rejection, never a throw.
  return Object.freeze({
    getApp: () => request({ method: 'GET', path: 'app', parse: parsePartnerApp }),
    orders: Object.freeze({
      create: async (input: CreateOrderInput, call: IdempotencyOptions) =>
        request({ method: 'POST', path: 'orders', body: input, idempotencyKey: idempotencyKey(call), parse: parseOrderAnswer }),
      get: async (orderId: string) =>
        request({ method: 'GET', path: `orders/${pathSegment(orderId, 'orderId')}`, parse: parseOrderAnswer }),
      cancel: async (orderId: string) =>
        request({ method: 'POST', path: `orders/${pathSegment(orderId, 'orderId')}/cancel`, parse: parseOrderAnswer }),
      refund: async (orderId: string, input: RefundInput, call: IdempotencyOptions) =>
        request({ method: 'POST', path: `orders/${pathSegment(orderId, 'orderId')}/refunds`, body: input, idempotencyKey: idempotencyKey(call), parse: parseRefundAnswer }),
    }),
    notifications: Object.freeze({
      send: async (input: SendNotificationInput, call: IdempotencyOptions) =>
        request({ method: 'POST', path: 'notifications', body: input, idempotencyKey: idempotencyKey(call), parse: parseSendAnswer }),
      get: async (notificationId: string) =>
        request({ method: 'GET', path: `notifications/${pathSegment(notificationId, 'notificationId')}`, parse: parseNotificationAnswer }),
    }),
    webhook: Object.freeze({
      set: async (url: string) => {
        if (typeof url !== 'string' || url === '') throw new TypeError('url must be your webhook URL');
        return request({ method: 'PUT', path: 'webhook', body: { url }, parse: parseWebhookEndpoint });
      },
    }),
    webhooks: Object.freeze({
      list: async (filter?: { readonly status?: WebhookDeliveryStatus }) =>
        request({ method: 'GET', path: `webhooks${statusQuery(filter)}`, parse: parseDeliveryList }),
      retry: async (deliveryId: string) =>
        request({ method: 'POST', path: `webhooks/${pathSegment(deliveryId, 'deliveryId')}/retry`, parse: parseDeliveryAnswer }),
    }),
  });
}
