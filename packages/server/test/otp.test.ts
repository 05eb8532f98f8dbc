import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, HOST, HOST_ORIGIN, smsGateway, testPlatform } from './support/platform.js';
import { codeFor, registerWithCode, signInWithCode } from './support/sign-up.js';

const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe.each(testDatabases)('one-time codes on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let limited: Awaited<ReturnType<typeof testPlatform>>;
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    // Small limits, and the client address from X-Forwarded-For, so each limit can be reached on its own.
    limited = await testPlatform(db, { trustProxy: true, otpLimits: { cooldownSeconds: 60, perNumberHour: 3, perNumberDay: 4, perIpHour: 6 } });
  });
  afterAll(() => db.close());

  it('texts a 6-digit code through the eSMS API, keeps only its digest, and registers a verified number with it', async () => {
    const c = citizenClient(server);
    const sent = await c.post('/api/auth/otp', { phone: '0931 000 001', purpose: 'sign-up' });
    expect(sent).toMatchObject({ status: 202, body: { expiresInSeconds: 300, resendAfterSeconds: 0 } });
    const message = smsGateway.sent.at(-1)!;
    expect(message).toMatchObject({ Phone: '0931000001', Brandname: 'CITADEL', SmsType: '2', IsUnicode: '0', ApiKey: 'test-api-key' });
    expect(message.Content).toMatch(/^Ma xac thuc Citadel cua ban la \d{6}\. Het han sau 5 phut\./);
    expect(message.Content).toMatch(/^[\x20-\x7e]+$/);
    const code = smsGateway.lastCode('0931000001')!;
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM phone_codes WHERE phone = $1', ['+84931000001']);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
    const registered = await c.post('/api/auth/register', { phone: '0931000001', password: 'mật khẩu dài', name: 'An', code });
    expect(registered.status).toBe(201);
    expect(registered.body.citizen).toMatchObject({ phone: '+84931000001', phoneVerified: true });
  });

  it('refuses a wrong code with the tries left, kills the code after 5, and creates no account', async () => {
    const c = citizenClient(server);
    await c.post('/api/auth/otp', { phone: '0931000002', purpose: 'sign-up' });
    const code = smsGateway.lastCode('0931000002')!;
    const body = { phone: '0931000002', password: 'mật khẩu dài', name: 'Kẻ mạo danh' };
    for (let left = 4; left >= 1; left--) {
      expect((await c.post('/api/auth/register', { ...body, code: wrongCode(code) })).body).toMatchObject({ code: 'OTP_INVALID', triesLeft: left });
    }
    expect((await c.post('/api/auth/register', { ...body, code: wrongCode(code) })).body.code).toBe('OTP_TOO_MANY_TRIES');
    // The right code no longer helps: the code is dead.
    const late = await c.post('/api/auth/register', { ...body, code });
    expect(late).toMatchObject({ status: 422, body: { code: 'OTP_TOO_MANY_TRIES' } });
    expect(await db.query('SELECT 1 FROM citizens WHERE phone = $1', ['+84931000002'])).toHaveLength(0);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('counts parallel guesses: ten at once use up the 5 tries, never more', async () => {
    const c = citizenClient(server);
    await c.post('/api/auth/otp', { phone: '0931000012', purpose: 'sign-up' });
    const code = smsGateway.lastCode('0931000012')!;
    const guesses = Array.from({ length: 10 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(guesses.map((g) => c.post('/api/auth/register', { phone: '0931000012', password: 'mật khẩu dài', name: 'X', code: g })));
    expect(answers.filter((a) => a.body.code === 'OTP_INVALID')).toHaveLength(4);
    const [row] = await db.query<{ attempts: number }>('SELECT attempts FROM phone_codes WHERE phone = $1', ['+84931000012']);
    expect(row!.attempts).toBe(5);
  });

  it('refuses a replayed code, an expired code and a code sent for another purpose', async () => {
    const c = citizenClient(server);
    expect((await registerWithCode(c, smsGateway, { phone: '0931000003', password: 'mật khẩu dài', name: 'Bình' })).status).toBe(201);
    const used = smsGateway.lastCode('0931000003')!;
    // Replayed (by anyone): the code was used.
    expect((await citizenClient(server).post('/api/auth/recover', { phone: '0931000003', code: used, password: 'mật khẩu mới' })).body.code).toBe('OTP_EXPIRED');
    expect((await citizenClient(server).post('/api/auth/register', { phone: '0931000003', password: 'mật khẩu dài', name: 'X', code: used })).body.code).toBe('OTP_EXPIRED');
    // Another purpose: a recovery code does not register, nor set a PIN.
    await citizenClient(server).post('/api/auth/otp', { phone: '0931000004', purpose: 'recovery' });
    expect((await c.put('/api/me/pin', { code: '123456', pin: '111111', words: 'ba con mèo' })).body.code).toBe('OTP_EXPIRED');
    await c.post('/api/auth/otp', { phone: '0931000003', purpose: 'recovery' });
    const recovery = smsGateway.lastCode('0931000003')!;
    expect((await c.put('/api/me/pin', { code: recovery, pin: '111111', words: 'ba con mèo' })).body.code).toBe('OTP_EXPIRED');
    // Expired: five minutes have passed (moved in the database, not waited for).
    const pin = await codeFor(c, smsGateway, '0931000003', 'pin');
    await db.query("UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1 AND purpose = 'pin'", ['+84931000003']);
    expect((await c.put('/api/me/pin', { code: pin, pin: '111111', words: 'ba con mèo' })).body).toMatchObject({ code: 'OTP_EXPIRED' });
    expect((await c.get('/api/me/pin')).body).toEqual({ set: false, locked: false, words: null });
  });

  it('answers the same for numbers with and without an account, and texts only real accounts for sign-in and recovery', async () => {
    const owner = citizenClient(server);
    await registerWithCode(owner, smsGateway, { phone: '0931000005', password: 'mật khẩu dài', name: 'Chủ' });
    for (const purpose of ['sign-in', 'recovery', 'sign-up'] as const) {
      const before = smsGateway.sent.length;
      const known = await citizenClient(server).post('/api/auth/otp', { phone: '0931000005', purpose });
      const unknown = await citizenClient(server).post('/api/auth/otp', { phone: '0931000006', purpose });
      expect(known.status).toBe(202);
      expect(unknown).toEqual({ ...known, headers: unknown.headers });
      expect(smsGateway.sent.slice(before).map((m) => m.Phone)).toEqual(purpose === 'sign-up' ? ['0931000005', '0931000006'] : ['0931000005']);
    }
    // A recovery guess for a number without an account fails like a wrong code for one with it: the same tries left.
    await citizenClient(server).post('/api/auth/otp', { phone: '0931000005', purpose: 'recovery' });
    await citizenClient(server).post('/api/auth/otp', { phone: '0931000006', purpose: 'recovery' });
    const guessKnown = await citizenClient(server).post('/api/auth/recover', { phone: '0931000005', code: wrongCode(smsGateway.lastCode('0931000005')!), password: 'mật khẩu mới' });
    const [unknownRow] = await db.query<{ id: string }>("SELECT id FROM phone_codes WHERE phone = '+84931000006' AND purpose = 'recovery' ORDER BY created_at DESC LIMIT 1");
    expect(unknownRow).toBeDefined();
    const guessUnknown = await citizenClient(server).post('/api/auth/recover', { phone: '0931000006', code: '000000', password: 'mật khẩu mới' });
    expect(guessKnown.body).toEqual({ code: 'OTP_INVALID', message: 'Wrong code: 4 tries left', triesLeft: 4 });
    expect(guessUnknown.body).toEqual(guessKnown.body);
  });

  it('names each sending limit in its 429: the minute per number and purpose, the hour and the day per number, the hour per address', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const c = citizenClient(limited);
    expect((await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-up' }, from('10.0.0.1'))).status).toBe(202);
    const again = await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-up' }, from('10.0.0.1'));
    expect(again).toMatchObject({ status: 429, body: { code: 'OTP_SEND_LIMITED', limitName: 'per-number-cooldown', limit: 1, windowSeconds: 60 } });
    expect(again.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(again.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(again.body.message).toContain('per-number-cooldown');
    // Other purposes are not held by that minute, but by the hour: 3 codes per number.
    expect((await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'recovery' }, from('10.0.0.1'))).status).toBe(202);
    expect((await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-in' }, from('10.0.0.1'))).status).toBe(202);
    await db.query("UPDATE phone_codes SET created_at = created_at - interval '2 minutes' WHERE phone = '+84932000001'");
    const hourly = await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-up' }, from('10.0.0.2'));
    expect(hourly).toMatchObject({ status: 429, body: { code: 'OTP_SEND_LIMITED', limitName: 'per-number-hour', limit: 3, windowSeconds: 3600 } });
    expect(hourly.body.retryAfterSeconds).toBeGreaterThan(3000);
    // An hour later the hourly limit is free again, but the day allows 4.
    await db.query("UPDATE phone_codes SET created_at = created_at - interval '61 minutes' WHERE phone = '+84932000001'");
    expect((await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-up' }, from('10.0.0.2'))).status).toBe(202);
    await db.query("UPDATE phone_codes SET created_at = created_at - interval '2 minutes' WHERE phone = '+84932000001'");
    const daily = await c.post('/api/auth/otp', { phone: '0932000001', purpose: 'sign-up' }, from('10.0.0.2'));
    expect(daily).toMatchObject({ status: 429, body: { code: 'OTP_SEND_LIMITED', limitName: 'per-number-day', limit: 4, windowSeconds: 86_400 } });
    // One address cycling numbers: 6 an hour.
    for (let i = 0; i < 6; i++) expect((await c.post('/api/auth/otp', { phone: `093300000${i}`, purpose: 'sign-up' }, from('10.0.0.9'))).status).toBe(202);
    const perIp = await c.post('/api/auth/otp', { phone: '0933000009', purpose: 'sign-up' }, from('10.0.0.9'));
    expect(perIp).toMatchObject({ status: 429, body: { code: 'OTP_SEND_LIMITED', limitName: 'per-ip-hour', limit: 6, windowSeconds: 3600 } });
    expect((await c.post('/api/auth/otp', { phone: '0933000009', purpose: 'sign-up' }, from('10.0.0.10'))).status).toBe(202);
  });

  it('asks a new device for a code after the right password, and trusts it (HttpOnly cookie, digest stored) once confirmed', async () => {
    await registerWithCode(citizenClient(server), smsGateway, { phone: '0931000007', password: 'mật khẩu dài', name: 'Dung' });
    const post = (body: unknown, cookie = '') => server.app.request('http://localhost:8080/api/auth/signin', {
      method: 'POST', body: JSON.stringify(body),
      headers: { host: HOST, origin: HOST_ORIGIN, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    });
    const credentials = { phone: '0931000007', password: 'mật khẩu dài' };
    const asked = await post(credentials);
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ step: 'otp', expiresInSeconds: 300, resendAfterSeconds: 0 });
    expect(asked.headers.get('set-cookie')).toBeNull();
    const code = smsGateway.lastCode('0931000007')!;
    // A wrong password with the code is still a wrong password; a wrong code starts no session.
    expect((await post({ ...credentials, password: 'sai mật khẩu', code })).status).toBe(401);
    const wrong = await post({ ...credentials, code: wrongCode(code) });
    expect(await wrong.json()).toMatchObject({ code: 'OTP_INVALID', triesLeft: 4 });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const done = await post({ ...credentials, code });
    expect(done.status).toBe(200);
    const cookies = done.headers.getSetCookie();
    const device = cookies.find((c) => c.startsWith('citadel_device='))!;
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/SameSite=Strict/);
    expect(device).toMatch(/Path=\/api\/auth/);
    const token = device.split(';')[0]!.split('=')[1]!;
    expect(JSON.stringify(await db.query('SELECT * FROM trusted_devices'))).not.toContain(token);
    // The trusted browser signs in with the password alone; another citizen's device cookie does not count.
    const sent = smsGateway.sent.length;
    expect((await post(credentials, device.split(';')[0])).status).toBe(200);
    expect(smsGateway.sent.length).toBe(sent);
    expect((await post(credentials, 'citadel_device=forged')).status).toBe(202);
  });

  it('recovers an account with a code: new password, every other session ended', async () => {
    const old = citizenClient(server);
    await registerWithCode(old, smsGateway, { phone: '0931000008', password: 'mật khẩu cũ', name: 'Em' });
    const c = citizenClient(server);
    await c.post('/api/auth/otp', { phone: '0931000008', purpose: 'recovery' });
    const recovered = await c.post('/api/auth/recover', { phone: '0931000008', code: smsGateway.lastCode('0931000008'), password: 'mật khẩu mới' });
    expect(recovered.status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(200);
    expect((await old.get('/api/me')).status).toBe(401);
    expect((await citizenClient(server).post('/api/auth/signin', { phone: '0931000008', password: 'mật khẩu cũ' })).body.code).toBe('INVALID_CREDENTIALS');
    expect((await signInWithCode(citizenClient(server), smsGateway, { phone: '0931000008', password: 'mật khẩu mới' })).status).toBe(200);
  });

  it('changes the phone number only once the new number\'s code is confirmed, never to a taken number', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0931000009', password: 'mật khẩu dài', name: 'Giang' });
    await registerWithCode(citizenClient(server), smsGateway, { phone: '0931000010', password: 'mật khẩu dài', name: 'Hà' });
    const code = await codeFor(c, smsGateway, '0931000011', 'phone-change');
    // Asked for, not confirmed: nothing changed; a wrong code changes nothing either.
    expect((await c.get('/api/me')).body.citizen.phone).toBe('+84931000009');
    expect((await c.post('/api/me/phone', { phone: '0931000011', code: wrongCode(code) })).body.code).toBe('OTP_INVALID');
    expect((await c.get('/api/me')).body.citizen.phone).toBe('+84931000009');
    const changed = await c.post('/api/me/phone', { phone: '0931000011', code });
    expect(changed.body.citizen).toMatchObject({ phone: '+84931000011', phoneVerified: true });
    // A taken number: the code proves its holder, yet the other account keeps it.
    const taken = await codeFor(c, smsGateway, '0931000010', 'phone-change');
    expect((await c.post('/api/me/phone', { phone: '0931000010', code: taken })).body.code).toBe('PHONE_TAKEN');
    expect((await c.get('/api/me')).body.citizen.phone).toBe('+84931000011');
    // Signed out, no code goes anywhere for a phone change.
    expect((await citizenClient(server).post('/api/auth/otp', { phone: '0931000012', purpose: 'phone-change' })).status).toBe(401);
  });

  it('puts phone_number_verified beside phone_number in tokens: false for an account from before codes, true once confirmed', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0931000013', password: 'mật khẩu dài', name: 'Khánh' });
    await c.put('/api/identity/grants/water', { claims: ['phone', 'name'] });
    const mint = async (nonce: string, claims: string[]) => payloadOf((await c.post('/api/identity/token', { appId: 'water', nonce, claims })).body.token);
    expect(await mint('nonce-otp-1', ['phone'])).toMatchObject({ phone_number: '+84931000013', phone_number_verified: true });
    expect(await mint('nonce-otp-2', ['name'])).not.toHaveProperty('phone_number_verified');
    await db.query('UPDATE citizens SET phone_verified_at = NULL WHERE phone = $1', ['+84931000013']);
    expect(await mint('nonce-otp-3', ['phone'])).toMatchObject({ phone_number: '+84931000013', phone_number_verified: false });
    expect((await c.get('/api/me')).body.citizen.phoneVerified).toBe(false);
    // Confirming one's own number through the phone-change step verifies it.
    const code = await codeFor(c, smsGateway, '0931000013', 'phone-change');
    expect((await c.post('/api/me/phone', { phone: '0931000013', code })).body.citizen.phoneVerified).toBe(true);
    expect(await mint('nonce-otp-4', ['phone'])).toMatchObject({ phone_number_verified: true });
  });

  it('kills a code the gateway refused, and says the SMS could not be sent', async () => {
    smsGateway.refuseNext();
    const refused = await citizenClient(server).post('/api/auth/otp', { phone: '0931000014', purpose: 'sign-up' });
    expect(refused).toMatchObject({ status: 503, body: { code: 'INTERNAL' } });
    const [row] = await db.query<{ used: boolean }>('SELECT used_at IS NOT NULL AS used FROM phone_codes WHERE phone = $1', ['+84931000014']);
    expect(row!.used).toBe(true);
  });
});
