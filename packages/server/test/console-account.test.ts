import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { CONSOLE_HOST, citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode, signInWithCode } from './support/sign-up.js';

// The developer console's sign-up and recovery screens call the citizen routes on the console's origin: the session
// they start must be the console's, found there and nowhere else (a session belongs to the site that started it).
describe.each(testDatabases)('signing up and recovering on the console origin on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
  });
  afterAll(() => db.close());

  const consoleClient = () => citizenClient(server, { host: CONSOLE_HOST });
  const surfacesOf = async (phone: string) => (await db.query<{ surface: string; live: boolean }>(
    `SELECT s.surface, s.revoked_at IS NULL AS live FROM sessions s JOIN citizens c ON c.id = s.citizen_id
     WHERE c.phone = $1 ORDER BY s.created_at`, [phone])).map((row) => `${row.surface}:${row.live ? 'live' : 'ended'}`);

  it('signs up on the console into a console session (refused on the host), the number confirmed and the browser trusted there', async () => {
    const client = consoleClient();
    const registered = await registerWithCode(client, smsGateway, { phone: '0912 700 100', password: 'mật khẩu mới dài', name: 'Đối Tác' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body.citizen).toMatchObject({ name: 'Đối Tác', phone: '+84912700100', phoneVerified: true });
    const device = registered.headers.getSetCookie().find((line) => line.startsWith('citadel_device='));
    expect(device).toContain('Path=/api/auth');
    expect(await surfacesOf('+84912700100')).toEqual(['console:live']);
    expect((await client.get('/api/me')).body.citizen.name).toBe('Đối Tác');
    const host = citizenClient(server);
    host.cookie = client.cookie;
    expect((await host.get('/api/me')).status).toBe(401);
  });

  it('recovers on the console into a console session, ending every other one (the host\'s too); only the new password signs in', async () => {
    const phone = '0912 700 200';
    const host = citizenClient(server);
    expect((await registerWithCode(host, smsGateway, { phone, password: 'mật khẩu cũ dài', name: 'Quên Mật Khẩu' })).status).toBe(201);
    const client = consoleClient();
    expect((await client.post('/api/auth/otp', { phone, purpose: 'recovery' })).status).toBe(202);
    const wrong = await client.post('/api/auth/recover', { phone, code: smsGateway.lastCode(phone) === '000000' ? '111111' : '000000', password: 'mật khẩu mới dài' });
    expect(wrong.body).toMatchObject({ code: 'OTP_INVALID', triesLeft: 4 });
    const recovered = await client.post('/api/auth/recover', { phone, code: smsGateway.lastCode(phone), password: 'mật khẩu mới dài' });
    expect(recovered.status, JSON.stringify(recovered.body)).toBe(200);
    expect(await surfacesOf('+84912700200')).toEqual(['host:ended', 'console:live']);
    expect((await client.get('/api/me')).body.citizen.name).toBe('Quên Mật Khẩu');
    expect((await host.get('/api/me')).status).toBe(401);
    expect((await consoleClient().post('/api/auth/signin', { phone, password: 'mật khẩu cũ dài' })).body.code).toBe('INVALID_CREDENTIALS');
    expect((await signInWithCode(consoleClient(), smsGateway, { phone, password: 'mật khẩu mới dài' })).status).toBe(200);
  });
});
