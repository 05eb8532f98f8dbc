import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createOrders } from '../src/payments/orders.js';
import { settleOrder } from '../src/payments/pay.js';
import { topUp } from '../src/payments/topups.js';
import { createDevelopmentFunding } from '../src/payments/funding.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, HOST, testManifest, testPlatform, partnerAuth } from './support/platform.js';

describe.each(testDatabases)('cancelling orders on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let auth: Record<string, string>;
  let n = 0;
  const partner = async (method: string, path: string, body?: unknown, key?: string) => {
    const response = await server.app.request(`http://${HOST}/api/partner/v1${path}`, {
      method,
      headers: { host: HOST, ...auth, ...(key ? { 'idempotency-key': key } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const order = async () => (await partner('POST', '/orders', { amount: 10_000, description: 'Vé tham quan', reference: `C-${++n}` }, `cancel-${n}`)).body.order;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['payments']), dir: BUILT_APP_DIR }] });
    auth = await partnerAuth(server, 'water');
  });
  afterAll(() => db.close());

  it('cancels an unpaid order idempotently, and a cancelled order cannot be paid', async () => {
    const created = await order();
    const first = await partner('POST', `/orders/${created.id}/cancel`);
    expect(first).toMatchObject({ status: 200, body: { order: { id: created.id, status: 'cancelled', paidAt: null, payment: null } } });
    expect(first.body.order.cancelledAt).toEqual(expect.any(String));
    const again = await partner('POST', `/orders/${created.id}/cancel`);
    expect(again.body.order).toEqual(first.body.order);
    expect((await partner('GET', `/orders/${created.id}`)).body.order.status).toBe('cancelled');
    await expect(settleOrder(db, { citizenId: 'c-cancelled', appId: 'water', orderId: created.id, subject: 'pw-x' }))
      .rejects.toMatchObject({ status: 409, code: 'ORDER_CANCELLED' });
    expect((await partner('POST', '/orders/ord_0000000000000000000000/cancel')).status).toBe(404);
  });

  it('races 20 cancels against 20 payments: each order has exactly one winner, and the loser a typed 409', async () => {
    const funding = createDevelopmentFunding();
    const citizenIds = Array.from({ length: 20 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const [i, id] of citizenIds.entries()) {
      await db.query("INSERT INTO citizens (id, phone, name, password_hash) VALUES ($1, $2, 'Race', 'x')", [id, `+8490${String(i).padStart(7, '0')}`]);
      await topUp(db, funding, { citizenId: id, amount: 100_000, key: `race-${id}` });
    }
    const orders = createOrders(db);
    const outcomes = await Promise.all(citizenIds.map(async (citizenId) => {
      const { id } = await order();
      const [paid, cancelled] = await Promise.allSettled([
        settleOrder(db, { citizenId, appId: 'water', orderId: id, subject: 'pw-race' }),
        orders.cancel('water', id),
      ]);
      const status = (await orders.get('water', id)).status;
      return { paid, cancelled, status };
    }));
    for (const { paid, cancelled, status } of outcomes) {
      if (status === 'paid') {
        expect(paid.status).toBe('fulfilled');
        expect(cancelled).toMatchObject({ status: 'rejected', reason: { status: 409, code: 'ALREADY_PAID' } });
      } else {
        expect(status).toBe('cancelled');
        expect(cancelled.status).toBe('fulfilled');
        expect(paid).toMatchObject({ status: 'rejected', reason: { status: 409, code: 'ORDER_CANCELLED' } });
      }
    }
  });
});
