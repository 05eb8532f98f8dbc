import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizens } from '../src/accounts/citizens.js';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

const hour = 3_600_000;

/** A console alert for `area`, expiring in an hour. */
const consoleAlert = (area: object) => ({
  sender: 'UBND thành phố Huế', severity: 'extreme', category: 'flood',
  headline: { vi: 'Lũ khẩn cấp', en: 'Flash flood' }, description: { vi: 'Sơ tán ngay.' },
  area: { description: 'Khu vực', wards: [], polygons: [], ...area }, expiresAt: new Date(Date.now() + hour).toISOString(),
});

// Issue 12: a newly signed-up citizen receives the alerts meant for them. Wards they declare (home,
// work; unverified) count like the eID-verified one; the whole city reaches everyone; the console
// sees the expected reach before sending.
describe.each(testDatabases)('alert reach on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let authority: ReturnType<typeof citizenClient>;
  let phone = 0;

  const signUp = async () => {
    const client = citizenClient(server);
    const created = await registerWithCode(client, smsGateway, { phone: `09070${String(++phone).padStart(5, '0')}`, password: 'mật khẩu dài', name: 'Cư dân' });
    expect(created.status).toBe(201);
    return client;
  };
  const reach = async (area: object) => (await authority.post('/api/alerts/reach', { area: { description: 'Khu vực', wards: [], polygons: [], ...area } }));

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { deliverPushes: false });
    authority = await signUp();
    expect(await createCitizens(db).setRole('+84907000001', 'authority', true)).toBe(true);
  });
  afterAll(() => db.close());

  it('lists the city\'s wards publicly, and lets a citizen declare a home and a work ward from them, unverified', async () => {
    const city = (await citizenClient(server).get('/api/city')).body.city;
    expect(city.name).toBe('Thành phố Huế');
    expect(city.wards).toContain('Vỹ Dạ');
    const citizen = await signUp();
    expect((await citizen.get('/api/me/wards')).body.wards).toEqual({ verified: null, home: null, work: null, declaredAt: null });
    // Typed any way, stored as the city writes it.
    const declared = await citizen.put('/api/me/wards', { home: 'phuong vy da', work: 'PHÚ HỘI' });
    expect(declared.status).toBe(200);
    expect(declared.body.wards).toMatchObject({ verified: null, home: 'Vỹ Dạ', work: 'Phú Hội' });
    expect(Date.parse(declared.body.wards.declaredAt)).not.toBeNaN();
    const unknown = await citizen.put('/api/me/wards', { home: 'Quận 1', work: null });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'INVALID_PARAMS', issues: [{ path: 'home' }] });
    expect((await citizen.get('/api/me/wards')).body.wards).toMatchObject({ home: 'Vỹ Dạ', work: 'Phú Hội' });
    expect((await citizen.put('/api/me/wards', { home: 'Vỹ Dạ', work: null })).body.wards.work).toBe(null);
    expect((await citizen.put('/api/me/wards', { home: 'Vỹ Dạ', extra: 1 })).status).toBe(400);
    expect((await citizenClient(server).get('/api/me/wards')).status).toBe(401);
    const [audit] = await db.query<{ detail: object }>(
      "SELECT detail FROM audit_log WHERE action = 'alerts.wards.declare' ORDER BY id DESC LIMIT 1");
    expect(audit!.detail).toEqual({ home: 'Vỹ Dạ', work: null });
  });

  it('reaches a citizen through a declared home or work ward, and an alert in effect reaches them once they declare it', async () => {
    const home = await signUp();
    await home.put('/api/me/wards', { home: 'Thủy Biều', work: null });
    const work = await signUp();
    await work.put('/api/me/wards', { home: null, work: 'Thủy Biều' });
    const both = await signUp();
    await both.put('/api/me/wards', { home: 'Thủy Biều', work: 'Thủy Biều' });
    const elsewhere = await signUp();
    await elsewhere.put('/api/me/wards', { home: 'Kim Long', work: null });
    const published = await authority.post('/api/alerts', consoleAlert({ wards: ['Thuỷ Biều'] }));
    expect(published.status).toBe(201);
    // Each citizen once, however many of their wards match.
    expect(published.body.alert.recipients).toBe(3);
    const id = published.body.alert.id;
    for (const client of [home, work, both]) expect((await client.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toEqual([id]);
    expect((await elsewhere.get('/api/me/alerts')).body.alerts).toEqual([]);
    // Declaring the ward while the alert is in effect delivers it at once, and counts.
    await elsewhere.put('/api/me/wards', { home: 'Kim Long', work: 'Thủy Biều' });
    expect((await elsewhere.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toEqual([id]);
    expect((await citizenClient(server).get(`/api/alerts/${id}`)).body.alert.recipients).toBe(4);
  });

  it('reaches every citizen with a whole-city alert, including one who signs up while it is in effect', async () => {
    const [{ count: citizens }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM citizens') as [{ count: number }];
    expect((await reach({ wholeCity: true })).body).toEqual({ reach: citizens });
    const published = await authority.post('/api/alerts', consoleAlert({ description: 'Toàn thành phố', wholeCity: true }));
    expect(published.status).toBe(201);
    expect(published.body.alert.recipients).toBe(citizens);
    expect(published.body.alert.area).toMatchObject({ wholeCity: true, wards: [], polygons: [] });
    const newcomer = await signUp();
    expect((await newcomer.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toContain(published.body.alert.id);
    expect((await citizenClient(server).get(`/api/alerts/${published.body.alert.id}`)).body.alert.recipients).toBe(citizens + 1);
    // An area without the whole city, a ward or a polygon is refused.
    const empty = await authority.post('/api/alerts', consoleAlert({ wholeCity: false }));
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('INVALID_PARAMS');
  });

  it('previews the reach of a draft as sending would count it, 0 included, for authorities only', async () => {
    const verified = await signUp();
    expect((await verified.post('/api/me/verification', { nationalId: '046090004321', fullName: 'Trần Thị Bình', dateOfBirth: '1991-02-03', ward: 'Phường Đúc' })).status).toBe(200);
    const declared = await signUp();
    await declared.put('/api/me/wards', { home: 'Phường Đúc', work: null });
    const sharing = await signUp();
    await sharing.put('/api/me/location', { latitude: 16.455, longitude: 107.575 });
    const ring = [[16.45, 107.57], [16.46, 107.57], [16.46, 107.58], [16.45, 107.58], [16.45, 107.57]];
    expect((await reach({ wards: ['Đúc'] })).body).toEqual({ reach: 2 });
    expect((await reach({ wards: ['Đúc'], polygons: [ring] })).body).toEqual({ reach: 3 });
    expect((await reach({ wards: ['An Tây'] })).body).toEqual({ reach: 0 });
    // The preview and the send agree.
    const sent = await authority.post('/api/alerts', consoleAlert({ wards: ['Phường Đúc'], polygons: [ring] }));
    expect(sent.body.alert.recipients).toBe(3);
    const none = await authority.post('/api/alerts', consoleAlert({ wards: ['An Tây'] }));
    expect(none.body.alert.recipients).toBe(0);
    // Refusals: not an authority, an invalid area.
    const refused = await verified.post('/api/alerts/reach', { area: { description: 'x', wards: ['Đúc'], polygons: [] } });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await reach({ wards: [] })).status).toBe(400);
  });
});
