import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createSecurityEvents } from '../src/registry/security-events.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, HOST, testManifest, testPlatform } from './support/platform.js';

describe.each(testDatabases)('partner authentication limits on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let clientId: string;
  let clientSecret: string;
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  const call = async (authorization: string, ip: string) => {
    const response = await server.app.request(`http://${HOST}/api/partner/v1/app`, { headers: { host: HOST, authorization, 'x-forwarded-for': ip } });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, {
      trustProxy: true,
      partnerAuth: { perClient: 3, perIp: 6 },
      apps: [{ manifest: testManifest('water', ['payments']), dir: BUILT_APP_DIR }],
    });
    ({ clientId, clientSecret } = await server.credentials.issue('water'));
  });
  afterAll(() => db.close());

  it('answers 401 for wrong secrets until the client id passes its limit, then 429 with the limit and Retry-After; the right secret still works', async () => {
    const wrong = basic(clientId, 'not-the-secret');
    expect((await call(wrong, '203.0.113.1')).status).toBe(401);
    expect((await call(wrong, '203.0.113.2')).status).toBe(401);
    const locked = await call(wrong, '203.0.113.3');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'RATE_LIMITED', limit: 3, windowSeconds: 900 });
    expect(locked.body.message).toContain('this client id');
    expect(Number(locked.retryAfter)).toBeGreaterThan(800);
    expect(locked.body.retryAfterSeconds).toBe(Number(locked.retryAfter));
    expect((await call(wrong, '203.0.113.4')).status).toBe(429);
    // Anyone can send a client id: its owner is not locked out by someone else's guesses.
    expect((await call(basic(clientId, clientSecret), '203.0.113.5')).status).toBe(200);
  });

  it('locks an address that tries many client ids out of every partner request, and no other address', async () => {
    const ip = '198.51.100.7';
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(basic(`guess-${i}`, 'x'), ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const refused = await call(basic(clientId, clientSecret), ip);
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED', limit: 6 } });
    expect(refused.body.message).toContain('this address');
    expect((await call(basic(clientId, clientSecret), '198.51.100.8')).status).toBe(200);
  });

  it('records every failure and every lock for the operator', async () => {
    const events = await createSecurityEvents(db).latest(100);
    expect(events.filter((e) => e.kind === 'partner-auth-failed')).toHaveLength(10);
    expect(events.filter((e) => e.kind === 'partner-auth-locked').length).toBeGreaterThanOrEqual(3);
    expect(events.find((e) => e.address === '198.51.100.7' && e.subject === 'guess-0')).toBeDefined();
  });
});
