import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openUtilitiesDatabase } from '../src/db/open.js';
import { startUtilitiesBackend } from '../src/server.js';

/** The app's own manifest: the test platform checks its notifications' topics and deep links against it, as the platform does. */
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://utilities.apps.citadel.example';
const ELECTRICITY = 'PC03AA0012345';
const WATER = 'HW00230401';

describe.each(testDatabases(openUtilitiesDatabase))('the utilities backend on $name', (testDb) => {
  const clock = new Date('2026-12-01T05:00:00Z');
  /** How far the backend's clock is ahead of `clock`: moved only to cross midnight in Huế. */
  let ahead = 0;
  const t = useTestBackend({ appId: 'utilities', appOrigin, database: testDb, manifest, start: (options) => startUtilitiesBackend({ ...options, now: () => new Date(clock.getTime() + ahead) }) });
  const { call } = t;
  const deliver = (id: string, data: Record<string, unknown>, secret?: string) => t.deliver(id, 'payment.succeeded', data, secret);
  const paidData = (orderId: string, bill: { id: string; amount: number }, sub: string, paymentId: string) =>
    ({ orderId, paymentId, amount: bill.amount, currency: 'VND', reference: bill.id, metadata: {}, sub, paidAt: clock.toISOString() });
  /** The amounts of a code's bills, newest first, as printed on them. */
  const amounts = async (code: string) => (await t.db.query<{ amount: number }>('SELECT amount FROM bills WHERE code = $1 ORDER BY period DESC', [code])).map((r) => Number(r.amount));
  /** Saves `code` for `sub`, proven with the amount of its newest bill. */
  const save = async (sub: string, code: string, label?: string) =>
    call('/accounts', { sub, body: { code, ...(label === undefined ? {} : { label }), billAmount: (await amounts(code))[0] } });
  const notProven = { code: 'NOT_PROVEN', message: 'No household has this customer code with that proof: check both on a recent bill' };

  it('shows nothing of a household before the proof, and the same answer for an unknown code and a wrong amount', async () => {
    // The old open lookup is gone: a code alone shows nothing.
    expect((await call(`/accounts/lookup?code=${ELECTRICITY}`, { sub: 'citizen-a' })).body.code).toBe('METHOD_NOT_ALLOWED');
    expect((await call('/accounts', { body: { code: ELECTRICITY, billAmount: 1 } })).body.code).toBe('MISSING_TOKEN');
    const [newest, second, third, fourth] = await amounts(ELECTRICITY);
    const wrong = await call('/accounts', { sub: 'citizen-a', body: { code: ELECTRICITY, billAmount: newest! + 1 } });
    const unknown = await call('/accounts', { sub: 'citizen-a', body: { code: 'PC03ZZ9999999', billAmount: newest! } });
    expect([wrong.status, unknown.status]).toEqual([403, 403]);
    expect(wrong.body).toEqual({ ...notProven, triesLeft: 4 });
    expect(unknown.body).toEqual(wrong.body);
    // Only the three newest bills prove it.
    expect([newest, second, third]).not.toContain(fourth);
    expect((await call('/accounts', { sub: 'citizen-a', body: { code: ELECTRICITY, billAmount: fourth } })).body).toEqual({ ...notProven, triesLeft: 3 });
    for (const billAmount of ['123000', 1.5, 0]) {
      expect((await call('/accounts', { sub: 'citizen-a', body: { code: ELECTRICITY, billAmount } })).body.code).toBe('INVALID_PARAMS');
    }
    expect((await call('/accounts', { sub: 'citizen-a', body: { code: 'x', billAmount: newest } })).body.code).toBe('INVALID_PARAMS');

    const saved = await call('/accounts', { sub: 'citizen-a', body: { code: ' pc03aa 0012345 ', label: 'Nhà mẹ', billAmount: third } });
    expect(saved.status).toBe(201);
    expect(saved.body.accounts).toEqual([{
      code: ELECTRICITY, utility: 'electricity', provider: { vi: 'Công ty Điện lực Thừa Thiên Huế', en: 'Thừa Thiên Huế Power Company' },
      holder: 'Nguyễn V** A**', address: '12 Lê Lợi', ward: 'Phường Vĩnh Ninh', proven: true, provenBy: 'bill', label: 'Nhà mẹ',
      savedAt: clock.toISOString(), unpaidCount: 1, unpaidAmount: newest,
    }]);
    expect((await save('citizen-a', WATER)).status).toBe(201);
    const list = (await call('/accounts', { sub: 'citizen-a' })).body.accounts;
    // Saved at the same moment (the test's clock stands still): by code.
    expect(list.map((a: { code: string; label: string; unpaidCount: number }) => [a.code, a.label, a.unpaidCount])).toEqual([[WATER, '', 2], [ELECTRICITY, 'Nhà mẹ', 1]]);
    // Another citizen sees none of it.
    expect((await call('/accounts', { sub: 'citizen-b' })).body.accounts).toEqual([]);
    expect((await call(`/accounts/${ELECTRICITY}/bills`, { sub: 'citizen-b' })).status).toBe(404);
    expect((await call(`/bills/${ELECTRICITY}-202611`, { sub: 'citizen-b' })).status).toBe(404);
  });

  it('allows 5 wrong proofs per code per citizen a day, then 429 naming the limit, even for the right amount', async () => {
    const [right] = await amounts(WATER);
    for (let i = 1; i <= 5; i += 1) {
      expect((await call('/accounts', { sub: 'guesser', body: { code: WATER, billAmount: right! + i } })).body).toEqual({ ...notProven, triesLeft: 5 - i });
    }
    const limited = await call('/accounts', { sub: 'guesser', body: { code: WATER, billAmount: right } });
    expect(limited.status).toBe(429);
    // 12:00 in Huế: the count is forgotten at midnight, twelve hours on.
    expect(limited.body).toMatchObject({ code: 'TOO_MANY_PROOFS', limit: 5, scope: 'household', resetAt: '2026-12-01T17:00:00.000Z' });
    expect(limited.headers.get('retry-after')).toBe('43200');
    // Another code, and another citizen, are not held back.
    expect((await save('guesser', ELECTRICITY)).status).toBe(201);
    expect((await save('neighbour', WATER)).status).toBe(201);
    // Proofs sent at once are counted one at a time: never more than five wrong ones.
    const racing = await Promise.all(Array.from({ length: 8 }, (_, i) => call('/accounts', { sub: 'racer', body: { code: WATER, billAmount: right! + 1 + i } })));
    expect(racing.map((r) => r.status).sort()).toEqual([403, 403, 403, 403, 403, 429, 429, 429]);
    // The next day in Huế, the guesser may try again.
    ahead = 12 * 3_600_000;
    try {
      expect((await save('guesser', WATER)).status).toBe(201);
    } finally {
      ahead = 0;
    }
  });

  it('allows 20 wrong proofs per citizen a day over all codes, so codes cannot be probed one after another', async () => {
    const codes = ['PC03AB0023401', 'PC03AB0023402', 'PC03AC0034510', 'PC03AD0045620', 'PC03AE0056730'];
    for (const code of codes) for (let i = 0; i < 4; i += 1) expect((await call('/accounts', { sub: 'scanner', body: { code, billAmount: 7 + i } })).status).toBe(403);
    const limited = await call('/accounts', { sub: 'scanner', body: { code: 'PC03AF0067840', billAmount: (await amounts('PC03AF0067840'))[0] } });
    expect(limited.body).toMatchObject({ code: 'TOO_MANY_PROOFS', limit: 20, scope: 'citizen' });
  });

  it('proves a household by the contract\'s phone number only when the platform says it was confirmed', async () => {
    // Lê Minh Châu's contracts: PC03AB0023401 and HW00230401, phone 0905 111 003.
    const byPhone = (sub: string, claims: Record<string, unknown>, code = 'PC03AB0023401') => call('/accounts/by-phone', { sub, claims, body: { code, label: 'Nhà' } });
    expect((await byPhone('chau', {})).body).toMatchObject({ code: 'PHONE_REQUIRED', claim: 'phone' });
    const unconfirmed = await byPhone('chau', { phone_number: '+84905111003', phone_number_verified: false });
    expect(unconfirmed.status).toBe(403);
    expect(unconfirmed.body.code).toBe('PHONE_UNVERIFIED');
    expect((await byPhone('chau', { phone_number: '+84905111003', phone_number_verified: undefined })).body.code).toBe('PHONE_UNVERIFIED');
    expect((await byPhone('stranger', { phone_number: '+84912345678' })).body).toEqual({ ...notProven, triesLeft: 4 });
    expect((await byPhone('stranger', { phone_number: '+84912345678' }, 'PC03ZZ9999999')).body).toEqual({ ...notProven, triesLeft: 4 });
    const proven = await byPhone('chau', { phone_number: '+84905111003' });
    expect(proven.status).toBe(201);
    expect(proven.body.accounts).toMatchObject([{ code: 'PC03AB0023401', proven: true, provenBy: 'phone', address: '8 Chu Văn An' }]);
    expect((await call('/accounts/PC03AB0023401/bills', { sub: 'chau' })).body.bills).toHaveLength(12);
  });

  it('keeps a code saved before proofs, shows nothing of it until it is proven, and lets it be removed', async () => {
    await t.db.query('INSERT INTO saved_accounts (sub, code, label, saved_at) VALUES ($1, $2, $3, $4)', ['old-saver', WATER, 'Nhà cũ', clock]);
    await t.db.query('INSERT INTO saved_accounts (sub, code, label, saved_at) VALUES ($1, $2, $3, $4)', ['old-saver', ELECTRICITY, '', clock]);
    const list = (await call('/accounts', { sub: 'old-saver' })).body.accounts;
    expect(list).toEqual([
      { proven: false, code: WATER, utility: 'water', label: 'Nhà cũ', savedAt: clock.toISOString() },
      { proven: false, code: ELECTRICITY, utility: 'electricity', label: '', savedAt: clock.toISOString() },
    ].sort((a, b) => a.code.localeCompare(b.code)));
    expect((await call(`/accounts/${WATER}/bills`, { sub: 'old-saver' })).status).toBe(404);
    expect((await call(`/bills/${WATER}-202611`, { sub: 'old-saver' })).status).toBe(404);
    expect((await call(`/bills/${WATER}-202611/pay`, { sub: 'old-saver', body: {} })).status).toBe(404);
    expect((await save('old-saver', WATER, 'Nhà cũ')).body.accounts.find((a: { code: string }) => a.code === WATER)).toMatchObject({ proven: true, address: '8 Chu Văn An' });
    expect((await call(`/accounts/${ELECTRICITY}`, { sub: 'old-saver', method: 'DELETE' })).body.accounts.map((a: { code: string }) => a.code)).toEqual([WATER]);
    expect((await call(`/accounts/${ELECTRICITY}`, { sub: 'old-saver', method: 'DELETE' })).status).toBe(404);
  });

  it('caps saved codes, naming the limit, and removes one', async () => {
    const codes = ['PC03AB0023401', 'PC03AB0023402', 'PC03AC0034510', 'PC03AC0034511', 'PC03AD0045620', 'PC03AE0056730', 'PC03AF0067840', 'PC03AG0078950', 'PC03AH0089060'];
    for (const code of codes) expect((await save('citizen-c', code)).status).toBe(201);
    // Two saves at once with one place left: one gets it.
    const both = await Promise.all(['HW00120345', 'HW00120346'].map((code) => save('citizen-c', code)));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_ACCOUNTS', limit: 10 });
    const lastSaved = both.find((r) => r.status === 201)!.body.accounts.map((a: { code: string }) => a.code).find((c: string) => c.startsWith('HW'));
    // Renaming one already saved is not a new one.
    expect((await save('citizen-c', codes[0]!, 'Cửa hàng')).status).toBe(201);
    expect((await call(`/accounts/${codes[0]}`, { sub: 'citizen-c', method: 'DELETE' })).body.accounts).toHaveLength(9);
    expect((await save('citizen-c', lastSaved === 'HW00120345' ? 'HW00120346' : 'HW00120345')).status).toBe(201);
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
    const order = t.platform.orders.find((o) => o.order.id === first.body.orderId)!;
    expect(order.body).toMatchObject({ amount: first.body.bill.amount, reference: id, description: `Tiền điện tháng 11/2026 · ${ELECTRICITY}` });
    expect((await call(`/bills/${id}/pay`, { sub: 'citizen-b', body: {} })).status).toBe(404);

    const bill = first.body.bill;
    const data = paidData(first.body.orderId, bill, 'citizen-a', 'pay_1');
    expect((await deliver('msg_0', data, 'whsec_b3RoZXJzZWNyZXRvdGhlcnNlY3JldA==')).status).toBe(400);
    expect((await deliver('msg_1', { ...data, amount: 1000 })).status).toBe(422);
    expect((await deliver('msg_2', { ...data, sub: 'citizen-b' })).status).toBe(422);
    expect((await call(`/bills/${id}`, { sub: 'citizen-a' })).body.bill.status).toBe('unpaid');
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-a' })).status).toBe(404);

    t.platform.grantNotifications('citizen-a');
    expect((await deliver('msg_3', data)).body).toMatchObject({ outcome: 'paid', notification: 'sent' });
    expect((await deliver('msg_3', data)).body).toMatchObject({ outcome: 'duplicate' });
    // The payer is told, in both languages, with the receipt a tap away; once.
    expect(t.platform.notifications.filter((s) => s.key === `receipt-${id}`).map(({ key, body }) => ({ key, body }))).toEqual([{ key: `receipt-${id}`, body: {
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
    await save('citizen-d', WATER, 'Nhà');
    const mine = await call(`/bills/${id}/pay`, { sub: 'citizen-a', body: {} });
    const theirs = await call(`/bills/${id}/pay`, { sub: 'citizen-d', body: {} });
    expect(theirs.body.orderId).not.toBe(mine.body.orderId);
    const bill = mine.body.bill;
    // Both citizens paid on the platform: it holds both payments, so the second can be refunded.
    const first = (await t.platform.markPaid(mine.body.orderId, { sub: 'citizen-a' })).event;
    const second = (await t.platform.markPaid(theirs.body.orderId, { sub: 'citizen-d' })).event;
    // citizen-a allowed notifications; a payer who did not still gets the bill marked paid.
    expect((await deliver('msg_w1', { ...first, paidAt: clock.toISOString() })).body).toMatchObject({ outcome: 'paid', notification: 'sent' });
    expect((await deliver('msg_w2', { ...second, paidAt: clock.toISOString() })).body.outcome).toBe('refunded');
    const refund = t.platform.refunds.find((r) => r.key === `extra-${second.paymentId}`);
    expect(refund).toMatchObject({ orderId: theirs.body.orderId, body: { amount: bill.amount } });
    expect(t.platform.orders.find((o) => o.order.id === theirs.body.orderId)!.order.payment).toMatchObject({ refunded: bill.amount });
    // The bill keeps the first payment; the receipt is the first payer's only.
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-a' })).body.receipt.paymentId).toBe(first.paymentId);
    expect((await call(`/bills/${id}/receipt`, { sub: 'citizen-d' })).status).toBe(404);
    const [extra] = await t.db.query<{ refund_id: string }>('SELECT refund_id FROM extra_payments WHERE payment_id = $1', [second.paymentId]);
    expect(extra!.refund_id).toBe(refund!.refund.id);
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
    const token = t.platform.signIdToken({ sub: 'citizen-a', nonce });
    const headers = { origin: appOrigin, authorization: `Bearer ${token}` };
    expect((await fetch(`${t.url}/accounts`, { headers })).status).toBe(200);
    expect(((await (await fetch(`${t.url}/accounts`, { headers })).json()) as { code: string }).code).toBe('NONCE_UNKNOWN');
  });
});
