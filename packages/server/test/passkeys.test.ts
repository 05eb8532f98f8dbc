import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { OPEN_SIGN_IN_CHALLENGES } from '../src/passkeys/challenges.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, HOST, HOST_ORIGIN, smsGateway, testManifest, testPlatform, partnerAuth } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';
import { createSoftAuthenticator } from './support/soft-authenticator.js';

type Client = ReturnType<typeof citizenClient>;

describe.each(testDatabases)('passkeys on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let auth: Record<string, string>;
  let n = 0;

  const citizen = async (phone: string, topup = 0) => {
    const c = citizenClient(server);
    expect((await registerWithCode(c, smsGateway, { phone, password: 'mật khẩu dài', name: 'Người dùng' })).status).toBe(201);
    if (topup) await c.post('/api/wallet/topups', { amount: topup, source: 'dev-bank' }, { 'idempotency-key': `topup-${phone}` });
    return c;
  };
  /** Registers a passkey of `authenticator` for `c`; resolves with the answer. */
  const addPasskey = async (c: Client, authenticator: ReturnType<typeof createSoftAuthenticator>, name = 'Điện thoại') => {
    const { options } = (await c.post('/api/passkeys/options')).body;
    return c.post('/api/passkeys', { name, credential: authenticator.create(options) });
  };
  const order = async (amount = 50_000) => {
    const response = await server.app.request('http://x/api/partner/v1/orders', {
      method: 'POST',
      headers: { host: HOST, ...auth, 'idempotency-key': `pk-${++n}`, 'content-type': 'application/json' },
      body: JSON.stringify({ amount, description: 'Vé xe buýt', reference: `PK-${n}` }),
    });
    return ((await response.json()) as { order: { id: string } }).order.id;
  };
  const paymentOptions = async (c: Client, orderId: string) => (await c.post(`/api/payments/orders/${orderId}/passkey-options`, { appId: 'water' })).body.options;
  const payWith = (c: Client, orderId: string, credential: unknown) =>
    c.post(`/api/payments/orders/${orderId}/pay`, { appId: 'water', stepUp: { method: 'passkey', credential } });
  const signInOptions = async () => (await citizenClient(server).post('/api/auth/passkey/options')).body.options;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['identity', 'payments']), dir: BUILT_APP_DIR }] });
    auth = await partnerAuth(server, 'water');
  });
  afterAll(() => db.close());

  it('registers a real passkey (none attestation, user verified) and lists it; the options exclude existing passkeys', async () => {
    const c = await citizen('0931000001');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    const options = (await c.post('/api/passkeys/options')).body.options;
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'Citadel' }, user: { name: '+84931000001' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' }, excludeCredentials: [],
    });
    const added = await c.post('/api/passkeys', { name: 'Điện thoại của An', credential: authenticator.create(options) });
    expect(added.status).toBe(201);
    expect(added.body.passkey).toMatchObject({ id: authenticator.ids[0], name: 'Điện thoại của An', lastUsedAt: null });
    expect((await c.get('/api/passkeys')).body.passkeys).toEqual([added.body.passkey]);
    const again = (await c.post('/api/passkeys/options')).body.options;
    expect(again.excludeCredentials).toEqual([{ id: authenticator.ids[0], type: 'public-key', transports: ['internal'] }]);
    // The stored row holds a public key and a counter, nothing secret.
    const [row] = await db.query<Record<string, unknown>>('SELECT * FROM passkeys WHERE id = $1', [authenticator.ids[0]]);
    expect(Object.keys(row!).sort()).toEqual(['backed_up', 'citizen_id', 'counter', 'created_at', 'device_type', 'id', 'last_used_at', 'name', 'public_key', 'transports']);
  });

  it('refuses a registration answering no challenge, a reused one, another citizen\'s, the same credential twice, and one without user verification', async () => {
    const a = await citizen('0931000002');
    const b = await citizen('0931000003');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    const forged = authenticator.create({ challenge: 'bm90LWlzc3VlZC1ieS10aGUtcGxhdGZvcm0', user: { id: 'eA' }, rp: { id: 'localhost' } });
    expect((await a.post('/api/passkeys', { name: 'X', credential: forged })).body.code).toBe('CHALLENGE_UNKNOWN');
    const options = (await a.post('/api/passkeys/options')).body.options;
    const credential = authenticator.create(options);
    // b answering a's challenge: bound to a citizen.
    expect((await b.post('/api/passkeys', { name: 'X', credential })).body.code).toBe('CHALLENGE_MISMATCH');
    // Now used up, even for a.
    expect((await a.post('/api/passkeys', { name: 'X', credential })).body.code).toBe('CHALLENGE_REPLAYED');
    const registered = await addPasskey(a, authenticator);
    expect(registered.status).toBe(201);
    // The same authenticator credential for another account, under b's own fresh challenge.
    const same = authenticator.create((await b.post('/api/passkeys/options')).body.options, { again: registered.body.passkey.id });
    expect((await b.post('/api/passkeys', { name: 'X', credential: same })).body).toMatchObject({ code: 'PASSKEY_EXISTS' });
    const unverified = authenticator.create((await b.post('/api/passkeys/options')).body.options, { unverified: true });
    expect((await b.post('/api/passkeys', { name: 'X', credential: unverified })).body).toMatchObject({ code: 'PASSKEY_REFUSED' });
    expect((await b.get('/api/passkeys')).body.passkeys).toEqual([]);
    const dup = authenticator.create((await a.post('/api/passkeys/options')).body.options);
    expect((await a.post('/api/passkeys', { name: 'x'.repeat(65), credential: dup })).body.code).toBe('INVALID_PARAMS');
  });

  it('signs in with a discoverable passkey: a session cookie as a password sign-in sets, and last use recorded', async () => {
    const owner = await citizen('0931000004');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    expect((await addPasskey(owner, authenticator)).status).toBe(201);
    const stranger = citizenClient(server);
    const { options } = (await stranger.post('/api/auth/passkey/options')).body;
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [] });
    const signedIn = await stranger.post('/api/auth/passkey', { credential: authenticator.get(options) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.citizen.phone).toBe('+84931000004');
    const cookie = signedIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^citadel_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect((await stranger.get('/api/me')).body.citizen.phone).toBe('+84931000004');
    const [listed] = (await owner.get('/api/passkeys')).body.passkeys;
    expect(listed.lastUsedAt).toEqual(expect.any(String));
  });

  it('refuses a replayed assertion, an expired challenge, a wrong purpose, an unknown credential, no user verification and a counter that went backwards', async () => {
    const owner = await citizen('0931000005');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    await addPasskey(owner, authenticator);
    const options = await signInOptions();
    const assertion = authenticator.get(options);
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: assertion })).status).toBe(200);
    const replay = await citizenClient(server).post('/api/auth/passkey', { credential: assertion });
    expect(replay).toMatchObject({ status: 409, body: { code: 'CHALLENGE_REPLAYED' } });

    const late = await signInOptions();
    await db.query("UPDATE webauthn_challenges SET expires_at = now() - interval '1 second' WHERE challenge = $1", [late.challenge]);
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: authenticator.get(late) })).body.code).toBe('CHALLENGE_EXPIRED');

    // A registration challenge answered as a sign-in.
    const registration = (await owner.post('/api/passkeys/options')).body.options;
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: authenticator.get(registration) })).body.code).toBe('CHALLENGE_MISMATCH');

    const unknown = createSoftAuthenticator(HOST_ORIGIN);
    unknown.create({ challenge: 'AA', user: { id: 'eA' }, rp: { id: 'localhost' } });
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: unknown.get(await signInOptions()) })).body.code).toBe('PASSKEY_UNKNOWN');

    const unverified = await citizenClient(server).post('/api/auth/passkey', { credential: authenticator.get(await signInOptions(), { unverified: true }) });
    expect(unverified).toMatchObject({ status: 401, body: { code: 'PASSKEY_REFUSED' } });

    // A clone of the key reports an old counter: refused, and the stored counter keeps its value.
    const [{ counter }] = await db.query<{ counter: string }>('SELECT counter FROM passkeys WHERE id = $1', [authenticator.ids[0]]) as [{ counter: string }];
    const cloned = await citizenClient(server).post('/api/auth/passkey', { credential: authenticator.get(await signInOptions(), { counter: 1 }) });
    expect(cloned).toMatchObject({ status: 401, body: { code: 'PASSKEY_COUNTER_REGRESSED' } });
    expect((await db.query<{ counter: string }>('SELECT counter FROM passkeys WHERE id = $1', [authenticator.ids[0]]))[0]!.counter).toBe(counter);

    // Another origin's client data (a phishing page relaying the challenge) is refused.
    const phished = authenticator.get(await signInOptions());
    const data = JSON.parse(Buffer.from(phished.response.clientDataJSON, 'base64url').toString());
    const swapped = { ...phished, response: { ...phished.response, clientDataJSON: Buffer.from(JSON.stringify({ ...data, origin: 'http://evil.localhost:8080' })).toString('base64url') } };
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: swapped })).body.code).toBe('PASSKEY_REFUSED');
  });

  it('pays an order with a passkey step-up bound to that order and citizen, once for one assertion sent twice at once', async () => {
    const payer = await citizen('0931000006', 200_000);
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    await addPasskey(payer, authenticator);
    const orderId = await order(50_000);
    const options = await paymentOptions(payer, orderId);
    expect(options).toMatchObject({ userVerification: 'required', allowCredentials: [{ id: authenticator.ids[0], type: 'public-key' }] });
    const paid = await payWith(payer, orderId, authenticator.get(options));
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'succeeded', paymentId: expect.stringMatching(/^pay_/), receipt: expect.any(String) });
    expect((await payer.get('/api/wallet')).body.balance).toBe(150_000);

    // One assertion sent twice at once (two tabs, a retrying client): one payment, the other a replay.
    const next = await order(20_000);
    const assertion = authenticator.get(await paymentOptions(payer, next));
    const both = await Promise.all([payWith(payer, next, assertion), payWith(payer, next, assertion)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.code).toBe('CHALLENGE_REPLAYED');
    expect((await payer.get('/api/wallet')).body.balance).toBe(130_000);
  });

  it('refuses a payment with a passkey of another account, a replayed assertion, another order\'s challenge, a sign-in challenge and an expired one', async () => {
    const payer = await citizen('0931000007', 500_000);
    const other = await citizen('0931000008', 500_000);
    const mine = createSoftAuthenticator(HOST_ORIGIN);
    const theirs = createSoftAuthenticator(HOST_ORIGIN);
    await addPasskey(payer, mine);
    await addPasskey(other, theirs);
    const orderId = await order(10_000);

    // The other account's passkey, answering the payer's own challenge for this order.
    const foreign = await payWith(payer, orderId, theirs.get(await paymentOptions(payer, orderId), { credentialId: theirs.ids[0]! }));
    expect(foreign).toMatchObject({ status: 403, body: { code: 'PASSKEY_NOT_YOURS' } });

    // Another order's challenge.
    const elsewhere = await order(10_000);
    expect((await payWith(payer, orderId, mine.get(await paymentOptions(payer, elsewhere)))).body.code).toBe('CHALLENGE_MISMATCH');
    // The other citizen's challenge for the same order.
    expect((await payWith(payer, orderId, mine.get(await paymentOptions(other, orderId), { credentialId: mine.ids[0]! }))).body.code).toBe('CHALLENGE_MISMATCH');
    // A sign-in challenge: wrong purpose.
    expect((await payWith(payer, orderId, mine.get(await signInOptions()))).body.code).toBe('CHALLENGE_MISMATCH');
    // Expired.
    const late = await paymentOptions(payer, orderId);
    await db.query("UPDATE webauthn_challenges SET expires_at = now() - interval '1 second' WHERE challenge = $1", [late.challenge]);
    expect((await payWith(payer, orderId, mine.get(late))).body.code).toBe('CHALLENGE_EXPIRED');
    expect((await payer.get('/api/wallet')).body.balance).toBe(500_000);

    // Paid once; the same assertion again is a replay, not a second debit.
    const assertion = mine.get(await paymentOptions(payer, orderId));
    expect((await payWith(payer, orderId, assertion)).status).toBe(200);
    expect((await payWith(payer, orderId, assertion))).toMatchObject({ status: 409, body: { code: 'CHALLENGE_REPLAYED' } });
    expect((await payer.get('/api/wallet')).body.balance).toBe(490_000);
    // Options for an order of an unknown app, or no such order, name nothing.
    expect((await payer.post(`/api/payments/orders/${orderId.slice(0, -1)}x/passkey-options`, { appId: 'water' })).body.code).toBe('ORDER_NOT_FOUND');
    expect((await payer.post(`/api/payments/orders/${orderId}/passkey-options`, { appId: 'nope' })).body.code).toBe('ORDER_NOT_FOUND');
  });

  it('bounds the open sign-in challenges one address holds, with a typed 429 naming the limit; answering one frees a place', async () => {
    const proxied = await testPlatform(db, { trustProxy: true });
    const from = (ip: string) => citizenClient(proxied).post('/api/auth/passkey/options', {}, { 'x-forwarded-for': ip });
    const owner = await citizen('0931000011');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    await addPasskey(owner, authenticator);
    const first = (await from('203.0.113.7')).body.options;
    for (let i = 1; i < OPEN_SIGN_IN_CHALLENGES; i++) expect((await from('203.0.113.7')).status).toBe(200);
    const refused = await from('203.0.113.7');
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED', limit: OPEN_SIGN_IN_CHALLENGES, windowSeconds: 300 } });
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect((await from('203.0.113.8')).status).toBe(200);
    expect((await citizenClient(proxied).post('/api/auth/passkey', { credential: authenticator.get(first) })).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(200);
  });

  it('removes a passkey: it no longer signs in, and another citizen cannot remove it', async () => {
    const owner = await citizen('0931000009');
    const intruder = await citizen('0931000010');
    const authenticator = createSoftAuthenticator(HOST_ORIGIN);
    await addPasskey(owner, authenticator);
    const id = authenticator.ids[0]!;
    expect((await intruder.delete(`/api/passkeys/${id}`)).status).toBe(404);
    expect((await owner.delete(`/api/passkeys/${id}`)).status).toBe(204);
    expect((await owner.get('/api/passkeys')).body.passkeys).toEqual([]);
    expect((await citizenClient(server).post('/api/auth/passkey', { credential: authenticator.get(await signInOptions()) })).body.code).toBe('PASSKEY_UNKNOWN');
    expect((await citizenClient(server).get('/api/passkeys')).status).toBe(401);
    // Cross-site writes are refused before anything is read.
    expect((await citizenClient(server, { origin: 'http://evil.localhost:8080' }).post('/api/auth/passkey/options')).body.code).toBe('CROSS_SITE');
  });
});
