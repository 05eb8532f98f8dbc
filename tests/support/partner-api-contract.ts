import { randomUUID } from 'node:crypto';
import { createPartnerClient, isPartnerApiError, verifyIdToken, verifyWebhook, type PartnerClient } from '@citadel/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testManifest } from './test-manifest.js';
import { startReceiver } from './webhook-receiver.js';

/**
 * One implementation of the platform a partner backend talks to: the real server (`packages/server`) or
 * `createTestPlatform()` of `@citadel/testing`. The contract below runs against each, so the two cannot drift.
 */
export interface ContractPlatform {
  /** The platform's origin: the partner API's `platformUrl` and the identity tokens' issuer. */
  readonly url: string;
  readonly appId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** A new citizen who allowed the app's identity and notifications: an identity token they got with `nonce`, and their `sub`. */
  citizen(nonce: string): Promise<{ readonly token: string; readonly sub: string }>;
  /** Pays an open order as a citizen, as the host's payment sheet does. */
  pay(orderId: string): Promise<void>;
  close(): Promise<void>;
}

/** The contract's app: identity, payments and notifications, a `status` topic, deep links under `/reports/`. */
export const contractManifest = (id: string) => ({
  ...testManifest(id, ['identity', 'payments', 'notifications']),
  notifications: { topics: [{ id: 'status', name: { vi: 'Trạng thái', en: 'Status' } }], deepLinks: ['/reports/'] },
});

/** The contract's notification quota per citizen and day: both platforms are started with it. */
export const CONTRACT_NOTIFICATION_QUOTA = 3;

/** The error a call rejected with, as `{ status, code, data }`. */
const refusal = (promise: Promise<unknown>) => promise.then(
  () => ({ status: 200, code: 'ACCEPTED', data: undefined }),
  (error: unknown) => {
    if (!isPartnerApiError(error)) throw error;
    return { status: error.status, code: error.code, data: error.data as Record<string, any> | undefined };
  },
);

/**
 * The partner API and tokens as a partner backend meets them, through `@citadel/node`: the same answers, statuses,
 * headers and refusals from `start()`'s platform, whichever it is.
 */
export function partnerApiContract(name: string, start: () => Promise<ContractPlatform>) {
  describe(`the partner platform contract: ${name}`, () => {
    let platform: ContractPlatform;
    let citadel: PartnerClient;
    let inbox: Awaited<ReturnType<typeof startReceiver>>;
    let webhookSecret: string;
    /** A raw call, for what the client hides: statuses and headers. */
    const raw = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(`${platform.url}/api/partner/v1${path}`, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${platform.clientId}:${platform.clientSecret}`).toString('base64')}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() as any };
    };
    const order = { amount: 150_000, description: 'Hóa đơn nước tháng 6', reference: 'INV-2025-06-0042' };
    const newOrder = () => citadel.orders.create({ ...order, reference: `INV-${randomUUID()}` }, { idempotencyKey: randomUUID() });
    const note = (to: string) => ({ to, topic: 'status', title: 'Phản ánh đã được tiếp nhận', body: 'Mã HUE-2026-00123', path: '/reports/HUE-2026-00123' });

    beforeAll(async () => {
      platform = await start();
      citadel = createPartnerClient({ platformUrl: platform.url, clientId: platform.clientId, clientSecret: platform.clientSecret });
      inbox = await startReceiver();
      webhookSecret = (await citadel.webhook.set(inbox.url)).secret;
    });
    afterAll(async () => {
      await platform?.close();
      await inbox?.close();
    });

    it('signs identity tokens that verifyIdToken accepts against its JWKS, with the claims and lifetime of an identity token', async () => {
      const { token, sub } = await platform.citizen('nonce-contract-1');
      const claims = await verifyIdToken(token, { appId: platform.appId, issuer: platform.url, nonce: 'nonce-contract-1' });
      expect(claims).toMatchObject({ iss: platform.url, aud: platform.appId, sub, nonce: 'nonce-contract-1' });
      expect(claims.exp - claims.iat).toBe(300);
      const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
      expect(header).toEqual({ alg: 'ES256', kid: expect.any(String), typ: 'citadel-id+jwt' });
      await expect(verifyIdToken(token, { appId: 'another-app', issuer: platform.url })).rejects.toMatchObject({ reason: 'WRONG_AUDIENCE' });
    });

    it('names the app of the credentials, and refuses others with 401 UNAUTHENTICATED', async () => {
      expect(await citadel.getApp()).toEqual({ id: platform.appId, status: 'active', suspension: null, name: { vi: `Ứng dụng ${platform.appId}`, en: `App ${platform.appId}` } });
      const stranger = createPartnerClient({ platformUrl: platform.url, clientId: platform.clientId, clientSecret: 'not-the-secret' });
      expect(await refusal(stranger.getApp())).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      const answer = await raw('GET', '/app', undefined, { authorization: 'Bearer x' });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Basic realm="citadel-partner"');
    });

    it('creates an order, reads it back, answers a replayed key with the same order and a reused one with 409', async () => {
      const created = await raw('POST', '/orders', order, { 'idempotency-key': 'contract-order-1' });
      expect(created.status).toBe(201);
      const made = created.body.order;
      expect(made).toEqual({
        id: expect.stringMatching(/^ord_[\w-]{22}$/), ...order, currency: 'VND', metadata: {}, status: 'open',
        expiresAt: expect.any(String), createdAt: expect.any(String), paidAt: null, cancelledAt: null, payment: null,
      });
      expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(900_000);
      expect(await citadel.orders.get(made.id)).toEqual(made);
      const again = await raw('POST', '/orders', order, { 'idempotency-key': 'contract-order-1' });
      expect(again).toMatchObject({ status: 200, body: { order: { id: made.id } } });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const reused = await raw('POST', '/orders', { ...order, amount: 1 }, { 'idempotency-key': 'contract-order-1' });
      expect(reused).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
      const withMetadata = await citadel.orders.create({ ...order, metadata: { table: '7' }, expiresInSeconds: 60 }, { idempotencyKey: 'contract-order-2' });
      expect(withMetadata).toMatchObject({ metadata: { table: '7' }, status: 'open' });
      expect(Date.parse(withMetadata.expiresAt) - Date.parse(withMetadata.createdAt)).toBe(60_000);
    });

    it('refuses a missing or bad key, a bad body and an unknown order with the typed error of each', async () => {
      expect(await raw('POST', '/orders', order)).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } });
      // The key is checked before the body is read.
      expect(await raw('POST', '/orders', { ...order, amount: 0 })).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } });
      expect(await raw('POST', '/orders', order, { 'idempotency-key': 'has space' })).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
      for (const [bad, path] of [[{ ...order, amount: 0 }, 'amount'], [{ ...order, amount: 10.5 }, 'amount'], [{ ...order, description: '' }, 'description'], [{ ...order, extra: 1 }, 'extra']] as const) {
        const answer = await raw('POST', '/orders', bad, { 'idempotency-key': randomUUID() });
        expect(answer, JSON.stringify(bad)).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [expect.objectContaining({ path })] } });
      }
      expect(await raw('POST', '/orders', '{"amount": 1, "__proto__": {}}', { 'idempotency-key': randomUUID() })).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
      expect(await raw('POST', '/orders', JSON.stringify(order), { 'idempotency-key': randomUUID(), 'content-type': 'text/plain' })).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
      expect(await raw('POST', '/orders', { ...order, description: 'x'.repeat(17_000) }, { 'idempotency-key': randomUUID() })).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', limit: 16_384 } });
      expect(await refusal(citadel.orders.get('ord_nothing_here'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(await raw('GET', `/orders/ord_${'x'.repeat(70)}`)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    });

    it('cancels an unpaid order once; a paid one is 409 ALREADY_PAID', async () => {
      const open = await newOrder();
      const cancelled = await citadel.orders.cancel(open.id);
      expect(cancelled).toMatchObject({ id: open.id, status: 'cancelled', cancelledAt: expect.any(String), payment: null });
      expect(await citadel.orders.cancel(open.id)).toEqual(cancelled);
      const paid = await newOrder();
      await platform.pay(paid.id);
      expect(await refusal(citadel.orders.cancel(paid.id))).toMatchObject({ status: 409, code: 'ALREADY_PAID', data: { paymentId: expect.stringMatching(/^pay_/) } });
    });

    it('shows a paid order with its payment, and sends the signed payment.succeeded that verifyWebhook accepts', async () => {
      const made = await newOrder();
      await platform.pay(made.id);
      const paid = await citadel.orders.get(made.id);
      expect(paid).toMatchObject({ status: 'paid', paidAt: expect.any(String), payment: { id: expect.stringMatching(/^pay_/), amount: 150_000, refunded: 0 } });
      const delivery = await inbox.next((body) => body.type === 'payment.succeeded' && body.data['orderId'] === made.id);
      const event = await verifyWebhook({ secret: webhookSecret, headers: delivery.headers, body: delivery.body });
      expect(event).toMatchObject({
        type: 'payment.succeeded',
        data: { orderId: made.id, paymentId: paid.payment!.id, amount: 150_000, currency: 'VND', reference: made.reference, metadata: {}, sub: expect.any(String) },
      });
    });

    it('refunds only a payment, idempotently, never beyond it, each refund a signed payment.refunded', async () => {
      const made = await newOrder();
      expect(await refusal(citadel.orders.refund(made.id, { amount: 1 }, { idempotencyKey: 'r-unpaid' }))).toMatchObject({ status: 409, code: 'ORDER_NOT_PAID' });
      await platform.pay(made.id);
      const first = await raw('POST', `/orders/${made.id}/refunds`, { amount: 50_000, reason: 'Tính sai chỉ số' }, { 'idempotency-key': 'r-1' });
      expect(first).toMatchObject({ status: 201, body: { refund: { id: expect.stringMatching(/^ref_/), orderId: made.id, amount: 50_000, reason: 'Tính sai chỉ số' } } });
      const replay = await raw('POST', `/orders/${made.id}/refunds`, { amount: 50_000, reason: 'Tính sai chỉ số' }, { 'idempotency-key': 'r-1' });
      expect(replay).toMatchObject({ status: 200, body: { refund: { id: first.body.refund.id } } });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await refusal(citadel.orders.refund(made.id, { amount: 60_000 }, { idempotencyKey: 'r-1' }))).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await refusal(citadel.orders.refund(made.id, { amount: 100_001 }, { idempotencyKey: 'r-2' }))).toMatchObject({ status: 409, code: 'REFUND_EXCEEDS_PAYMENT', data: { refundable: 100_000 } });
      expect(await citadel.orders.get(made.id)).toMatchObject({ status: 'paid', payment: { refunded: 50_000 } });
      const delivery = await inbox.next((body) => body.type === 'payment.refunded' && body.data['orderId'] === made.id);
      expect(await verifyWebhook({ secret: webhookSecret, headers: delivery.headers, body: delivery.body })).toMatchObject({
        data: { refundId: first.body.refund.id, amount: 50_000, refunded: 50_000, reference: made.reference },
      });
      expect(await refusal(citadel.orders.refund('ord_nothing_here', { amount: 1 }, { idempotencyKey: 'r-3' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });

    it('notifies only a citizen who allowed it, by the manifest, once per key, within the daily quota', async () => {
      const { sub } = await platform.citizen('nonce-contract-2');
      expect(await refusal(citadel.notifications.send(note('pw-nobody-here'), { idempotencyKey: 'n-0' }))).toMatchObject({ status: 403, code: 'NOTIFICATIONS_NOT_GRANTED' });
      const sent = await raw('POST', '/notifications', note(sub), { 'idempotency-key': 'n-1' });
      expect(sent).toMatchObject({ status: 201, body: { muted: false, notification: { id: expect.stringMatching(/^ntf_/), to: sub, topic: 'status', path: '/reports/HUE-2026-00123', state: 'queued' } } });
      expect(sent.body.notification.deliverAt).toBe(sent.body.notification.createdAt);
      const again = await raw('POST', '/notifications', note(sub), { 'idempotency-key': 'n-1' });
      expect(again).toMatchObject({ status: 200, body: { notification: { id: sent.body.notification.id } } });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await refusal(citadel.notifications.send({ ...note(sub), body: 'Khác' }, { idempotencyKey: 'n-1' }))).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await citadel.notifications.get(sent.body.notification.id)).toMatchObject({ id: sent.body.notification.id, to: sub });
      expect(await refusal(citadel.notifications.get('ntf_nothing_here'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      for (const [changes, path] of [[{ topic: 'news' }, 'topic'], [{ topic: undefined }, 'topic'], [{ path: '/admin' }, 'path']] as const) {
        expect(await refusal(citadel.notifications.send({ ...note(sub), ...changes }, { idempotencyKey: randomUUID() })), path)
          .toMatchObject({ status: 400, code: 'INVALID_PARAMS', data: { issues: [expect.objectContaining({ path })] } });
      }
      for (let n = 2; n <= CONTRACT_NOTIFICATION_QUOTA; n++) await citadel.notifications.send(note(sub), { idempotencyKey: `n-${n}` });
      const over = await raw('POST', '/notifications', note(sub), { 'idempotency-key': 'n-over' });
      expect(over).toMatchObject({ status: 429, body: { code: 'QUOTA_EXCEEDED', limit: CONTRACT_NOTIFICATION_QUOTA, window: 'day', resetAt: expect.any(String), retryAfterSeconds: expect.any(Number) } });
      expect(over.headers.get('retry-after')).toBe(String(over.body.retryAfterSeconds));
    });

    it('lists the app\'s events after a cursor as they are delivered, long-polled, and refuses a bad wait or cursor', async () => {
      const start = await raw('GET', '/events');
      expect(start).toMatchObject({ status: 200, body: { events: [], next: expect.any(String) } });
      expect(start.headers.get('cache-control')).toBe('no-store');
      const made = await newOrder();
      await platform.pay(made.id);
      const paid = await raw('GET', `/events?after=${encodeURIComponent(start.body.next)}`);
      const event = paid.body.events.find((e: { type: string }) => e.type === 'payment.succeeded');
      expect(event).toEqual({ id: expect.stringMatching(/^msg_[\w-]{22}$/), type: 'payment.succeeded', timestamp: expect.any(String), data: expect.objectContaining({ orderId: made.id }) });
      const delivery = await inbox.next((body) => body.type === 'payment.succeeded' && body.data['orderId'] === made.id);
      expect(delivery.headers['webhook-id']).toBe(event.id);
      expect(JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data })).toBe(delivery.body);
      const waiting = raw('GET', `/events?after=${encodeURIComponent(paid.body.next)}&wait=30`);
      await citadel.orders.refund(made.id, { amount: 1_000 }, { idempotencyKey: randomUUID() });
      expect((await waiting).body.events).toEqual([expect.objectContaining({ type: 'payment.refunded', data: expect.objectContaining({ orderId: made.id, amount: 1_000 }) })]);
      expect((await raw('GET', `/events?after=${event.id}&limit=1`)).body.events).toEqual([expect.objectContaining({ type: 'payment.refunded' })]);
      for (const [query, path, message] of [['wait=31', 'wait', 'at most 30 seconds'], ['limit=101', 'limit', 'at most 100 events'], ['after=yesterday', 'after', 'not a cursor'],
        ['after=msg_AAAAAAAAAAAAAAAAAAAAAA', 'after', 'no event of this app has this id']] as const) {
        expect(await raw('GET', `/events?${query}`), query).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [{ path, message: expect.stringContaining(message) }] } });
      }
    });

    it('takes an https or loopback webhook URL with a new whsec_ secret each time, and refuses another', async () => {
      const set = await raw('PUT', '/webhook', { url: inbox.url });
      expect(set).toMatchObject({ status: 200, body: { url: inbox.url, secret: expect.stringMatching(/^whsec_/) } });
      expect(set.body.secret).not.toBe(webhookSecret);
      webhookSecret = set.body.secret;
      expect(await raw('PUT', '/webhook', { url: 'ftp://files.example.vn/hooks' })).toMatchObject({ status: 400, body: { code: 'INVALID_WEBHOOK_URL' } });
      expect(await raw('PUT', '/webhook', {})).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
    });
  });
}
