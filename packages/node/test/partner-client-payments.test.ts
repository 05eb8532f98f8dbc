import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient, createWebhookSecret, isPartnerApiError, type PartnerApiError } from '../src/index.js';
import { sendJson, startLocalServer, type LocalServer } from './local-server.js';

interface Seen { readonly method: string; readonly url: string; readonly headers: IncomingHttpHeaders; readonly body: string }

let platform: LocalServer;
let answer: (response: ServerResponse, seen: Seen) => void;
const seen: Seen[] = [];

beforeAll(async () => {
  platform = await startLocalServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const call = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(call);
      answer(response, call);
    });
  });
});
afterAll(() => platform.close());

const client = () => createPartnerClient({ platformUrl: platform.origin, clientId: 'ck_water', clientSecret: 'cs_secret' });
const last = () => seen[seen.length - 1]!;

const order = {
  id: 'ord_9Lm4', amount: 150_000, currency: 'VND', description: 'Hóa đơn nước tháng 6', reference: 'INV-2025-06-0042',
  metadata: { meter: 'M-17' }, status: 'paid', expiresAt: '2025-06-15T08:15:00.000Z', createdAt: '2025-06-15T08:00:00.000Z',
  paidAt: '2025-06-15T08:03:00.000Z', payment: { id: 'pay_7Qx2', amount: 150_000, refunded: 50_000, createdAt: '2025-06-15T08:03:00.000Z' },
};
const refund = { id: 'ref_1', orderId: 'ord_9Lm4', paymentId: 'pay_7Qx2', amount: 50_000, reason: 'Đồng hồ đọc sai', createdAt: '2025-06-16T09:30:00.000Z' };
const delivery = { id: 'msg_1', type: 'payment.succeeded', status: 'failed', attempts: 12, lastError: 'HTTP_500', createdAt: '2025-06-15T08:03:00.000Z', deliveredAt: null };

async function failure(pending: Promise<unknown>): Promise<PartnerApiError> {
  const error = await pending.then(() => undefined, (caught: unknown) => caught);
  expect(isPartnerApiError(error), String(error)).toBe(true);
  return error as PartnerApiError;
}

describe('partner client: orders', () => {
  it('orders.create POSTs the input as JSON with the Idempotency-Key, and resolves with the order', async () => {
    answer = (response) => sendJson(response, 201, { order: { ...order, status: 'open', paidAt: null, payment: null, extra: 'dropped' } });
    const input = { amount: 150_000, description: 'Hóa đơn nước tháng 6', reference: 'INV-2025-06-0042', expiresInSeconds: 600, metadata: { meter: 'M-17' } };
    const created = await client().orders.create(input, { idempotencyKey: 'INV-2025-06-0042' });
    expect(created).toStrictEqual({ ...order, status: 'open', paidAt: null, payment: null });
    expect(last()).toMatchObject({ method: 'POST', url: '/api/partner/v1/orders' });
    expect(last().headers['idempotency-key']).toBe('INV-2025-06-0042');
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().headers.authorization).toBe(`Basic ${Buffer.from('ck_water:cs_secret').toString('base64')}`);
    expect(JSON.parse(last().body)).toEqual(input);
  });

  it('orders.get GETs one order by its encoded id, without an Idempotency-Key', async () => {
    answer = (response) => sendJson(response, 200, { order });
    expect(await client().orders.get('ord_9Lm4')).toStrictEqual(order);
    expect(last()).toMatchObject({ method: 'GET', url: '/api/partner/v1/orders/ord_9Lm4', body: '' });
    expect(last().headers['idempotency-key']).toBeUndefined();
    await client().orders.get('a/../b?c#d');
    expect(last().url).toBe('/api/partner/v1/orders/a%2F..%2Fb%3Fc%23d');
  });

  it('orders.refund POSTs { amount, reason } to the order’s refunds with the Idempotency-Key', async () => {
    answer = (response) => sendJson(response, 201, { refund });
    expect(await client().orders.refund('ord_9Lm4', { amount: 50_000, reason: 'Đồng hồ đọc sai' }, { idempotencyKey: 'refund-1' })).toStrictEqual(refund);
    expect(last()).toMatchObject({ method: 'POST', url: '/api/partner/v1/orders/ord_9Lm4/refunds' });
    expect(last().headers['idempotency-key']).toBe('refund-1');
    expect(JSON.parse(last().body)).toEqual({ amount: 50_000, reason: 'Đồng hồ đọc sai' });
  });

  it('rejects with the platform’s code, status and extra members', async () => {
    const answers: Array<[number, Record<string, unknown>]> = [
      [409, { code: 'REFUND_EXCEEDS_PAYMENT', message: 'Too much', refundable: 100_000 }],
      [409, { code: 'ORDER_NOT_PAID', message: 'Not paid' }],
      [409, { code: 'IDEMPOTENCY_KEY_REUSED', message: 'Reused' }],
      [400, { code: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Key' }],
      [404, { code: 'NOT_FOUND', message: 'No such order' }],
    ];
    for (const [status, body] of answers) {
      answer = (response) => sendJson(response, status, body);
      const error = await failure(client().orders.refund('ord_9Lm4', { amount: 200_000 }, { idempotencyKey: 'refund-2' }));
      const { code, message, ...rest } = body;
      expect(error.toJSON()).toEqual({ status, code, message, ...(Object.keys(rest).length ? { data: rest } : {}) });
    }
  });

  it('orders.cancel POSTs to the order\'s cancel path, with no body or key, and reads the cancelled order', async () => {
    const cancelled = { ...order, status: 'cancelled', paidAt: null, payment: null, cancelledAt: '2025-06-15T08:10:00.000Z' };
    answer = (response) => sendJson(response, 200, { order: cancelled });
    expect(await client().orders.cancel('ord_9Lm4')).toStrictEqual(cancelled);
    expect(last()).toMatchObject({ method: 'POST', url: '/api/partner/v1/orders/ord_9Lm4/cancel', body: '' });
    expect(last().headers['idempotency-key']).toBeUndefined();
  });

  it('rejects INVALID_RESPONSE for an answer that is not the documented order or refund', async () => {
    for (const body of [{}, { order: { ...order, amount: '150000' } }, { order: { ...order, status: 'void' } }, { order: { ...order, currency: 'USD' } },
      { order: { ...order, payment: { ...order.payment, refunded: -1 } } }, { order: { ...order, paidAt: 'later' } }, { order: { ...order, metadata: { n: 1 } } }]) {
      answer = (response) => sendJson(response, 200, body);
      expect((await failure(client().orders.get('ord_9Lm4'))).code, JSON.stringify(body)).toBe('INVALID_RESPONSE');
    }
    answer = (response) => sendJson(response, 201, { refund: { ...refund, reason: null } });
    expect((await failure(client().orders.refund('ord_9Lm4', { amount: 1 }, { idempotencyKey: 'k' }))).code).toBe('INVALID_RESPONSE');
  });

  it('rejects (never throws) with TypeError for a bad idempotency key or id, sending nothing', async () => {
    const before = seen.length;
    const orders = client().orders;
    const calls: Array<() => Promise<unknown>> = [
      () => orders.create({ amount: 1, description: 'x', reference: 'x' }, { idempotencyKey: '' }),
      () => orders.create({ amount: 1, description: 'x', reference: 'x' }, { idempotencyKey: 'has space' }),
      () => orders.create({ amount: 1, description: 'x', reference: 'x' }, { idempotencyKey: 'khóa' }),
      () => orders.create({ amount: 1, description: 'x', reference: 'x' }, { idempotencyKey: 'k'.repeat(256) }),
      () => orders.create({ amount: 1, description: 'x', reference: 'x' }, undefined as never),
      () => orders.refund('ord_1', { amount: 1 }, {} as never),
      () => orders.get(''),
      () => orders.get('..'),
      () => orders.refund('.', { amount: 1 }, { idempotencyKey: 'k' }),
    ];
    for (const call of calls) {
      let pending: Promise<unknown> | undefined;
      expect(() => { pending = call(); }).not.toThrow();
      await expect(pending).rejects.toBeInstanceOf(TypeError);
    }
    expect(seen.length).toBe(before);
  });
});

describe('partner client: webhooks', () => {
  it('webhook.set PUTs { url } and resolves with the url and the new secret', async () => {
    const secret = createWebhookSecret();
    answer = (response) => sendJson(response, 200, { url: 'https://shop.example.vn/hooks', secret });
    expect(await client().webhook.set('https://shop.example.vn/hooks')).toStrictEqual({ url: 'https://shop.example.vn/hooks', secret });
    expect(last()).toMatchObject({ method: 'PUT', url: '/api/partner/v1/webhook' });
    expect(JSON.parse(last().body)).toEqual({ url: 'https://shop.example.vn/hooks' });
    answer = (response) => sendJson(response, 400, { code: 'INVALID_WEBHOOK_URL', message: 'The URL must use https:' });
    expect((await failure(client().webhook.set('http://shop.example.vn/'))).toJSON()).toEqual({ status: 400, code: 'INVALID_WEBHOOK_URL', message: 'The URL must use https:' });
    // The one secret rule (@citadel/protocol/webhooks): a secret verifyWebhook could not use is no answer.
    for (const bad of ['plain', 'whsec_abc', secret.slice('whsec_'.length)]) {
      answer = (response) => sendJson(response, 200, { url: 'https://shop.example.vn/hooks', secret: bad });
      expect((await failure(client().webhook.set('https://shop.example.vn/hooks'))).code).toBe('INVALID_RESPONSE');
    }
    await expect(client().webhook.set('')).rejects.toBeInstanceOf(TypeError);
  });

  it('webhooks.list GETs the deliveries, with a status filter when given', async () => {
    const delivered = { ...delivery, id: 'msg_2', status: 'delivered', attempts: 1, lastError: null, deliveredAt: '2025-06-15T08:03:01.000Z' };
    answer = (response) => sendJson(response, 200, { deliveries: [delivery, delivered] });
    expect(await client().webhooks.list()).toStrictEqual([delivery, delivered]);
    expect(last()).toMatchObject({ method: 'GET', url: '/api/partner/v1/webhooks' });
    await client().webhooks.list({ status: 'failed' });
    expect(last().url).toBe('/api/partner/v1/webhooks?status=failed');
    await expect(client().webhooks.list({ status: 'lost' as never })).rejects.toBeInstanceOf(TypeError);
    for (const body of [{ deliveries: {} }, { deliveries: [{ ...delivery, status: 'lost' }] }, { deliveries: [{ ...delivery, attempts: 1.5 }] }, { deliveries: [{ ...delivery, createdAt: 'yesterday' }] }, {}]) {
      answer = (response) => sendJson(response, 200, body);
      expect((await failure(client().webhooks.list())).code).toBe('INVALID_RESPONSE');
    }
  });

  it('webhooks.retry POSTs to the delivery’s retry and resolves with it', async () => {
    answer = (response) => sendJson(response, 200, { delivery: { ...delivery, status: 'pending', attempts: 0 } });
    expect(await client().webhooks.retry('msg_1')).toMatchObject({ id: 'msg_1', status: 'pending', attempts: 0 });
    expect(last()).toMatchObject({ method: 'POST', url: '/api/partner/v1/webhooks/msg_1/retry' });
    answer = (response) => sendJson(response, 404, { code: 'NOT_FOUND', message: 'No such webhook delivery for this app' });
    expect((await failure(client().webhooks.retry('msg_other'))).toJSON()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(client().webhooks.retry('..')).rejects.toBeInstanceOf(TypeError);
  });
});
