import { ABUSE_REPORT_LIMITS } from '@citadel/protocol/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createSecurityEvents } from '../src/registry/security-events.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

describe.each(testDatabases)('abuse reports from the host on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const report = { kind: 'bridge-rate', windows: 3 };
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const frameEvents = async () => (await createSecurityEvents(db).latest(1000)).filter((e) => e.kind === 'frame-rate-abuse');

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { trustProxy: true });
  });
  afterAll(() => db.close());

  it('records a report as frame-rate-abuse for the operator: the app id and the citizen\'s address', async () => {
    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0912300001', password: 'mật khẩu dài', name: 'An' });
    const answer = await citizen.post('/api/apps/water/abuse-reports', report, from('203.0.113.9'));
    expect(answer.status, JSON.stringify(answer.body)).toBe(204);
    expect(await frameEvents()).toEqual([expect.objectContaining({ kind: 'frame-rate-abuse', subject: 'water', address: '203.0.113.9' })]);
  });

  it('refuses reports without a session, from another origin, about an unknown app or with an unknown kind, and records none', async () => {
    const before = (await frameEvents()).length;
    expect((await citizenClient(server).post('/api/apps/water/abuse-reports', report)).status).toBe(401);
    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0912300002', password: 'mật khẩu dài', name: 'Bình' });
    const crossSite = citizenClient(server, { origin: 'http://water.apps.localhost:8080' });
    crossSite.cookie = citizen.cookie;
    expect((await crossSite.post('/api/apps/water/abuse-reports', report)).body).toMatchObject({ code: 'CROSS_SITE' });
    expect((await citizen.post('/api/apps/nope/abuse-reports', report)).status).toBe(404);
    expect((await citizen.post('/api/apps/water/abuse-reports', { kind: 'spam', windows: 3 })).status).toBe(400);
    expect((await citizen.post('/api/apps/water/abuse-reports', { ...report, note: 'x' })).status).toBe(400);
    expect((await frameEvents()).length).toBe(before);
  });

  it(`accepts ${ABUSE_REPORT_LIMITS.perCitizen} reports per citizen an hour, even in parallel, then 429 naming the limit; another citizen is not held back`, async () => {
    const before = (await frameEvents()).length;
    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0912300003', password: 'mật khẩu dài', name: 'Chi' });
    const answers = await Promise.all(Array.from({ length: ABUSE_REPORT_LIMITS.perCitizen + 5 }, () => citizen.post('/api/apps/school/abuse-reports', report, from('198.51.100.3'))));
    expect(answers.filter((a) => a.status === 204)).toHaveLength(ABUSE_REPORT_LIMITS.perCitizen);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.body).toMatchObject({ code: 'RATE_LIMITED', limitName: 'abuse-reports-per-citizen', limit: ABUSE_REPORT_LIMITS.perCitizen, windowSeconds: 3600 });
    expect(refused[0]!.body.retryAfterSeconds).toBeGreaterThan(3500);
    expect(refused[0]!.headers.get('retry-after')).toBe(String(refused[0]!.body.retryAfterSeconds));
    expect((await frameEvents()).length).toBe(before + ABUSE_REPORT_LIMITS.perCitizen);

    const other = citizenClient(server);
    await registerWithCode(other, smsGateway, { phone: '0912300004', password: 'mật khẩu dài', name: 'Dũng' });
    expect((await other.post('/api/apps/school/abuse-reports', report, from('198.51.100.3'))).status).toBe(204);
  });
});
