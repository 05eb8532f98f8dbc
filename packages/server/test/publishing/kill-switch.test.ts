import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SUSPENSION_REASON } from '@citadel/protocol/api';
import { createCitizens } from '../../src/accounts/citizens.js';
import type { Database } from '../../src/db/database.js';
import { testDatabases } from '../support/databases.js';
import { CONSOLE_HOST, citizenClient, partnerAuth, smsGateway, testPlatform } from '../support/platform.js';
import { registerWithCode } from '../support/sign-up.js';

const BASE = '/api/developer/v1';

describe.each(testDatabases)('the kill switch in the developer console, telling the partner why, on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let operator: ReturnType<typeof citizenClient>;
  let owner: ReturnType<typeof citizenClient>;
  /** The kill switch's webhooks queued for the app (its publishing at start queued others). */
  const outbox = async (appId: string) => db.query<{ event_type: string; payload: Record<string, unknown> }>(
    "SELECT event_type, payload FROM webhook_outbox WHERE app_id = $1 AND event_type LIKE 'app.%' AND event_type NOT LIKE 'app.version.%' ORDER BY created_at", [appId]);

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    operator = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(operator, smsGateway, { phone: '0905777888', password: 'mật khẩu dài', name: 'Vận hành' });
    await createCitizens(db).setRole('+84905777888', 'operator', true);
    owner = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(owner, smsGateway, { phone: '0905111999', password: 'mật khẩu dài', name: 'Chủ doanh nghiệp' });
    await owner.post(`${BASE}/orgs`, { id: 'hue-parking', name: 'Bãi xe Huế' });
    await owner.post(`${BASE}/orgs/hue-parking/apps`, { id: 'parking', name: { vi: 'Gửi xe', en: 'Parking' }, kind: 'hosted' });
  });
  afterAll(() => db.close());

  it('lists every app for operators only, each app named before its first release too', async () => {
    expect((await owner.get(`${BASE}/operator/apps`))).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const { status, body } = await operator.get(`${BASE}/operator/apps`);
    expect(status).toBe(200);
    expect(body.apps.map((app: { id: string }) => app.id)).toEqual(['parking', 'quiet', 'school', 'water']);
    expect(body.apps[0]).toMatchObject({
      id: 'parking', orgId: 'hue-parking', orgName: 'Bãi xe Huế', status: 'active', suspension: null, release: null, name: { vi: 'Gửi xe', en: 'Parking' },
    });
    // The partner's console shows the name it created the app with.
    expect((await owner.get(`${BASE}/orgs/hue-parking/apps`)).body.apps[0].name).toEqual({ vi: 'Gửi xe', en: 'Parking' });
  });

  it('refuses a suspension without a reason or with one past the limit, naming it', async () => {
    expect((await operator.post(`${BASE}/operator/apps/water/suspend`, { reason: '  ' })).body.code).toBe('INVALID_PARAMS');
    const long = await operator.post(`${BASE}/operator/apps/water/suspend`, { reason: 'x'.repeat(MAX_SUSPENSION_REASON + 1) });
    expect(long).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
    expect(JSON.stringify(long.body)).toContain(String(MAX_SUSPENSION_REASON));
    expect((await operator.post(`${BASE}/operator/apps/nope/suspend`, { reason: 'why' })).status).toBe(404);
    expect((await owner.post(`${BASE}/operator/apps/water/suspend`, { reason: 'why' })).status).toBe(403);
    expect((await outbox('water'))).toEqual([]);
  });

  it('suspends at once: no launch, the partner reads why (API, console, signed webhook), audited; reinstating undoes it once', async () => {
    const reason = 'Nhiều phản ánh lừa đảo: đang kiểm tra';
    const suspended = await operator.post(`${BASE}/operator/apps/water/suspend`, { reason });
    expect(suspended).toMatchObject({ status: 200, body: { app: { id: 'water', status: 'suspended', suspension: { reason } } } });
    expect((await citizenClient(server).get('/api/apps/water/launch')).body.code).toBe('APP_SUSPENDED');
    // The partner's backend reads it with its credentials.
    const app = await server.app.request('http://localhost:8080/api/partner/v1/app', { headers: { host: 'localhost:8080', ...(await partnerAuth(server, 'water')) } });
    expect(await app.json()).toMatchObject({ id: 'water', status: 'suspended', suspension: { reason, at: suspended.body.app.suspension.at } });
    expect(await outbox('water')).toEqual([{ event_type: 'app.suspended', payload: { reason, suspendedAt: suspended.body.app.suspension.at } }]);
    const audit = await db.query<{ actor: string | null; detail: { reason: string } }>("SELECT actor, detail FROM partner_audit WHERE app_id = 'water' AND action = 'app.suspend'");
    expect(audit).toEqual([{ actor: (await operator.get('/api/me')).body.citizen.id, detail: { reason } }]);

    // A partner's own app: its console shows the reason.
    await operator.post(`${BASE}/operator/apps/parking/suspend`, { reason: 'Giả mạo thương hiệu' });
    expect((await owner.get(`${BASE}/orgs/hue-parking/apps`)).body.apps[0]).toMatchObject({ status: 'suspended', suspension: { reason: 'Giả mạo thương hiệu' } });

    const back = await operator.post(`${BASE}/operator/apps/water/reinstate`);
    expect(back).toMatchObject({ status: 200, body: { app: { status: 'active', suspension: null } } });
    expect((await citizenClient(server).get('/api/apps/water/launch')).status).toBe(200);
    expect((await operator.post(`${BASE}/operator/apps/water/reinstate`)).status).toBe(200); // already active: nothing more
    expect((await outbox('water')).map((row) => row.event_type)).toEqual(['app.suspended', 'app.reinstated']);
  });

  it('the command line suspends through the same switch, with a reason the partner is told', async () => {
    expect(await server.admin.setStatus('school', 'suspended', 'Hết hợp đồng')).toBe(true);
    expect((await operator.get(`${BASE}/operator/apps`)).body.apps.find((app: { id: string }) => app.id === 'school'))
      .toMatchObject({ status: 'suspended', suspension: { reason: 'Hết hợp đồng' } });
    expect((await outbox('school')).map((row) => row.payload)).toEqual([expect.objectContaining({ reason: 'Hết hợp đồng' })]);
    expect(await server.admin.setStatus('nope', 'suspended')).toBe(false);
  });
});
