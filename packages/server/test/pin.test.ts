import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, testManifest, testPlatform, partnerAuth } from './support/platform.js';
import { codeFor, registerWithCode } from './support/sign-up.js';

describe.each(testDatabases)('payment PIN on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let auth: Record<string, string>;
  let n = 0;
  const order = async (amount: number) => {
    const response = await server.app.request('http://x/api/partner/v1/orders', {
      method: 'POST',
      headers: { host: 'localhost:8080', ...auth, 'idempotency-key': `pin-${++n}-${Math.random()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ amount, description: 'Học phí', reference: `PIN-${n}` }),
    });
    return ((await response.json()) as { order: { id: string } }).order.id;
  };
  const citizen = async (phone: string) => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone, password: 'mật khẩu dài', name: 'Phụ huynh' });
    await c.post('/api/wallet/topups', { amount: 500_000, source: 'dev-bank' }, { 'idempotency-key': `topup-${phone}` });
    return c;
  };
  const pay = (c: ReturnType<typeof citizenClient>, orderId: string, pin: string) =>
    c.post(`/api/payments/orders/${orderId}/pay`, { appId: 'water', stepUp: { method: 'pin', pin } });
  const balance = async (c: ReturnType<typeof citizenClient>) => (await c.get('/api/wallet')).body.balance as number;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['identity', 'payments']), dir: BUILT_APP_DIR }] });
    auth = await partnerAuth(server, 'water');
  });
  afterAll(() => db.close());

  it('sets a PIN only after a code to the citizen\'s own number, with their anti-phishing words', async () => {
    const c = await citizen('0941000001');
    expect((await c.get('/api/me/pin')).body).toEqual({ set: false, locked: false, words: null });
    // No code, a made-up code, a code to someone else's number: nothing is set.
    expect((await c.put('/api/me/pin', { pin: '246810', words: 'hoa sen' })).body.code).toBe('INVALID_PARAMS');
    expect((await c.put('/api/me/pin', { code: '123456', pin: '246810', words: 'hoa sen' })).body.code).toBe('OTP_EXPIRED');
    expect((await c.post('/api/auth/otp', { phone: '0941000099', purpose: 'pin' })).body.code).toBe('INVALID_PARAMS');
    expect((await citizenClient(server).post('/api/auth/otp', { phone: '0941000001', purpose: 'pin' })).status).toBe(401);
    expect((await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000001', 'pin'), pin: '12345', words: 'hoa sen' })).body.code).toBe('INVALID_PARAMS');
    expect((await c.get('/api/me/pin')).body.set).toBe(false);
    const set = await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000001', 'pin'), pin: '246810', words: '  hoa sen trắng  ' });
    expect(set).toMatchObject({ status: 200, body: { set: true, locked: false, words: 'hoa sen trắng' } });
    const [row] = await db.query<{ pin_hash: string }>('SELECT pin_hash FROM payment_pins');
    expect(row!.pin_hash).toMatch(/^scrypt\$4096\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row!.pin_hash).not.toContain('246810');
  });

  it('pays with the PIN, never the password; without a PIN the payment asks for one', async () => {
    const c = await citizen('0941000002');
    const id = await order(40_000);
    expect((await pay(c, id, '246810')).body).toMatchObject({ code: 'PIN_NOT_SET' });
    expect((await c.post(`/api/payments/orders/${id}/pay`, { appId: 'water', password: 'mật khẩu dài' })).body.code).toBe('INVALID_PARAMS');
    await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000002', 'pin'), pin: '975310', words: 'con cò trắng' });
    expect((await pay(c, id, '975310')).body).toMatchObject({ status: 'succeeded', paymentId: expect.any(String) });
    expect(await balance(c)).toBe(460_000);
  });

  it('locks the PIN after 5 wrong tries (moving no money), even for the right PIN after, until a code resets it', async () => {
    const c = await citizen('0941000003');
    await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000003', 'pin'), pin: '112233', words: 'bầu trời xanh' });
    const id = await order(25_000);
    for (let left = 4; left >= 1; left--) {
      expect((await pay(c, id, '000000')).body).toMatchObject({ code: 'STEP_UP_FAILED', triesLeft: left });
    }
    const fifth = await pay(c, id, '000000');
    expect(fifth).toMatchObject({ status: 423, body: { code: 'PIN_LOCKED' } });
    expect((await pay(c, id, '112233')).body.code).toBe('PIN_LOCKED');
    expect((await c.get('/api/me/pin')).body).toEqual({ set: true, locked: true, words: 'bầu trời xanh' });
    expect(await balance(c)).toBe(500_000);
    // Reset through a code: a new PIN, the lock gone.
    await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000003', 'pin'), pin: '445566', words: 'bầu trời xanh' });
    expect((await pay(c, id, '112233')).body).toMatchObject({ code: 'STEP_UP_FAILED', triesLeft: 4 });
    expect((await pay(c, id, '445566')).body.status).toBe('succeeded');
    // The right PIN gives the tries back.
    expect((await c.get('/api/me/pin')).body.locked).toBe(false);
    const [row] = await db.query<{ failures: number }>("SELECT failures FROM payment_pins p JOIN citizens c ON c.id = p.citizen_id WHERE c.phone = '+84941000003'");
    expect(row!.failures).toBe(0);
  });

  it('counts a brute force sent all at once: ten parallel guesses use 5 tries and lock', async () => {
    const c = await citizen('0941000004');
    await c.put('/api/me/pin', { code: await codeFor(c, smsGateway, '0941000004', 'pin'), pin: '909090', words: 'lá vàng rơi' });
    const id = await order(10_000);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => pay(c, id, String(100_000 + i))));
    expect(answers.filter((a) => a.body.code === 'STEP_UP_FAILED')).toHaveLength(4);
    expect(answers.filter((a) => a.body.code === 'PIN_LOCKED')).toHaveLength(6);
    expect((await pay(c, id, '909090')).body.code).toBe('PIN_LOCKED');
  });
});
