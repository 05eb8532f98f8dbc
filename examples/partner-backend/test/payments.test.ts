import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebhookSecret, signWebhook } from '@citadel/node';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerBackend, type ListeningBackend } from '../src/server.js';

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://kitchen-sink.apps.citadel.example';
let platform: TestPlatform;
let backend: ListeningBackend;
let webhookSecret: string;

beforeAll(async () => {
  platform = await createTestPlatform({ appId: 'kitchen-sink' });
  webhookSecret = platform.credentials.webhookSecret;
  backend = await createPartnerBackend({
    citadelUrl: platform.url, appId: 'kitchen-sink', allowedOrigin: appOrigin, port: 0, credentials: platform.credentials,
  }).listen();
  // As set in the console: the platform's payment webhooks go to this backend, signed with its credentials' secret.
  platform.setWebhookUrl(`${backend.url}/webhooks`);
});
afterAll(async () => {
  await backend.close();
  await platform.close();
});

type OrderView = { id: string; amount: number; description: string; status: 'pending' | 'paid'; paymentId: string | null; refunded?: number };

const createOrder = async (url = backend.url) => {
  const response = await fetch(`${url}/orders`, { method: 'POST', headers: { origin: appOrigin } });
  return { response, order: ((await response.json()) as { order: OrderView }).order };
};
const orderOf = async (id: string) => ((await (await fetch(`${backend.url}/orders/${id}`, { headers: { origin: appOrigin } })).json()) as { order: OrderView }).order;

/** The reference the backend sent with its latest order. */
const lastReference = () => platform.orders.at(-1)!.body.reference;
/** The platform's `payment.succeeded` for `order`, as docs/platform-api.md shows it, with `changes` merged into `data`. */
const succeeded = (order: OrderView, reference: unknown, changes: Record<string, unknown> = {}) => JSON.stringify({
  type: 'payment.succeeded',
  timestamp: new Date().toISOString(),
  data: {
    orderId: order.id, paymentId: 'pay_0000000000000000000001', amount: order.amount, currency: 'VND', reference,
    metadata: {}, sub: 'pw-7c1e', paidAt: new Date().toISOString(), ...changes,
  },
});
const deliver = (body: string, headers: Record<string, string>) => fetch(`${backend.url}/webhooks`, { method: 'POST', headers, body });
/** The headers of `body` signed as the platform signs it, with the one signer of `@citadel/node` (docs/take-a-payment.md, Webhooks). */
const sign = (body: string, options: { secret?: string; timestamp?: number } = {}) =>
  ({ 'content-type': 'application/json', ...signWebhook({ secret: options.secret ?? webhookSecret, body, ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }) }) });

describe('POST /orders', () => {
  it('creates a 25 000 ₫ order on the platform, with its own reference as the idempotency key, and keeps it pending', async () => {
    const before = platform.orders.length;
    const { response, order } = await createOrder();
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    const sent = platform.orders[before]!;
    expect(sent.body).toEqual({ amount: 25_000, description: 'Vé tham quan Đại Nội (demo)', reference: expect.stringMatching(/^demo-/) });
    expect(sent.key).toBe(sent.body.reference);
    expect(order).toMatchObject({ id: expect.stringMatching(/^ord_/), amount: 25_000, description: 'Vé tham quan Đại Nội (demo)', status: 'pending', paymentId: null });
    expect(await orderOf(order.id)).toEqual(order);
  });

  it('makes a new order (and key) for every call', async () => {
    const a = await createOrder();
    const b = await createOrder();
    expect(a.order.id).not.toBe(b.order.id);
    const keys = platform.orders.slice(-2).map((c) => c.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('answers 502 when the platform refuses, and 404 for an order it does not know', async () => {
    platform.refuseNext('createOrder', { status: 403, code: 'APP_SUSPENDED' });
    const response = await fetch(`${backend.url}/orders`, { method: 'POST', headers: { origin: appOrigin } });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'PLATFORM_REFUSED' });
    expect((await fetch(`${backend.url}/orders/ord_unknown`)).status).toBe(404);
  });

  it('answers the preflight for POST and refuses other origins', async () => {
    const preflight = await fetch(`${backend.url}/orders`, { method: 'OPTIONS', headers: { origin: appOrigin, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    const evil = await fetch(`${backend.url}/orders`, { method: 'POST', headers: { origin: 'https://evil.apps.citadel.example' } });
    expect(evil.status).toBe(403);
    expect((await fetch(`${backend.url}/orders`, { headers: { origin: appOrigin } })).status).toBe(405);
  });
});

describe('POST /webhooks', () => {
  it('marks the order paid when the platform takes the payment and sends its signed payment.succeeded', async () => {
    const { order } = await createOrder();
    const paid = await platform.markPaid(order.id, { sub: 'pw-7c1e' });
    expect(paid.delivery).toMatchObject({ status: 200 });
    expect(await orderOf(order.id)).toMatchObject({ status: 'paid', paymentId: paid.event.paymentId });
    expect(platform.orders.find((o) => o.order.id === order.id)!.order).toMatchObject({ status: 'paid', payment: { id: paid.event.paymentId, amount: 25_000 } });
  });

  it('marks the order paid on a signed payment.succeeded matching it, once; a redelivery changes nothing', async () => {
    const { order } = await createOrder();
    const body = succeeded(order, lastReference());
    const headers = sign(body);
    const first = await deliver(body, headers);
    expect(first.status).toBe(200);
    expect(await orderOf(order.id)).toMatchObject({ status: 'paid', paymentId: 'pay_0000000000000000000001' });
    const again = await deliver(body, headers);
    expect(again.status).toBe(200);
    expect(await orderOf(order.id)).toMatchObject({ status: 'paid', paymentId: 'pay_0000000000000000000001' });
  });

  it('answers 400 and leaves the order pending for a bad, missing, foreign or stale signature, or a changed body', async () => {
    const { order } = await createOrder();
    const body = succeeded(order, lastReference());
    const good = sign(body);
    const cases: Array<[string, string, Record<string, string>]> = [
      ['another secret', body, sign(body, { secret: createWebhookSecret() })],
      ['no signature', body, { ...good, 'webhook-signature': '' }],
      ['no headers', body, { 'content-type': 'application/json' }],
      ['body changed after signing', body.replace('25000', '1'), good],
      ['an hour old', body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 3600 })],
      ['id changed', body, { ...good, 'webhook-id': 'msg_other' }],
    ];
    for (const [why, sent, headers] of cases) {
      const response = await deliver(sent, headers);
      expect(response.status, why).toBe(400);
      expect(await response.json(), why).toMatchObject({ code: expect.stringMatching(/^(BAD_SIGNATURE|MISSING_HEADER|STALE_TIMESTAMP)$/) });
    }
    expect((await orderOf(order.id)).status).toBe('pending');
  });

  it('does not mark paid a signed event whose amount, currency or reference differ from its records', async () => {
    const { order } = await createOrder();
    const reference = lastReference();
    // A currency other than VND is no documented event: verifyWebhook refuses it before the backend looks.
    const cases: Array<[Record<string, unknown>, number]> = [[{ amount: 1 }, 422], [{ reference: 'demo-someone-else' }, 422], [{ currency: 'USD' }, 400]];
    for (const [changes, status] of cases) {
      const body = succeeded(order, reference, changes);
      const response = await deliver(body, sign(body));
      expect(response.status, JSON.stringify(changes)).toBe(status);
    }
    expect((await orderOf(order.id)).status).toBe('pending');
  });

  it('acknowledges a signed event for an order it does not know (lost on restart), and refuses one that is no documented event', async () => {
    const unknown = succeeded({ id: 'ord_forgotten', amount: 25_000, description: '', status: 'pending', paymentId: null }, 'demo-forgotten');
    const response = await deliver(unknown, sign(unknown));
    expect(response.status).toBe(200);
    const other = JSON.stringify({ type: 'payment.succeeded', timestamp: new Date().toISOString(), data: { orderId: 'ord_1' } });
    const malformed = await deliver(other, sign(other));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'MALFORMED' });
  });

  it('records refunds of a paid order, never lowering the total when deliveries come out of order', async () => {
    const { order } = await createOrder();
    const reference = lastReference();
    const paidBody = succeeded(order, reference);
    expect((await deliver(paidBody, sign(paidBody))).status).toBe(200);
    const refund = (amount: number, refunded: number) => JSON.stringify({
      type: 'payment.refunded', timestamp: new Date().toISOString(),
      data: { orderId: order.id, paymentId: 'pay_0000000000000000000001', refundId: `ref_${refunded}`, amount, refunded, currency: 'VND', reference, metadata: {}, at: new Date().toISOString() },
    });
    for (const body of [refund(5_000, 15_000), refund(10_000, 10_000)]) expect((await deliver(body, sign(body))).status).toBe(200);
    expect(await orderOf(order.id)).toMatchObject({ status: 'paid', refunded: 15_000 });
  });
});

describe('without partner credentials', () => {
  it('answers 503 CREDENTIALS_MISSING on the payment endpoints while /hello keeps working', async () => {
    const bare = await createPartnerBackend({ citadelUrl: platform.url, appId: 'kitchen-sink', allowedOrigin: appOrigin, port: 0 }).listen();
    try {
      for (const [method, path] of [['POST', '/orders'], ['GET', '/orders/ord_1'], ['POST', '/webhooks']] as const) {
        const response = await fetch(`${bare.url}${path}`, { method, headers: { origin: appOrigin } });
        expect(response.status, path).toBe(503);
        expect(await response.json()).toMatchObject({ code: 'CREDENTIALS_MISSING', message: expect.stringContaining('CITADEL_CREDENTIALS_FILE') });
      }
      const hello = await fetch(`${bare.url}/hello`, { headers: { origin: appOrigin } });
      expect(hello.status).toBe(401);
      expect(await hello.json()).toMatchObject({ code: 'MISSING_TOKEN' });
    } finally {
      await bare.close();
    }
  });

  it('waits for the credentials file the platform writes, then takes orders', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'partner-backend-'));
    const file = join(dir, 'credentials.json');
    const waiting = await createPartnerBackend({
      citadelUrl: platform.url, appId: 'kitchen-sink', allowedOrigin: appOrigin, port: 0,
      credentialsFile: file, credentialsWait: { intervalMs: 20, timeoutMs: 30_000 },
    }).listen();
    try {
      const early = await fetch(`${waiting.url}/orders`, { method: 'POST', headers: { origin: appOrigin } });
      expect(early.status).toBe(503);
      expect(await early.json()).toMatchObject({ code: 'CREDENTIALS_MISSING', message: expect.stringContaining('Waiting') });
      await writeFile(file, '{ "clientId": "kitchen-sink"'); // half written: read again later
      await writeFile(file, JSON.stringify(platform.credentials));
      await expect.poll(async () => (await createOrder(waiting.url)).response.status).toBe(201);

      // The platform wrote new credentials (its database was reset): the changed file is read again.
      const { order } = await createOrder(waiting.url);
      const rotated = createWebhookSecret();
      await writeFile(file, JSON.stringify({ ...platform.credentials, webhookSecret: rotated }));
      const later = new Date(Date.now() + 5000);
      await utimes(file, later, later);
      const body = succeeded(order, lastReference());
      const delivered = await fetch(`${waiting.url}/webhooks`, { method: 'POST', headers: sign(body, { secret: rotated }), body });
      expect(delivered.status).toBe(200);
    } finally {
      await waiting.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
