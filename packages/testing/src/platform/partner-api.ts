import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isLoopbackHost } from '@citadel/protocol';
import { EVENT_FEED_LIMITS, partnerRoutes as routes, type PartnerApp } from '@citadel/protocol/api';
import type { PartnerCredentials } from '@citadel/node';
import type { PaymentRefundedData } from '@citadel/protocol/webhooks';
import type { EventLog } from './event-log.js';
import type { NotificationDesk } from './notification-desk.js';
import type { OrderBook } from './order-book.js';
import { PlatformRefusal, noSuchOrder } from './refusal.js';
import { bodyOf, idempotencyKeyOf, parseOrRefuse } from './request-body.js';
import type { PartnerRouteName } from './types.js';

/** What the partner API of the test platform works on. */
export interface PartnerApiState {
  readonly app: () => PartnerApp;
  readonly credentials: () => PartnerCredentials;
  readonly orders: OrderBook;
  readonly notifications: NotificationDesk;
  /** Every webhook event sent, or that would have been with no URL set: `GET /events`. */
  readonly events: EventLog;
  /** A refusal the test scripted for the next call of `route`, taken once. */
  readonly scripted: (route: PartnerRouteName) => PlatformRefusal | undefined;
  /** `PUT /webhook`: stores the URL and answers a new signing secret. */
  readonly setWebhook: (url: string) => string;
  /** A refund was made: send its `payment.refunded`. */
  readonly refunded: (event: PaymentRefundedData) => Promise<void>;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The client id and secret of an HTTP Basic `Authorization` header, or undefined. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const [scheme, encoded] = (header ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'basic' || !encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) } : undefined;
}

/** A path parameter as the route declares it; a value it refuses names nothing, so it is that route's 404. */
function idOf(c: Context, schema: typeof routes.order.params, notFound: () => PlatformRefusal): string {
  const parsed = schema.safeParse({ id: c.req.param('id') });
  if (!parsed.success) throw notFound();
  return parsed.data.id;
}

/** An `https:` URL, or plain `http:` to loopback, as a development platform takes a webhook URL. */
function webhookUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PlatformRefusal(400, 'INVALID_WEBHOOK_URL', 'The webhook URL is not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new PlatformRefusal(400, 'INVALID_WEBHOOK_URL', 'The webhook URL must be https: (http: only to loopback, in development)');
  }
  return url.href;
}

/**
 * The partner API under `/api/partner/v1`, as the platform serves it from the route table of
 * `@citadel/protocol/api`: HTTP Basic with the app's credentials (`401 UNAUTHENTICATED`), each body read and checked
 * with the route's schema, each answer the route's. The webhook delivery log (`GET /webhooks`, its retry) is not kept;
 * the events are (`GET /events`, long-polled as the platform does).
 */
export function partnerApi(state: PartnerApiState): Hono {
  const api = new Hono();
  const noSuchNotification = () => new PlatformRefusal(404, 'NOT_FOUND', 'No such notification of this app');
  api.use('*', async (c, next) => {
    const given = basicCredentials(c.req.header('authorization'));
    const { clientId, clientSecret } = state.credentials();
    if (!given || !same(given.id, clientId) || !same(given.secret, clientSecret)) {
      c.header('WWW-Authenticate', 'Basic realm="citadel-partner"');
      throw new PlatformRefusal(401, 'UNAUTHENTICATED', 'Unknown, wrong or expired partner credentials');
    }
    await next();
  });
  const refuseIfScripted = (route: PartnerRouteName) => {
    const refusal = state.scripted(route);
    if (refusal) throw refusal;
  };
  const replayed = (c: Context, status: ContentfulStatusCode, body: object, wasReplayed: boolean) => {
    if (wasReplayed) c.header('Idempotent-Replayed', 'true');
    return c.json(body, wasReplayed ? 200 : status);
  };

  api.get(routes.app.path, (c) => (refuseIfScripted('app'), c.json(state.app())));
  api.post(routes.createOrder.path, async (c) => {
    const key = idempotencyKeyOf(c);
    const body = await bodyOf(c, routes.createOrder);
    refuseIfScripted('createOrder');
    const { order, replayed: again } = state.orders.create(key, body);
    return replayed(c, 201, { order }, again);
  });
  api.get(routes.order.path, (c) => {
    const id = idOf(c, routes.order.params, noSuchOrder);
    refuseIfScripted('order');
    return c.json({ order: state.orders.get(id) });
  });
  api.post(routes.cancelOrder.path, (c) => {
    const id = idOf(c, routes.cancelOrder.params, noSuchOrder);
    refuseIfScripted('cancelOrder');
    return c.json({ order: state.orders.cancel(id) });
  });
  api.post(routes.refund.path, async (c) => {
    const id = idOf(c, routes.refund.params, noSuchOrder);
    const key = idempotencyKeyOf(c);
    const body = await bodyOf(c, routes.refund);
    refuseIfScripted('refund');
    const made = state.orders.refund(id, key, body);
    if (made.event) await state.refunded(made.event);
    return replayed(c, 201, { refund: made.refund }, made.replayed);
  });
  api.post(routes.notify.path, async (c) => {
    const key = idempotencyKeyOf(c);
    const body = await bodyOf(c, routes.notify);
    refuseIfScripted('notify');
    const sent = state.notifications.send(key, body);
    // A muted topic stores nothing: `200`, and a retry is judged afresh.
    if (sent.answer.muted) return c.json(sent.answer, 200);
    return replayed(c, 201, sent.answer, sent.replayed);
  });
  api.get(routes.notification.path, (c) => {
    const id = idOf(c, routes.notification.params, noSuchNotification);
    refuseIfScripted('notification');
    const notification = state.notifications.get(id);
    if (!notification) throw noSuchNotification();
    return c.json({ notification });
  });
  api.put(routes.setWebhook.path, async (c) => {
    const { url } = await bodyOf(c, routes.setWebhook);
    refuseIfScripted('setWebhook');
    const href = webhookUrlOf(url);
    c.header('Cache-Control', 'no-store');
    return c.json({ url: href, secret: state.setWebhook(href) });
  });
  api.get(routes.eventFeed.path, async (c) => {
    const { after, wait = 0, limit = EVENT_FEED_LIMITS.defaultPageSize } = parseOrRefuse(routes.eventFeed.query, c.req.query());
    refuseIfScripted('eventFeed');
    const seen = state.events.start(after);
    let page = state.events.page(seen, limit);
    if (page.events.length === 0 && wait > 0) {
      await state.events.wait(wait * 1000);
      page = state.events.page(seen, limit);
    }
    c.header('Cache-Control', 'no-store');
    return c.json(page);
  });
  return api;
}
