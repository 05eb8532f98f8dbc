import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { addDays, vietnamDate } from '../src/analytics/vietnam-date.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, CONSOLE_HOST, HOST, citizenClient, partnerAuth, smsGateway, testManifest, testPlatform } from './support/platform.js';
import { codeFor, registerWithCode } from './support/sign-up.js';

const BASE = '/api/developer/v1';
const REPORT = '/api/analytics/reports';

/** An app of an organisation that notifies, takes payments and asks for identity. */
const parkingManifest = () => ({
  ...testManifest('parking', ['identity', 'notifications', 'payments']),
  notifications: { topics: [{ id: 'status', name: { vi: 'Trạng thái', en: 'Status' } }], deepLinks: ['/tickets/'] },
});

type Day = { day: string; [field: string]: unknown };
/** The sum of `field` over the answer's days: a run that crosses midnight in Vietnam still adds up. */
const total = (days: Day[], field: string) => days.reduce((sum, d) => sum + (d[field] as number), 0);

describe.each(testDatabases)('app analytics on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let owner: ReturnType<typeof citizenClient>;
  let auth: Record<string, string>;
  let phones = 0;

  /** A signed-up citizen of the host. */
  const citizen = async () => {
    const client = citizenClient(server);
    const phone = `09060000${String(++phones).padStart(2, '0')}`;
    await registerWithCode(client, smsGateway, { phone, password: 'mật khẩu dài', name: 'Công dân' });
    return Object.assign(client, { phone });
  };
  /** A person signed up on the console, who joins the organisations they were invited to. */
  const consolePerson = async (phone: string) => {
    const client = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(client, smsGateway, { phone, password: 'mật khẩu dài', name: 'Thành viên' });
    await client.get(`${BASE}/orgs`);
    return client;
  };
  const analytics = async (client: ReturnType<typeof citizenClient>, query = '?days=7') => client.get(`${BASE}/apps/parking/analytics${query}`);
  const partner = async (method: string, path: string, body: unknown, key: string) => {
    const response = await server.app.request(`http://x/api/partner/v1${path}`, {
      method, headers: { host: HOST, ...auth, 'idempotency-key': key, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    owner = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(owner, smsGateway, { phone: '0905777000', password: 'mật khẩu dài', name: 'Chủ' });
    expect((await owner.post(`${BASE}/orgs`, { id: 'hue-parking', name: 'Bãi xe Huế' })).status).toBe(201);
    await server.apps.create({ id: 'parking', name: { vi: 'Gửi xe', en: 'Parking' }, kind: 'hosted', orgId: 'hue-parking' });
    await server.publish({ manifest: parkingManifest(), dir: BUILT_APP_DIR });
    auth = await partnerAuth(server, 'parking');
  });
  afterAll(() => db.close());

  it('refuses a report that breaks a bound with a typed error naming it, and writes nothing', async () => {
    const anonymous = citizenClient(server);
    expect((await anonymous.post(REPORT, { launches: [{ appId: 'parking', readyMs: 5 }], errors: [] })).body.code).toBe('UNAUTHENTICATED');
    const lan = await citizen();
    const refused = async (body: unknown) => {
      const answer = await lan.post(REPORT, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.code).toBe('INVALID_PARAMS');
      return answer.body as { message: string; issues: Array<{ path: string; message: string }> };
    };
    expect((await refused({ launches: [], errors: [] })).message).toContain('at least one launch or error count');
    const many = await refused({ launches: Array.from({ length: 51 }, () => ({ appId: 'parking', readyMs: 5 })), errors: [] });
    expect(many.issues[0]).toMatchObject({ path: 'launches', message: expect.stringContaining('50') });
    expect((await refused({ launches: [{ appId: 'parking', readyMs: 120_001 }], errors: [] })).issues[0])
      .toMatchObject({ path: 'launches.0.readyMs', message: expect.stringContaining('120000') });
    expect((await refused({ launches: [{ appId: 'parking', readyMs: -1 }], errors: [] })).issues[0]!.path).toBe('launches.0.readyMs');
    expect((await refused({ launches: [], errors: [{ appId: 'parking', code: 'NOT_A_CODE', count: 1 }] })).issues[0]!.path).toBe('errors.0.code');
    expect((await refused({ launches: [], errors: [{ appId: 'parking', code: 'TIMEOUT', count: 10_001 }] })).issues[0])
      .toMatchObject({ path: 'errors.0.count', message: expect.stringContaining('10000') });
    expect((await refused({ launches: [{ appId: 'parking', readyMs: 5, citizen: 'x' }], errors: [] })).issues[0]!.path).toBe('launches.0.citizen');
    // An app the platform does not know: the whole report is refused, naming the item.
    const ghost = await refused({ launches: [{ appId: 'parking', readyMs: 5 }, { appId: 'ghost-app', readyMs: 5 }], errors: [] });
    expect(ghost.issues).toEqual([{ path: 'launches.1.appId', message: 'no app "ghost-app" is registered' }]);
    const big = await lan.post(REPORT, { launches: [{ appId: 'parking', readyMs: 5 }], errors: [], padding: 'x'.repeat(9000) });
    expect(big).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', limit: 8192 } });
    expect(await db.query('SELECT 1 FROM app_launches')).toEqual([]);
    expect(await db.query('SELECT 1 FROM app_bridge_errors')).toEqual([]);
  });

  it('gives real percentiles of tap → ready over known samples, and counts each citizen once a day without storing who', async () => {
    const [an, binh] = [await citizen(), await citizen()];
    const samples = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
    expect((await an.post(REPORT, { launches: samples.slice(0, 5).map((readyMs) => ({ appId: 'parking', readyMs })), errors: [] })).body)
      .toEqual({ launchesCounted: 5, launchesIgnored: 0, limitName: 'launches-per-citizen-app-day', limit: 100 });
    await an.post(REPORT, {
      launches: [...samples.slice(5).map((readyMs) => ({ appId: 'parking', readyMs })), { appId: 'parking', readyMs: null }],
      errors: [{ appId: 'parking', code: 'PERMISSION_DENIED', count: 3 }, { appId: 'parking', code: 'RATE_LIMITED', count: 2 }, { appId: 'parking', code: 'PERMISSION_DENIED', count: 1 }],
    });
    await binh.post(REPORT, { launches: [{ appId: 'parking', readyMs: null }], errors: [{ appId: 'parking', code: 'PERMISSION_DENIED', count: 1 }] });

    const answer = await analytics(owner);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { days } = answer.body as { days: Day[] };
    expect(days).toHaveLength(7);
    expect(days.at(-1)!.day).toBe(vietnamDate(new Date()));
    expect(days[0]!.day).toBe(addDays(days.at(-1)!.day, -6));
    expect(total(days, 'launches')).toBe(12);
    expect(total(days, 'citizens')).toBe(2);
    const measured = days.find((d) => (d['readySamples'] as number) > 0)!;
    // percentile_cont: linear interpolation between the nearest samples (the 5th and 6th; 95 % of the way from the 9th to the 10th).
    expect(measured).toMatchObject({ readySamples: 10, readyP50Ms: 550, readyP95Ms: 955 });
    expect(measured['bridgeErrors']).toEqual([{ code: 'PERMISSION_DENIED', count: 5 }, { code: 'RATE_LIMITED', count: 2 }]);
    expect(days.filter((d) => d !== measured).every((d) => d['launches'] === 0 && d['readyP50Ms'] === null)).toBe(true);

    // What a launch row holds: the day, the time, and a visitor key that is not the account id.
    const columns = (await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'app_launches' ORDER BY ordinal_position")).map((c) => c.column_name);
    expect(columns).toEqual(['id', 'app_id', 'day', 'visitor', 'ready_ms']);
    const ids = (await db.query<{ id: string }>('SELECT id FROM citizens')).map((c) => c.id);
    const visitors = (await db.query<{ visitor: string }>('SELECT DISTINCT visitor FROM app_launches')).map((r) => r.visitor);
    expect(visitors).toHaveLength(2);
    for (const visitor of visitors) for (const id of ids) expect(visitor).not.toContain(id);
  });

  it('counts at most 100 launches of an app by one citizen in a day, and says how many it ignored', async () => {
    const chi = await citizen();
    const fifty = { launches: Array.from({ length: 50 }, () => ({ appId: 'parking', readyMs: 250 })), errors: [] };
    expect((await chi.post(REPORT, fifty)).body).toMatchObject({ launchesCounted: 50, launchesIgnored: 0 });
    await chi.post(REPORT, { launches: fifty.launches.slice(0, 45), errors: [] });
    expect((await chi.post(REPORT, fifty)).body).toEqual({ launchesCounted: 5, launchesIgnored: 45, limitName: 'launches-per-citizen-app-day', limit: 100 });
    expect((await chi.post(REPORT, { launches: [{ appId: 'parking', readyMs: 1 }], errors: [] })).body).toMatchObject({ launchesCounted: 0, launchesIgnored: 1 });
    const { days } = (await analytics(owner)).body as { days: Day[] };
    expect(total(days, 'launches')).toBe(112);
    expect(total(days, 'citizens')).toBe(3);
  });

  it('refuses a citizen\'s 61st report in an hour with a 429 naming the limit', async () => {
    const dung = await citizen();
    const one = { launches: [], errors: [{ appId: 'parking', code: 'TIMEOUT', count: 1 }] };
    for (let i = 0; i < 60; i++) expect((await dung.post(REPORT, one)).status).toBe(200);
    const over = await dung.post(REPORT, one);
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ code: 'RATE_LIMITED', limitName: 'analytics-reports-per-citizen', limit: 60, windowSeconds: 3600 });
    expect(over.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(over.headers.get('retry-after')).toBe(String(over.body.retryAfterSeconds));
    // Another citizen is not held back.
    expect((await (await citizen()).post(REPORT, one)).status).toBe(200);
  });

  it('draws payments, refunds, notifications against the quota, and consent grants and revocations from real operations', async () => {
    const em = await citizen();
    await em.put('/api/me/pin', { code: await codeFor(em, smsGateway, em.phone, 'pin'), pin: '135790', words: 'mèo mướp' });
    await em.post('/api/wallet/topups', { amount: 500_000, source: 'dev-bank' }, { 'idempotency-key': 'topup-em' });
    await em.put('/api/identity/grants/parking', { claims: [] });
    const { token } = (await em.post('/api/identity/token', { appId: 'parking', nonce: 'nonce-123456' })).body;
    const sub = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
    await em.put('/api/notifications/grants/parking', {});

    const order = (await partner('POST', '/orders', { amount: 120_000, description: 'Vé tháng', reference: 'VE-1' }, 'order-1')).body.order;
    expect((await em.post(`/api/payments/orders/${order.id}/pay`, { appId: 'parking', stepUp: { method: 'pin', pin: '135790' } })).status).toBe(200);
    expect((await partner('POST', `/orders/${order.id}/refunds`, { amount: 20_000, reason: 'Trả bớt' }, 'refund-1')).status).toBe(201);
    for (const key of ['n-1', 'n-2']) {
      expect((await partner('POST', '/notifications', { to: sub, topic: 'status', title: 'Vé đã gia hạn', body: 'Vé tháng 11', path: '/tickets/1' }, key)).status).toBe(201);
    }
    expect((await em.post('/api/consents/parking/revoke', { permission: 'notifications' })).body).toEqual({ revoked: true });

    const before = (await analytics(owner)).body;
    expect(before.notificationQuota).toEqual({ perCitizen: 3, appDailyCap: null });
    const days = before.days as Day[];
    expect({ payments: total(days, 'payments'), paid: total(days, 'paid'), refunds: total(days, 'refunds'), refunded: total(days, 'refunded') })
      .toEqual({ payments: 1, paid: 120_000, refunds: 1, refunded: 20_000 });
    expect({ notifications: total(days, 'notifications'), most: Math.max(...days.map((d) => d['mostToOneCitizen'] as number)) }).toEqual({ notifications: 2, most: 2 });
    expect({ grants: total(days, 'consentGrants'), revocations: total(days, 'consentRevocations') }).toEqual({ grants: 2, revocations: 1 });
    // The operator's quota and cap for the app (`npm run operator -- apps quota parking 5`, `apps cap parking 500`).
    await db.query('UPDATE apps SET notification_quota = 5, notification_daily_cap = 500 WHERE id = $1', ['parking']);
    expect((await analytics(owner)).body.notificationQuota).toEqual({ perCitizen: 5, appDailyCap: 500 });
  });

  it('answers the organisation\'s owners, developers and finance and the app\'s credentials; nobody else', async () => {
    for (const [phone, role] of [['0905777001', 'finance'], ['0905777002', 'developer']] as const) {
      // Invited by the number as the platform stores it (E.164), which the invitation is matched against.
      expect((await owner.post(`${BASE}/orgs/hue-parking/members`, { phone: `+84${phone.slice(1)}`, role })).status).toBe(200);
      const member = await consolePerson(phone);
      expect((await analytics(member)).status).toBe(200);
    }
    const outsider = await consolePerson('0905777003');
    expect((await analytics(outsider)).body.code).toBe('NOT_FOUND');
    const read = (headers: Record<string, string>, host = CONSOLE_HOST) =>
      server.app.request(`http://${host}${BASE}/apps/parking/analytics`, { headers: { host, ...headers } });
    expect((await read(auth)).status).toBe(200);
    expect((await read(await partnerAuth(server, 'water'))).status).toBe(404);
    // The developer API answers on the console's origin only.
    expect((await read(auth, HOST)).status).toBe(404);
    for (const days of ['0', '91', 'ba', '1.5']) {
      expect((await analytics(owner, `?days=${days}`)).body).toMatchObject({ code: 'INVALID_PARAMS', issues: [expect.objectContaining({ path: 'days' })] });
    }
    expect((await analytics(owner, '')).body.days).toHaveLength(30);
    expect((await analytics(owner, '?days=90')).body.days).toHaveLength(90);
  });

  it('keeps 90 days: the first report of a day deletes older rows and the earlier days\' salts', async () => {
    const today = vietnamDate(new Date());
    await db.query(
      `INSERT INTO app_launches (app_id, day, visitor, ready_ms) VALUES ('parking', $1, 'old', 5), ('parking', $2, 'kept', 7)`,
      [addDays(today, -90), addDays(today, -89)]);
    await db.query(`INSERT INTO app_bridge_errors (app_id, day, code, count) VALUES ('parking', $1, 'TIMEOUT', 1)`, [addDays(today, -90)]);
    // As though today's first report had not come yet, and yesterday's salt were still there.
    await db.query('DELETE FROM analytics_salts');
    await db.query("INSERT INTO analytics_salts (day, salt) VALUES ($1, 'yesterday')", [addDays(today, -1)]);
    expect((await (await citizen()).post(REPORT, { launches: [{ appId: 'parking', readyMs: 300 }], errors: [] })).status).toBe(200);
    expect((await db.query<{ day: string }>("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM analytics_salts")).map((r) => r.day)).toEqual([today]);
    expect((await db.query<{ visitor: string }>("SELECT visitor FROM app_launches WHERE visitor IN ('old', 'kept')")).map((r) => r.visitor)).toEqual(['kept']);
    expect(await db.query('SELECT 1 FROM app_bridge_errors WHERE day < $1', [addDays(today, -89)])).toEqual([]);
    const { days } = (await analytics(owner, '?days=90')).body as { days: Day[] };
    expect(days[0]).toMatchObject({ day: addDays(today, -89), launches: 1, readyP50Ms: 7 });
  });
});
