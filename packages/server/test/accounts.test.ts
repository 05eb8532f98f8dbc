import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode, signInWithCode } from './support/sign-up.js';

describe.each(testDatabases)('citizen accounts on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { throttle: { perPhone: 3, perIp: 5 } });
  });
  afterAll(() => db.close());

  it('registers with a Vietnamese mobile number, signs in and reads /api/me', async () => {
    const a = citizenClient(server);
    const registered = await registerWithCode(a, smsGateway, { phone: '0912 345 678', password: 'correct horse', name: 'Nguyễn Văn An' });
    expect(registered.status).toBe(201);
    expect(registered.body.citizen).toMatchObject({ phone: '+84912345678', name: 'Nguyễn Văn An', verificationLevel: 'none', phoneVerified: true });
    const cookie = registered.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^citadel_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toMatch(/Domain=/i);
    expect((await a.get('/api/me')).body.citizen.phone).toBe('+84912345678');

    const b = citizenClient(server);
    expect((await b.get('/api/me')).status).toBe(401);
    const signedIn = await signInWithCode(b, smsGateway, { phone: '+84 912 345 678', password: 'correct horse' });
    expect(signedIn.status).toBe(200);
    expect((await b.get('/api/me')).body.citizen.name).toBe('Nguyễn Văn An');
  });

  it('refuses a taken phone, a short password, unknown keys and a non-Vietnamese number with typed errors', async () => {
    const c = citizenClient(server);
    expect((await registerWithCode(c, smsGateway, { phone: '0912345678', password: 'another one', name: 'X' })).body).toMatchObject({ code: 'PHONE_TAKEN' });
    const short = await c.post('/api/auth/register', { phone: '0987654321', password: 'short', name: 'X', code: '000000' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'INVALID_PARAMS', message: expect.stringContaining('password') });
    // An unknown key is refused, and named: in the message and in the issue's path.
    const admin = await c.post('/api/auth/register', { phone: '0987654321', password: 'long enough', name: 'X', code: '000000', admin: true });
    expect(admin.body).toMatchObject({ code: 'INVALID_PARAMS', message: 'admin: Unrecognized key: "admin"', issues: [{ path: 'admin' }] });
    expect((await c.post('/api/auth/register', { phone: '0987654321', password: 7, name: 'X', code: '000000' })).body.message).toBe('password: Invalid input: expected string, received number');
    expect((await c.post('/api/auth/register', { phone: '+1 202 555 0100', password: 'long enough', name: 'X', code: '000000' })).body.code).toBe('INVALID_PARAMS');
    expect((await c.post('/api/auth/register', '{not json')).body.code).toBe('INVALID_PARAMS');
    const proto = await c.post('/api/auth/register', '{"phone":"0987654321","password":"long enough","name":"X","code":"000000","__proto__":{"admin":true}}');
    expect(proto.body).toMatchObject({ code: 'INVALID_PARAMS', key: '__proto__' });
    const big = await c.post('/api/auth/register', { phone: '0987654321', password: 'long enough', name: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 16384 });
    expect(JSON.stringify(big.body)).not.toMatch(/stack|at \w+ \(/);
    // A streamed body with no Content-Length is cut at the limit too.
    const chunk = new TextEncoder().encode('x'.repeat(8192));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull: (controller) => (sent++ < 64 ? controller.enqueue(chunk) : controller.close()) });
    const streamed = await server.app.request('http://localhost:8080/api/auth/register', {
      method: 'POST', body: stream, duplex: 'half', headers: { host: 'localhost:8080', origin: 'http://localhost:8080', 'content-type': 'application/json' },
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(64);
  });

  it('lists sessions, marks the current one, and refuses a revoked session at once', async () => {
    const phone = '0901000001';
    const first = citizenClient(server);
    await registerWithCode(first, smsGateway, { phone, password: 'pass phrase 1', name: 'Trần Thị Bình' });
    const second = citizenClient(server);
    await signInWithCode(second, smsGateway, { phone, password: 'pass phrase 1' });
    const { sessions } = (await first.get('/api/sessions')).body;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ userAgent: 'test-agent', createdAt: expect.any(String), lastSeenAt: expect.any(String) });
    const other = sessions.find((s: { current: boolean }) => !s.current);
    expect((await first.delete(`/api/sessions/${other.id}`)).status).toBe(204);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await first.get('/api/me')).status).toBe(200);
    expect((await first.delete(`/api/sessions/${other.id}`)).status).toBe(404);
  });

  it('signs out server-side: the old cookie no longer works', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0901000002', password: 'pass phrase 2', name: 'Lê Văn Cường' });
    const cookie = c.cookie;
    expect((await c.post('/api/auth/signout')).status).toBe(204);
    c.cookie = cookie;
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('locks a phone out after 3 failures (the limit named), even for the right password, without revealing accounts', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0901000003', password: 'right password', name: 'Phạm Thị Dung' });
    const attacker = citizenClient(server);
    for (let i = 0; i < 3; i++) {
      const wrong = await attacker.post('/api/auth/signin', { phone: '0901000003', password: `wrong ${i}` });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await attacker.post('/api/auth/signin', { phone: '0901000003', password: 'right password' });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'LOCKED_OUT', limit: 3, windowSeconds: 900, retryAfterSeconds: expect.any(Number) });
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(800);
    // An unknown phone answers exactly like a wrong password.
    const unknown = await attacker.post('/api/auth/signin', { phone: '0909999999', password: 'whatever it is' });
    expect(unknown).toMatchObject({ status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'Wrong phone number or password' } });
  });

  it('rate limits one address that tries many phones (the limit named)', async () => {
    // The same address (unknown in app.request) already failed 4 times above; limit 5.
    const c = citizenClient(server);
    let last;
    for (let i = 0; i < 3; i++) last = await c.post('/api/auth/signin', { phone: `090200000${i}`, password: 'guess guess' });
    expect(last!.status).toBe(429);
    expect(last!.body).toMatchObject({ code: 'RATE_LIMITED', limit: 5 });
  });

  it('refuses cross-site writes: another Origin, or none', async () => {
    const evil = citizenClient(server, { origin: 'http://water.apps.localhost:8080' });
    const refused = await evil.post('/api/auth/register', { phone: '0901000009', password: 'pass phrase 9', name: 'X', code: '000000' });
    expect(refused).toMatchObject({ status: 403, body: { code: 'CROSS_SITE' } });
    const none = await server.app.request('http://localhost:8080/api/auth/signin', {
      method: 'POST', headers: { host: 'localhost:8080', 'content-type': 'application/json' }, body: '{}',
    });
    expect(none.status).toBe(403);
  });

  it('verifies identity through the provider interface, and one identity number verifies one account', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0901000004', password: 'pass phrase 4', name: 'Hoa' });
    const details = { nationalId: '046201001234', fullName: 'Hoàng Thị Hoa', dateOfBirth: '1990-05-17', ward: 'Phú Hội' };
    const verified = await c.post('/api/me/verification', details);
    expect(verified.body.citizen).toMatchObject({ verificationLevel: 'verified', fullName: 'Hoàng Thị Hoa', dateOfBirth: '1990-05-17', ward: 'Phú Hội' });
    expect((await c.post('/api/me/verification', { ...details, nationalId: '046201000000' })).body.code).toBe('VERIFICATION_FAILED');
    const d = citizenClient(server);
    await registerWithCode(d, smsGateway, { phone: '0901000005', password: 'pass phrase 5', name: 'Someone' });
    expect((await d.post('/api/me/verification', details)).body.code).toBe('ALREADY_VERIFIED');
    expect((await d.post('/api/me/verification', { ...details, nationalId: '12345' })).body.code).toBe('INVALID_PARAMS');
  });
});
