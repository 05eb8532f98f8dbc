import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

describe.each(testDatabases)('session cookies in production on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { secureCookies: true });
  });
  afterAll(() => db.close());

  it('names the session cookie __Host- (Secure, Path=/, no Domain) and the device cookie __Secure-', async () => {
    const c = citizenClient(server);
    const registered = await registerWithCode(c, smsGateway, { phone: '0912000111', password: 'mật khẩu dài', name: 'An' });
    expect(registered.status).toBe(201);
    const cookies = registered.headers.getSetCookie();
    const session = cookies.find((line) => line.startsWith('__Host-citadel_session='));
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(session).toContain('Secure');
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Strict');
    expect(session).not.toMatch(/Domain=/i);
    const device = cookies.find((line) => line.startsWith('__Secure-citadel_device='));
    expect(device).toContain('Secure');
    expect(device).toContain('Path=/api/auth');
    expect(cookies.some((line) => line.startsWith('citadel_session='))).toBe(false);
    expect((await c.get('/api/me')).body.citizen.name).toBe('An');
  });

  it('ignores a session token under the unprefixed name, as an app origin could plant it', async () => {
    const c = citizenClient(server);
    await registerWithCode(c, smsGateway, { phone: '0912000222', password: 'mật khẩu dài', name: 'Bình' });
    const token = c.cookie.split('=')[1]!;
    const planted = citizenClient(server);
    planted.cookie = `citadel_session=${token}`;
    expect((await planted.get('/api/me')).status).toBe(401);
    planted.cookie = `__Host-citadel_session=${token}`;
    expect((await planted.get('/api/me')).status).toBe(200);
    // Signing out clears the prefixed cookie.
    const out = await c.post('/api/auth/signout');
    expect(out.headers.getSetCookie().some((line) => line.startsWith('__Host-citadel_session=;'))).toBe(true);
  });
});
