import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { reconcile } from '../src/payments/reconcile.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, HOST, testManifest, testPlatform } from './support/platform.js';
import { codeFor, registerWithCode } from './support/sign-up.js';

describe.each(testDatabases)('payments on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let auth: Record<string, string>;
  let otherAuth: Record<string, string>;

  const partner = async (method: string, path: string, body?: unknown, key?: string, as = auth) => {
    const response = await server.app.request(`http://x/api/partner/v1${path}`, {
      method,
      headers: { host: HOST, ...as, ...(key ? { 'idempotency-key': key } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as any, replayed: response.headers.get('idempotent-replayed') };
  };
  let n = 0;
  const order = async (amount: number, extra: object = {}) =>
    (await partner('POST', '/orders', { amount, description: 'Tiền nước tháng 10', reference: `HD-${++n}`, ...extra }, `key-${n}-${Math.random()}`)).body.order;
  const citizen = async (phone: string, topup = 0) => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone, password: 'ví điện tử', name: 'Người dùng' });
    await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, phone, 'pin'), pin: '135790', words: 'mèo mướp' });
    if (topup) await c.post('/api/wallet/topups', { amount: topup, source: 'dev-bank' }, { 'idempotency-key': `topup-${phone}` });
    return c;
  };
  const pay = (c: ReturnType<typeof citizenClient>, orderId: string, pin = '135790', appId = 'water') =>
    c.post(`/api/payments/orders/${orderId}/pay`, { appId, stepUp: { method: 'pin', pin } });
  const ledgerBalanced = async () => {
    const [row] = await db.query<{ unbalanced: number; drift: number; negative: number }>(
      `SELECT (SELECT count(*)::int FROM (SELECT transaction_id FROM ledger_postings GROUP BY transaction_id HAVING sum(amount) <> 0) t) AS unbalanced,
              (SELECT count(*)::int FROM ledger_accounts a WHERE a.balance <> coalesce((SELECT sum(amount) FROM ledger_postings p WHERE p.account_id = a.id), 0)) AS drift,
              (SELECT count(*)::int FROM ledger_accounts WHERE kind <> 'funding' AND balance < 0) AS negative`);
    return row;
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [
      { manifest: testManifest('water', ['identity', 'payments']), dir: BUILT_APP_DIR },
      { manifest: testManifest('school', ['payments']), dir: BUILT_APP_DIR },
    ] });
    const basic = async (appId: string) => {
      const issued = await server.credentials.issue(appId);
      return { authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}` };
    };
    auth = await basic('water');
    otherAuth = await basic('school');
  });
  afterAll(() => db.close());

  it('creates orders idempotently: same key and body → same order; another body → 409; no key → 400', async () => {
    const body = { amount: 125_000, description: 'Tiền điện tháng 10', reference: 'PE-001', metadata: { customer: 'PE0400123456' } };
    const first = await partner('POST', '/orders', body, 'order-key-1');
    expect(first.status).toBe(201);
    expect(first.body.order).toMatchObject({ amount: 125_000, currency: 'VND', status: 'open', reference: 'PE-001', payment: null, metadata: { customer: 'PE0400123456' } });
    const again = await partner('POST', '/orders', body, 'order-key-1');
    expect(again).toMatchObject({ status: 200, replayed: 'true' });
    expect(again.body.order.id).toBe(first.body.order.id);
    expect((await partner('POST', '/orders', { ...body, amount: 1 }, 'order-key-1')).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await partner('POST', '/orders', body)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    // The key is checked before the body is read, so a bad body without a key still asks for the key.
    expect((await partner('POST', '/orders', { ...body, amount: 0 })).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect((await partner('POST', '/orders', { ...body, amount: 0 }, 'has space')).body.code).toBe('INVALID_PARAMS');
    for (const bad of [{ ...body, amount: 10.5 }, { ...body, amount: 0 }, { ...body, amount: -5 }, { ...body, extra: 1 }, { ...body, description: '' }]) {
      expect((await partner('POST', '/orders', bad, `bad-${Math.random()}`)).body.code).toBe('INVALID_PARAMS');
    }
    expect((await partner('GET', `/orders/${first.body.order.id}`, undefined, undefined, otherAuth)).status).toBe(404);
  });

  it('pays from the wallet: the sheet shows the server’s order, the PIN is checked, one debit, a signed webhook row', async () => {
    const lan = await citizen('0931000001', 500_000);
    expect((await lan.get('/api/wallet')).body).toEqual({ balance: 500_000, currency: 'VND' });
    const o = await order(180_000);
    const sheet = await lan.get(`/api/payments/orders/${o.id}?app=water`);
    expect(sheet.body).toMatchObject({ order: { id: o.id, amount: 180_000, description: 'Tiền nước tháng 10', appName: { en: 'App water' }, status: 'open' }, balance: 500_000 });
    expect((await lan.get(`/api/payments/orders/${o.id}?app=school`)).body.code).toBe('ORDER_NOT_FOUND');

    expect((await pay(lan, o.id, '000000')).body.code).toBe('STEP_UP_FAILED');
    const paid = await pay(lan, o.id);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'succeeded', paymentId: expect.stringMatching(/^pay_/), receipt: expect.any(String) });
    expect((await lan.get('/api/wallet')).body.balance).toBe(320_000);
    expect((await pay(lan, o.id)).body).toMatchObject({ code: 'ALREADY_PAID', paymentId: paid.body.paymentId });
    expect((await partner('GET', `/orders/${o.id}`)).body.order).toMatchObject({ status: 'paid', payment: { id: paid.body.paymentId, amount: 180_000, refunded: 0 } });
    const outbox = await db.query<{ event_type: string; payload: any }>('SELECT event_type, payload FROM webhook_outbox WHERE app_id = $1 AND payload->>\'orderId\' = $2', ['water', o.id]);
    expect(outbox).toEqual([{ event_type: 'payment.succeeded', payload: expect.objectContaining({ paymentId: paid.body.paymentId, amount: 180_000, reference: o.reference, sub: expect.any(String) }) }]);
    expect(await ledgerBalanced()).toEqual({ unbalanced: 0, drift: 0, negative: 0 });
  });

  it('refuses insufficient funds, expired orders and another app’s orders with typed errors, moving no money', async () => {
    const binh = await citizen('0931000002', 50_000);
    const big = await order(80_000);
    expect((await pay(binh, big.id)).body).toMatchObject({ code: 'INSUFFICIENT_FUNDS', balance: 50_000, amount: 80_000 });
    const expired = await order(10_000);
    await db.query("UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1", [expired.id]);
    expect((await pay(binh, expired.id)).body.code).toBe('ORDER_EXPIRED');
    expect((await partner('GET', `/orders/${expired.id}`)).body.order.status).toBe('expired');
    expect((await pay(binh, big.id, '135790', 'school')).body.code).toBe('ORDER_NOT_FOUND');
    expect((await binh.get('/api/wallet')).body.balance).toBe(50_000);
  });

  it('debits exactly once when one order is paid from two tabs at once', async () => {
    const chi = await citizen('0931000003', 300_000);
    const o = await order(100_000);
    const results = await Promise.all([pay(chi, o.id), pay(chi, o.id), pay(chi, o.id)]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.code === 'ALREADY_PAID')).toHaveLength(2);
    expect((await chi.get('/api/wallet')).body.balance).toBe(200_000);
    expect(await db.query('SELECT 1 FROM payments WHERE order_id = $1', [o.id])).toHaveLength(1);
  });

  it('never lets one wallet go negative under concurrent payments of different orders', async () => {
    const dung = await citizen('0931000004', 100_000);
    const orders = await Promise.all([order(60_000), order(60_000), order(60_000)]);
    const results = await Promise.all(orders.map((o) => pay(dung, o.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.code === 'INSUFFICIENT_FUNDS')).toHaveLength(2);
    expect((await dung.get('/api/wallet')).body.balance).toBe(40_000);
    expect(await ledgerBalanced()).toEqual({ unbalanced: 0, drift: 0, negative: 0 });
  });

  it('refunds partly and idempotently, never more than was paid, even concurrently', async () => {
    const em = await citizen('0931000005', 200_000);
    const o = await order(150_000);
    expect((await pay(em, o.id)).status).toBe(200);
    const first = await partner('POST', `/orders/${o.id}/refunds`, { amount: 50_000, reason: 'Tính sai chỉ số' }, 'refund-1');
    expect(first.status).toBe(201);
    expect(first.body.refund).toMatchObject({ orderId: o.id, amount: 50_000, reason: 'Tính sai chỉ số' });
    const replay = await partner('POST', `/orders/${o.id}/refunds`, { amount: 50_000, reason: 'Tính sai chỉ số' }, 'refund-1');
    expect(replay).toMatchObject({ status: 200, replayed: 'true', body: { refund: { id: first.body.refund.id } } });
    expect((await partner('POST', `/orders/${o.id}/refunds`, { amount: 60_000 }, 'refund-1')).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await partner('POST', `/orders/${o.id}/refunds`, { amount: 100_001 }, 'refund-2')).body).toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT', refundable: 100_000 });
    const racing = await Promise.all([1, 2, 3].map((i) => partner('POST', `/orders/${o.id}/refunds`, { amount: 40_000 }, `race-${i}`)));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(2);
    expect(racing.filter((r) => r.body.code === 'REFUND_EXCEEDS_PAYMENT')).toHaveLength(1);
    expect((await partner('GET', `/orders/${o.id}`)).body.order.payment.refunded).toBe(130_000);
    expect((await em.get('/api/wallet')).body.balance).toBe(200_000 - 150_000 + 130_000);
    expect((await partner('POST', `/orders/${(await order(5_000)).id}/refunds`, { amount: 1 }, 'refund-unpaid')).body.code).toBe('ORDER_NOT_PAID');
    const events = await db.query<{ event_type: string }>("SELECT event_type FROM webhook_outbox WHERE payload->>'orderId' = $1 ORDER BY created_at", [o.id]);
    expect(events.map((e) => e.event_type)).toEqual(['payment.succeeded', 'payment.refunded', 'payment.refunded', 'payment.refunded']);
    expect(await ledgerBalanced()).toEqual({ unbalanced: 0, drift: 0, negative: 0 });
  });

  it('tops up once per idempotency key, and shows history and receipts to the payer only', async () => {
    const giang = await citizen('0931000006');
    const topup = () => giang.post('/api/wallet/topups', { amount: 100_000, source: 'dev-bank' }, { 'idempotency-key': 'same-click' });
    const [a, b] = await Promise.all([topup(), topup()]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect((await giang.get('/api/wallet')).body.balance).toBe(100_000);
    expect((await giang.post('/api/wallet/topups', { amount: 5, source: 'dev-bank' }, { 'idempotency-key': 'tiny' })).body.code).toBe('INVALID_PARAMS');
    const o = await order(30_000);
    const paid = await pay(giang, o.id);
    const history = (await giang.get('/api/wallet/history')).body;
    expect(history.entries.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([['payment', -30_000], ['topup', 100_000]]);
    expect(history.entries[0]).toMatchObject({ appId: 'water', description: 'Tiền nước tháng 10', paymentId: paid.body.paymentId, appName: { vi: 'Ứng dụng water' } });
    const receipt = await giang.get(`/api/payments/${paid.body.paymentId}`);
    expect(receipt.body.receipt).toMatchObject({ paymentId: paid.body.paymentId, orderId: o.id, amount: 30_000, refunded: 0 });
    const stranger = await citizen('0931000007');
    expect((await stranger.get(`/api/payments/${paid.body.paymentId}`)).status).toBe(404);
  });

  it('reconciles per partner and day, and names what does not balance', async () => {
    const report = await reconcile(db);
    expect(report.problems).toEqual([]);
    const water = report.days.filter((d) => d.appId === 'water');
    expect(water.length).toBeGreaterThan(0);
    const total = water.reduce((sum, d) => ({ paid: sum.paid + d.paid, refunded: sum.refunded + d.refunded, ledger: sum.ledger + d.ledger }), { paid: 0, refunded: 0, ledger: 0 });
    expect(total.paid).toBe(180_000 + 100_000 + 60_000 + 150_000 + 30_000);
    expect(total.refunded).toBe(130_000);
    expect(total.ledger).toBe(total.paid - total.refunded);
    // Tamper inside one transaction (balance drift and an unpaid payment), look, and roll back.
    await db.transaction(async (tx) => {
      await tx.query("UPDATE ledger_accounts SET balance = balance + 1 WHERE id = 'merchant:water'");
      await tx.query("UPDATE payments SET refunded = refunded + 1 WHERE id = (SELECT id FROM payments WHERE refunded = 0 LIMIT 1)");
      const tampered = await reconcile(tx);
      expect(tampered.problems.some((p) => p.startsWith('account merchant:water holds'))).toBe(true);
      expect(tampered.problems.some((p) => /records 1 refunded but its refunds sum to 0/.test(p))).toBe(true);
      throw new Error('roll back');
    }).catch(() => undefined);
    expect((await reconcile(db)).problems).toEqual([]);
  });

  it('refuses a database transaction whose postings do not balance', async () => {
    await expect(db.transaction(async (tx) => {
      await tx.query("INSERT INTO ledger_transactions (id, kind) VALUES ('txn_bad', 'topup')");
      await tx.query("INSERT INTO ledger_postings (transaction_id, account_id, amount) VALUES ('txn_bad', 'funding:dev-bank', -5)");
    })).rejects.toThrow(/does not balance/);
    expect(await db.query("SELECT 1 FROM ledger_transactions WHERE id = 'txn_bad'")).toHaveLength(0);
  });
});
