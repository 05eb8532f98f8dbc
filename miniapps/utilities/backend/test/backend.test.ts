import { describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openUtilitiesDatabase } from '../src/db/open.js';
import { startUtilitiesBackend } from '../src/server.js';

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://utilities.apps.citadel.example';
const ELECTRICITY = 'PC03AA0012345';
const WATER = 'HW00230401';

describe.each(testDatabases(openUtilitiesDatabase))('the utilities backend on $name', (testDb) => {
  const clock = new Date('2026-12-01T05:00:00Z');
  const t = useTestBackend({ appId: 'utilities', appOrigin, database: testDb, start: (options) => startUtilitiesBackend({ ...options, now: () => clock }) });
  const { call } = t;
  const deliver = (id: string, data: Record<string, unknown>, secret?: string) => t.deliver(id, 'payment.succeeded', data, secret);
  const paidData = (orderId: string, bill: { id: string; amount: number }, sub: string, paymentId: string) =>
    ({ orderId, paymentId, amount: bill.amount, currency: 'VND', reference: bill.id, metadata: {}, sub, paidAt: clock.toISOString() });

  it('looks a code up for a signed-in citizen, the holder masked, and saves it with a label', async () => {
    expect((await call(`/accounts/lookup?code=${ELECTRICITY}`)).body.code).toBe('MISSING_TOKEN');
    const found = await call(`/accounts/lookup?code=${encodeURIComponent(' pc03aa 0012345 ')}`, { sub: 'citizen-a' });
    expect(found.body.account).toEqual({
      code: ELECTRICITY, utility: 'electricity', provider: { vi: 'Công ty Điện lực Thừa Thiên Huế', en: 'Thừa Thiên Huế Power Company' },
      holder: 'Nguyễn V** A**', address: '12 Lê Lợi', ward: 'Phường Vĩnh Ninh',
    });
    expect((await call('/accounts/lookup?code=PC03ZZ9999999', { sub: 'citizen-a' })).body.code).toBe('UNKNOWN_CODE');
    expect((await call('/accounts/lookup?code=x', { sub: 'citizen-a' })).body.code).toBe('INVALID_PARAMS');

    const saved = await call('/accounts', { sub: 'citizen-a', body: { code: ELECTRICITY, label: 'Nhà mẹ' } });
    expect(saved.status).toBe(201);
    await call('/accounts', { sub: 'citizen-a', body: { code: WATER } });
    const list = (await call('/accounts', { sub: 'citizen-a' })).body.accounts;
    // Saved at the same moment (the test's clock stands still): by code.
    expect(list.map((a: { code: string; label: string; unpaidCount: number }) => [a.code, a.label, a.unpaidCount])).toEqual([[WATER, '', 2], [ELECTRICITY, 'Nhà mẹ', 1]]);
    expect(list[1].unpaidAmount).toBeGreaterThan(0);
    // Another citizen sees none of it.
    expect((await call('/accounts', { sub: 'citizen-b' })).body.accounts).toEqual([]);
    expect((await call(`/accounts/${ELECTRICITY}/bills`, { sub: 'citizen-b' })).status).toBe(404);
  });

  it('caps saved codes, naming the limit, and removes one', async () => {
    const codes = ['PC03AB0023401', 'PC03AB0023402', 'PC03AC0034510', 'PC03AC0034511', 'PC03AD0045620', 'PC03AE0056730', 'PC03AF0067840', 'PC03AG0078950', 'PC03AH0089060'];
    for (const code of codes) expect((await call('/accounts', { sub: 'citizen-c', body: { code } })).status).toBe(201);
    // Two saves at once with one place left: one gets it.
    const both = await Promise.all(['HW00120345', 'HW00120346'].map((code) => call('/accounts', { sub: 'citizen-c', body: { code } })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_ACCOUNTS', limit: 10 });
    const lastSaved = both.find((r) => r.status === 201)!.body.accounts.map((a: { code: string }) => a.code).find((c: string) => c.startsWith('HW'));
    // Renaming one already saved is not a new one.
    expect((await call('/accounts', { sub: 'citizen-c', body: { code: codes[0], label: 'Cửa hàng' } })).status).toBe(201);
    expect((await call(`/accounts/${codes[0]}`, { sub: 'citizen-c', method: 'DELETE' })).body.accounts).toHaveLength(9);
    expect((await call('/accounts', { sub: 'citizen-c', body: { code: lastSaved === 'HW00120345' ? 'HW00120346' : 'HW00120345' } })).status).toBe(201);
  });

  it('shows twelve months of bills with their tiers, the newest unpaid', async () => {
    const { body } = await call(`/accounts/${ELECTRICITY}/bills`, { sub: 'citizen-a' });
    expect(body.bills).toHaveLength(12);
    expect(body.bills.map((b: { period: string }) => b.period).slice(0, 2)).toEqual(['2026-11', '2026-10']);
    const [latest, before] = body.bills;
    expect(latest).toMatchObject({ id: `${ELECTRICITY}-202611`, status: 'unpaid', overdue: false, unit: 'kWh', paidAt: null, dueAt: '2026-12-19T17:00:00.000Z' });
    expect(latest.amount).toBe(latest.charge.total);
    expect(latest.charge.lines.reduce((n: number, l: { units: number }) => n + l.units, 0)).toBe(latest.units);
    expect(before).toMatchObject({ status: 'paid' });
  });

  it('pays a bill at its own amount, once, and marks it paid only on a matching signed webhook', async () => {
    const id = `${ELECTRICITY}-202611`;
    const first = await call(`/bills/${id}/pay`, { sub: 'citizen-a', body: {} });
    expect(first.status).toBe(201);
    const again = await call(`/bills/${id}/pay`, { sub: 'citizen-a', body: {} });
    // Paying twice in a row offers the same open order.
    expect(again.body.orderId).toBe(first.body.orderId);
    const order = [...t.platform.orders.values()].find((o) => o.id === first.body.orderId)!;
    expect(order.body).toMatchObject({ amount: first.body.bill.amount, reference: id, description: `Tiền điện tháng 11/2026 · ${ELECTRICITY}` });
    expect((await call(`/bills/${id}/pay`, { sub: 'citizen-b', body: {} })).status).toBe(404);

    const bill = first.body.bill;
    const data = paidData(first.body.orderId, bill, 'citizen-a', 'pay_1');
    expect((await deliver('msg_0', data, 'whsec_b3RoZXJzZWNyZXRvdGhlcnNlY3JldA==')).status).toBe(400);
    expect((await deliver('msg_1', { ...data, amount: 1000 })).status).toBe(422);
    expect((await deliver('msg_2', { ...data, sub: 'citizen-b' })).status).toBe(422);
    expect((await call(`/bills/${id}`, { sub: 'citizen-a' })).body.bill.status).toBe('unpaid');
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-a' })).status).toBe(404);

    t.platform.granted.add('citizen-a');
    expect((await deliver('msg_3', data)).body).toMatchObject({ outcome: 'paid', notification: 'sent' });
    expect((await deliver('msg_3', data)).body).toMatchObject({ outcome: 'duplicate' });
    // The payer is told, in both languages, with the receipt a tap away; once.
    expect(t.platform.sent.filter((s) => s.key === `receipt-${id}`)).toEqual([{ key: `receipt-${id}`, body: {
      to: 'citizen-a', topic: 'receipts', path: `/bills/${id}/receipt`,
      title: { vi: 'Đã thanh toán tiền điện tháng 11/2026', en: 'Electricity bill for 11/2026 paid' },
      body: { vi: expect.stringMatching(/^Biên nhận HD-202611-\d{6}\. Chạm để xem\.$/), en: expect.stringMatching(/^Receipt HD-202611-/) },
    } }]);
    expect((await call(`/bills/${id}`, { sub: 'citizen-a' })).body.bill).toMatchObject({ status: 'paid', paidAt: clock.toISOString() });
    expect((await call(`/bills/${id}/pay`, { sub: 'citizen-a', body: {} })).body).toMatchObject({ code: 'ALREADY_PAID' });

    const receipt = (await call(`/bills/${id}/receipt`, { sub: 'citizen-a' })).body.receipt;
    expect(receipt).toMatchObject({ number: expect.stringMatching(/^HD-202611-\d{6}$/), paymentId: 'pay_1', orderId: first.body.orderId, holder: 'Nguyễn V** A**', address: '12 Lê Lợi, Phường Vĩnh Ninh', bill: { id, status: 'paid' } });
    expect((await call('/accounts', { sub: 'citizen-a' })).body.accounts[1]).toMatchObject({ code: ELECTRICITY, unpaidCount: 0, unpaidAmount: 0 });
  });

  it('refunds a second payment of a bill two people paid at once', async () => {
    const id = `${WATER}-202611`;
    await call('/accounts', { sub: 'citizen-d', body: { code: WATER, label: 'Nhà' } });
    const mine = await call(`/bills/${id}/pay`, { sub: 'citizen-a', body: {} });
    const theirs = await call(`/bills/${id}/pay`, { sub: 'citizen-d', body: {} });
    expect(theirs.body.orderId).not.toBe(mine.body.orderId);
    const bill = mine.body.bill;
    // citizen-a allowed notifications; a payer who did not still gets the bill marked paid.
    expect((await deliver('msg_w1', paidData(mine.body.orderId, bill, 'citizen-a', 'pay_w1'))).body).toMatchObject({ outcome: 'paid', notification: 'sent' });
    expect((await deliver('msg_w2', paidData(theirs.body.orderId, bill, 'citizen-d', 'pay_w2'))).body.outcome).toBe('refunded');
    const refund = t.platform.refunds.get('extra-pay_w2');
    expect(refund).toMatchObject({ orderId: theirs.body.orderId, body: { amount: bill.amount } });
    // The bill keeps the first payment; the receipt is the first payer's only.
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-a' })).body.receipt.paymentId).toBe('pay_w1');
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-d' })).status).toBe(404);
    const [extra] = await t.db.query<{ refund_id: string }>('SELECT refund_id FROM extra_payments WHERE payment_id = $1', ['pay_w2']);
    expect(extra!.refund_id).toBe(refund!.id);
  });

  it('lists planned outages, by ward without diacritics and by utility', async () => {
    const all = (await call('/public/outages')).body.outages;
    expect(all.length).toBeGreaterThanOrEqual(8);
    const vinhNinh = (await call('/public/outages?ward=vinh%20ninh')).body.outages;
    expect(vinhNinh.map((o: { ward: string }) => o.ward)).toEqual(['Phường Vĩnh Ninh', 'Phường Vĩnh Ninh']);
    expect((await call('/public/outages?ward=Phường%20Vĩnh%20Ninh&utility=water')).body.outages.map((o: { utility: string }) => o.utility)).toEqual(['water']);
    expect((await call('/public/outages?utility=gas')).body.code).toBe('INVALID_PARAMS');
  });

  it('answers only its own origin and refuses a reused token', async () => {
    expect((await call('/public/outages', { origin: 'https://evil.example' })).status).toBe(403);
    const { nonce } = (await call('/auth/nonce', { body: {} })).body;
    const token = t.platform.issue({ sub: 'citizen-a', nonce });
    const headers = { origin: appOrigin, authorization: `Bearer ${token}` };
    expect((await fetch(`${t.url}/accounts`, { headers })).status).toBe(200);
    expect(((await (await fetch(`${t.url}/accounts`, { headers })).json()) as { code: string }).code).toBe('NONCE_UNKNOWN');
  });
});
