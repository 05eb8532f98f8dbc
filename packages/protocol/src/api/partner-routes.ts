import { PartnerApp } from './partner-app.js';
import { WebhookEventsAnswer, WebhookEventsQuery } from './partner-events.js';
import { NotificationAnswer, NotificationPath, SendAnswer, SendBody } from './partner-notifications.js';
import { CreateOrderBody, OrderAnswer, PartnerOrderPath, RefundAnswer, RefundBody } from './partner-orders.js';
import {
  DeliveriesAnswer, DeliveriesQuery, DeliveryAnswer, DeliveryPath, WebhookAnswer, WebhookBody,
} from './partner-webhooks.js';
import type { ApiRoute } from './route.js';

/** The partner API under `/api/partner/v1`, authenticated by HTTP Basic with the app's client id and secret. */
export const partnerRoutes = {
  app: { method: 'get', path: '/app', audience: 'partner', summary: 'The app these credentials belong to.', responses: { 200: PartnerApp } },
  createOrder: {
    method: 'post', path: '/orders', audience: 'partner', summary: 'Creates an order for the citizen to pay; a retry with the same key answers the same order.',
    idempotency: 'required', body: CreateOrderBody, responses: { 201: OrderAnswer, 200: OrderAnswer },
  },
  order: { method: 'get', path: '/orders/:id', audience: 'partner', summary: 'One of the app\'s orders.', params: PartnerOrderPath, responses: { 200: OrderAnswer } },
  cancelOrder: {
    method: 'post', path: '/orders/:id/cancel', audience: 'partner',
    summary: 'Cancels an unpaid order, so it can no longer be paid; cancelling it again answers the same order.',
    params: PartnerOrderPath, responses: { 200: OrderAnswer },
  },
  refund: {
    method: 'post', path: '/orders/:id/refunds', audience: 'partner', summary: 'Refunds all or part of a paid order.',
    idempotency: 'required', params: PartnerOrderPath, body: RefundBody, responses: { 201: RefundAnswer, 200: RefundAnswer },
  },
  notify: {
    method: 'post', path: '/notifications', audience: 'partner', summary: 'Notifies a citizen who allowed it, within the daily quota.',
    idempotency: 'required', body: SendBody, responses: { 201: SendAnswer, 200: SendAnswer },
  },
  notification: {
    method: 'get', path: '/notifications/:id', audience: 'partner', summary: 'One notification the app sent, and where it is.',
    params: NotificationPath, responses: { 200: NotificationAnswer },
  },
  setWebhook: {
    method: 'put', path: '/webhook', audience: 'partner', summary: 'Sets the webhook URL; answers a new signing secret.',
    body: WebhookBody, responses: { 200: WebhookAnswer },
  },
  deliveries: {
    method: 'get', path: '/webhooks', audience: 'partner', summary: 'The app\'s newest webhook deliveries, optionally of one status.',
    query: DeliveriesQuery, responses: { 200: DeliveriesAnswer },
  },
  retryDelivery: {
    method: 'post', path: '/webhooks/:id/retry', audience: 'partner', summary: 'Sends a delivery again now.',
    params: DeliveryPath, responses: { 200: DeliveryAnswer },
  },
  eventFeed: {
    method: 'get', path: '/events', audience: 'partner',
    summary: 'The app\'s webhook events after a cursor, as they are delivered, waiting up to `wait` seconds for one; whether or not a webhook URL is set.',
    query: WebhookEventsQuery, responses: { 200: WebhookEventsAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
