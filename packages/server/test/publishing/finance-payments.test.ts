import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYMENTS_PAGE_SIZE } from '@citadel/protocol/api';
import type { Database } from '../../src/db/database.js';
import { testDatabases } from '../support/databases.js';
import { BUILT_APP_DIR, CONSOLE_HOST, HOST, citizenClient, partnerAuth, smsGateway, testManifest, testPlatform } from '../support/platform.js';
import { codeFor, registerWithCode } from '../support/sign-up.js';

const BASE = '/api/developer/v1';

describe.each(testDatabases)('an app\'s payments and refunds for its organisation\'s finance people, on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const people: Record<'owner' | 'finance' | 'developer' | 'outsider', ReturnType<typeof citizenClient>> = {} as never;
  let auth: Record<string, string>;
  let payer: ReturnType<typeof citizenClient>;
  let n = 0;

  const partner = async (path: string, body: unknown) => (await server.app.request(`http://${HOST}/api/partner/v1${path}`, {
    method: 'POST', headers: { host: HOST, ...auth, 'idempotency-key': `k-${++n}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  })).json() as Promise<any>;
  const payOrder = async (amount: number) => {
    const { order } = await partner('/orders', { amount, description: `Hoá đơn ${n}`, reference: `HD-${n}` });
    const paid = await payer.post(`/api/payments/orders/${order.id}/pay`, { appId: 'water', stepUp: { method: 'pin', pin: '135790' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    return order as { id: string };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['identity', 'payments']), dir: BUILT_APP_DIR }] });
    const phones = { owner: '0906100001', finance: '0906100002', developer: '0906100003', outsider: '0906100004' } as const;
    for (const [who, phone] of Object.entries(phones) as Array<[keyof typeof phones, string]>) {
      people[who] = citizenClient(server, { host: CONSOLE_HOST });
      await registerWithCode(people[who], smsGateway, { phone, password: 'mật khẩu dài', name: who });
    }
    await people.owner.post(`${BASE}/orgs`, { id: 'hue-water', name: 'Cấp nước Huế' });
    // Numbers as people write them: the invitation reaches the account that signed up with that number.
    await people.owner.post(`${BASE}/orgs/hue-water/members`, { phone: '0906 100 002', role: 'finance' });
    await people.owner.post(`${BASE}/orgs/hue-water/members`, { phone: phones.developer, role: 'developer' });
    await people.finance.get(`${BASE}/orgs`); // joins on loading the organisations
    await people.developer.get(`${BASE}/orgs`);
    // The operator's app moves into the partner's organisation.
    await db.query("UPDATE apps SET org_id = 'hue-water' WHERE id = 'water'");
    auth = await partnerAuth(server, 'water');
    payer = citizenClient(server);
    await registerWithCode(payer, smsGateway, { phone: '0906100009', password: 'ví điện tử', name: 'Người trả' });
    await payer.put('/api/me/pin', { code: await codeFor(payer, smsGateway, '0906100009', 'pin'), pin: '135790', words: 'mèo mướp' });
    await payer.post('/api/wallet/topups', { amount: 1_000_000, source: 'dev-bank' }, { 'idempotency-key': 'topup-payer' });
  });
  afterAll(() => db.close());

  it('lists payments newest first with their refunds, the payer\'s pairwise id and the totals, to owners and finance only', async () => {
    const first = await payOrder(120_000);
    const second = await payOrder(80_000);
    await partner(`/orders/${first.id}/refunds`, { amount: 20_000, reason: 'Tính sai chỉ số' });

    const { status, body } = await people.finance.get(`${BASE}/apps/water/payments`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.payments.map((p: { orderId: string }) => p.orderId)).toEqual([second.id, first.id]);
    expect(body.payments[1]).toMatchObject({ amount: 120_000, refunded: 20_000, currency: 'VND', reference: expect.stringMatching(/^HD-/) });
    expect(body.payments[1].refunds).toEqual([{ id: expect.stringMatching(/^ref_/), amount: 20_000, reason: 'Tính sai chỉ số', at: expect.any(String) }]);
    expect(body.totals).toEqual({ count: 2, paid: 200_000, refunded: 20_000 });
    expect(body.next).toBeNull();
    // The payer is named as the partner knows them: the `sub` of the payment's webhook.
    const [webhook] = await db.query<{ payload: { sub: string } }>(
      "SELECT payload FROM webhook_outbox WHERE event_type = 'payment.succeeded' AND payload->>'orderId' = $1", [first.id]);
    expect(body.payments[1].sub).toBe(webhook!.payload.sub);

    expect((await people.owner.get(`${BASE}/apps/water/payments`)).status).toBe(200);
    const developer = await people.developer.get(`${BASE}/apps/water/payments`);
    expect(developer).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(developer.body.message).toContain('owner or finance');
    expect((await people.outsider.get(`${BASE}/apps/water/payments`)).status).toBe(404);
    expect((await people.finance.get(`${BASE}/apps/nope/payments`)).status).toBe(404);
    expect((await people.finance.get(`${BASE}/apps/water/payments?before=not-a-cursor`)).body.code).toBe('INVALID_PARAMS');
    expect((await people.owner.post(`${BASE}/orgs/hue-water/members`, { phone: '12345', role: 'finance' })).body).toMatchObject({ code: 'INVALID_PARAMS', issues: [{ path: 'phone' }] });
    expect((await people.owner.get(`${BASE}/orgs/hue-water/members`)).body.members.map((m: { state: string }) => m.state)).toEqual(['member', 'member', 'member']);
  });

  it('pages by the last payment\'s id, missing none and repeating none', async () => {
    // More payments than a page holds, written as the ledger would record them (the listing reads these tables).
    await db.query(`INSERT INTO ledger_transactions (id, kind) SELECT 'txn_page' || g, 'payment' FROM generate_series(1, ${PAYMENTS_PAGE_SIZE}) g`);
    await db.query(
      `INSERT INTO orders (id, app_id, amount, description, partner_reference, expires_at, idempotency_key, request_digest, status, paid_at)
       SELECT 'ord_page' || g, 'water', 1000, 'Trang', 'P-' || g, now() + interval '1 hour', 'page-' || g, 'd', 'paid', now() FROM generate_series(1, ${PAYMENTS_PAGE_SIZE}) g`);
    await db.query(
      `INSERT INTO payments (id, order_id, app_id, citizen_id, amount, transaction_id, created_at)
       SELECT 'pay_' || lpad(g::text, 22, 'x'), 'ord_page' || g, 'water', (SELECT id FROM citizens WHERE phone = '+84906100009'), 1000, 'txn_page' || g,
              now() - make_interval(secs => g) FROM generate_series(1, ${PAYMENTS_PAGE_SIZE}) g`);
    const seen: string[] = [];
    let before: string | null | undefined;
    do {
      const page = await people.finance.get(`${BASE}/apps/water/payments${before ? `?before=${before}` : ''}`);
      expect(page.body.payments.length).toBeLessThanOrEqual(PAYMENTS_PAGE_SIZE);
      seen.push(...page.body.payments.map((p: { id: string }) => p.id));
      before = page.body.next;
    } while (before);
    expect(seen).toHaveLength(PAYMENTS_PAGE_SIZE + 2);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
