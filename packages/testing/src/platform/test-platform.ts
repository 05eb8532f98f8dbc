import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createWebhookSecret } from '@citadel/node';
import { Manifest } from '@citadel/protocol';
import { routePath, type PartnerApp } from '@citadel/protocol/api';
import { signIdToken } from './id-token.js';
import { createEventLog } from './event-log.js';
import { createJwsSigner } from './jws-signer.js';
import { createNotificationDesk } from './notification-desk.js';
import { createOrderBook } from './order-book.js';
import { partnerApi } from './partner-api.js';
import { signReceipt } from './receipt.js';
import { PlatformRefusal } from './refusal.js';
import type { PartnerRouteName, TestPlatform, TestPlatformOptions } from './types.js';
import { postWebhook, signedWebhook, type WebhookEventInput } from './webhook-delivery.js';

/** The platform's notification quota per citizen and day (docs/notify-your-users.md). */
const DEFAULT_NOTIFICATION_QUOTA = 3;

/** The manifest given, checked with the platform's schema: a wrong one is the test's mistake, named at once. */
function manifestOf(value: unknown): Manifest | undefined {
  if (value === undefined) return undefined;
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) throw new TypeError(`createTestPlatform: the manifest does not fit the schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * Starts an in-process Citadel platform on a free loopback port, for a partner backend's tests: it publishes a
 * signing key at `/.well-known/jwks.json` and signs identity tokens (`signIdToken`) and receipts with it, signs
 * webhooks with `@citadel/node`'s `signWebhook`, and serves the partner API (orders, refunds, notifications, the
 * webhook URL, the event feed of `citadel webhooks listen`) from the route table of `@citadel/protocol/api`, recording
 * what it was sent. The same contract suite
 * runs against it and the real server, so the two answer alike. `close()` it after the tests.
 *
 * @example
 * const platform = await createTestPlatform({ appId: 'kitchen-sink' });
 * const token = platform.signIdToken({ sub: 'pw-7c1e', nonce });
 * const claims = await verifyIdToken(token, { appId: 'kitchen-sink', issuer: platform.url, nonce });
 */
export async function createTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const manifest = manifestOf(options.manifest);
  const appId = options.appId ?? manifest?.id ?? 'test-app';
  const credentials = {
    clientId: options.credentials?.clientId ?? `${appId}-test`,
    clientSecret: options.credentials?.clientSecret ?? `cs_${randomBytes(16).toString('hex')}`,
    webhookSecret: options.credentials?.webhookSecret ?? createWebhookSecret(),
  };
  let webhookSecret = credentials.webhookSecret;
  let webhookUrl = options.webhookUrl;
  const signer = createJwsSigner();
  const clock = options.now ?? (() => new Date());
  const orders = createOrderBook(clock);
  const notifications = createNotificationDesk(manifest, options.notificationQuota ?? DEFAULT_NOTIFICATION_QUOTA, clock);
  const scripted = new Map<PartnerRouteName, PlatformRefusal>();
  const app: PartnerApp = { id: appId, status: 'active', suspension: null, name: manifest?.name ?? { vi: appId, en: appId } };

  const events = createEventLog();
  /** Records `event` for `GET /events`, and sends it, under the same id, to the webhook URL when one is set. */
  const sendWebhook = (event: WebhookEventInput) => {
    const { id, timestamp } = events.record(event);
    return webhookUrl ? postWebhook(webhookUrl, signedWebhook(webhookSecret, { ...event, timestamp }, { id })) : Promise.resolve(undefined);
  };

  const server = new Hono();
  server.onError((error, c) => {
    if (!(error instanceof PlatformRefusal)) throw error;
    const retryAfter = error.extra['retryAfterSeconds'];
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    return c.json({ ...error.extra, code: error.code, message: error.message }, error.status);
  });
  server.notFound((c) => c.json({ code: 'NOT_FOUND', message: 'The test platform does not serve this path' }, 404));
  server.get('/.well-known/jwks.json', (c) => c.json(signer.jwks));
  server.route(routePath({ audience: 'partner', path: '' }), partnerApi({
    app: () => app,
    credentials: () => credentials,
    orders,
    notifications,
    events,
    scripted: (route) => {
      const refusal = scripted.get(route);
      scripted.delete(route);
      return refusal;
    },
    setWebhook: (url) => {
      webhookUrl = url;
      webhookSecret = createWebhookSecret();
      return webhookSecret;
    },
    refunded: async (data) => void (await sendWebhook({ type: 'payment.refunded', data })),
  }));

  const listening = await new Promise<{ close(): Promise<void>; port: number }>((resolve, reject) => {
    const node = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({
      port: info.port,
      close: () => new Promise<void>((done) => {
        events.close();
        node.close(() => done());
        (node as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
    }));
    node.once('error', reject);
  });
  const url = `http://127.0.0.1:${listening.port}`;

  return {
    url,
    jwksUrl: `${url}/.well-known/jwks.json`,
    appId,
    credentials,
    get webhookSecret() {
      return webhookSecret;
    },
    get webhookUrl() {
      return webhookUrl;
    },
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    signIdToken: (tokenOptions) => signIdToken(signer, url, appId, tokenOptions),
    signWebhook: (event, signOptions) => signedWebhook(webhookSecret, event, signOptions),
    async deliverWebhook(event, deliverOptions = {}) {
      const target = deliverOptions.url ?? webhookUrl;
      if (!target) throw new TypeError('deliverWebhook: no url given and no webhook URL set');
      return postWebhook(target, signedWebhook(webhookSecret, event, deliverOptions));
    },
    orders: orders.recorded,
    refunds: orders.refunds,
    notifications: notifications.recorded,
    async markPaid(orderId, payOptions = {}) {
      const event = orders.pay(orderId, payOptions.sub ?? 'pw-test-citizen');
      const result = { status: 'succeeded' as const, paymentId: event.paymentId, receipt: signReceipt(signer, url, appId, event) };
      return { result, event, delivery: await sendWebhook({ type: 'payment.succeeded', data: event }) };
    },
    grantNotifications: notifications.grant,
    revokeNotifications: notifications.revoke,
    muteTopic: notifications.mute,
    setNotificationQuota: notifications.setQuota,
    refuseNext(route, refusal) {
      scripted.set(route, new PlatformRefusal(refusal.status, refusal.code, refusal.message ?? `Scripted ${refusal.code} from the test platform`, refusal.extra));
    },
    close: listening.close,
  };
}
