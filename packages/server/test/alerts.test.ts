import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizens } from '../src/accounts/citizens.js';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

const cap = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures/cap', name), 'utf8');
const hour = 3_600_000;

/** A console alert for the wards given, expiring in an hour. */
const consoleAlert = (wards: string[], extra: object = {}) => ({
  sender: 'UBND thành phố Huế',
  severity: 'severe',
  category: 'flood',
  headline: { vi: 'Cảnh báo ngập lụt', en: 'Flood warning' },
  description: { vi: 'Mực nước sông Hương đang lên nhanh.', en: 'The Perfume River is rising fast.' },
  area: { description: 'Các phường ven sông Hương', wards, polygons: [] },
  expiresAt: new Date(Date.now() + hour).toISOString(),
  ...extra,
});

describe.each(testDatabases)('official alerts on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;

  /** A citizen registered in `ward` (through the verification API), optionally sharing a position. */
  const resident = async (phone: string, ward: string | null, position?: [number, number]) => {
    const client = citizenClient(server);
    await registerWithCode(client, smsGateway, { phone, password: 'mật khẩu dài', name: 'Cư dân' });
    if (ward) {
      const verified = await client.post('/api/me/verification', { nationalId: `0461${phone.slice(2)}`, fullName: 'Nguyễn Văn An', dateOfBirth: '1990-01-01', ward });
      expect(verified.status).toBe(200);
    }
    if (position) expect((await client.put('/api/me/location', { latitude: position[0], longitude: position[1] })).status).toBe(200);
    return client;
  };
  let authority: ReturnType<typeof citizenClient>;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { deliverPushes: false });
    authority = await resident('0906000000', null);
    expect(await createCitizens(db).setRole('+84906000000', 'authority', true)).toBe(true);
  });
  afterAll(() => db.close());

  it('lets only the authority role publish', async () => {
    const citizen = await resident('0906000001', 'Phú Hội');
    const refused = await citizen.post('/api/alerts', consoleAlert(['Phú Hội']));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await citizen.get('/api/me/alerts')).body.alerts).toEqual([]);
  });

  it('reaches exactly the citizens of the named wards, however the ward is spelt', async () => {
    const inside = await resident('0906000010', 'Phường Vỹ Dạ');
    const insideToo = await resident('0906000011', 'vy da');
    const outside = await resident('0906000012', 'Kim Long');
    const published = await authority.post('/api/alerts', consoleAlert(['Vỹ Dạ']));
    expect(published.status).toBe(201);
    expect(published.body.alert).toMatchObject({ severity: 'severe', category: 'flood', recipients: 2, sender: 'UBND thành phố Huế' });
    const id = published.body.alert.id;
    for (const client of [inside, insideToo]) {
      expect((await client.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toEqual([id]);
      const inbox = (await client.get('/api/inbox')).body.entries;
      expect(inbox[0]).toMatchObject({ kind: 'alert', id, severity: 'severe', headline: { vi: 'Cảnh báo ngập lụt', en: 'Flood warning' }, readAt: null });
    }
    expect((await outside.get('/api/me/alerts')).body.alerts).toEqual([]);
    expect((await outside.get('/api/inbox')).body.entries).toEqual([]);
    // Alerts are public: anyone reads the history.
    const history = (await citizenClient(server).get('/api/alerts')).body.alerts;
    expect(history.map((a: any) => a.id)).toContain(id);
    expect((await inside.post(`/api/inbox/${id}/read`)).status).toBe(204);
    expect((await inside.get('/api/inbox/unread')).body.count).toBe(0);
  });

  it('reaches citizens whose shared position is inside a polygon, and not those outside it', async () => {
    const near = await resident('0906000020', null, [16.4665, 107.5905]);
    const far = await resident('0906000021', null, [16.40, 107.70]);
    const ring = [[16.46, 107.58], [16.47, 107.58], [16.47, 107.60], [16.46, 107.60], [16.46, 107.58]];
    const published = await authority.post('/api/alerts', consoleAlert([], { area: { description: 'Quanh cầu Trường Tiền', wards: [], polygons: [ring] } }));
    expect(published.body.alert.recipients).toBe(1);
    expect((await near.get('/api/me/alerts')).body.alerts).toHaveLength(1);
    expect((await far.get('/api/me/alerts')).body.alerts).toHaveLength(0);
    // Withdrawing the shared position stops the next alert.
    expect((await near.delete('/api/me/location')).status).toBe(204);
    const next = await authority.post('/api/alerts', consoleAlert([], { area: { description: 'Quanh cầu Trường Tiền', wards: [], polygons: [ring] } }));
    expect(next.body.alert.recipients).toBe(0);
  });

  it('imports a CAP 1.2 file into an alert delivered only in its area, once however often it is imported', async () => {
    const inArea = await resident('0906000030', 'Phú Hội');
    const elsewhere = await resident('0906000031', 'Hương Sơ');
    // The fixture's own dates are in the past: the same file, sent now and expiring tomorrow.
    const xml = cap('hue-flood-warning.xml')
      .replace(/<sent>[^<]+<\/sent>/, `<sent>${new Date().toISOString().slice(0, 19)}+00:00</sent>`)
      .replaceAll(/<expires>[^<]+<\/expires>/g, `<expires>${new Date(Date.now() + 24 * hour).toISOString().slice(0, 19)}+00:00</expires>`);
    const first = await authority.post('/api/alerts/cap', xml, { 'content-type': 'application/xml' });
    expect(first.status).toBe(201);
    expect(first.body.alert).toMatchObject({ severity: 'severe', category: 'flood' });
    const again = await authority.post('/api/alerts/cap', xml, { 'content-type': 'application/xml' });
    expect(again.status).toBe(200);
    expect(again.body.alert.id).toBe(first.body.alert.id);
    expect((await inArea.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toContain(first.body.alert.id);
    expect((await elsewhere.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).not.toContain(first.body.alert.id);
    const broken = await authority.post('/api/alerts/cap', '<alert>', { 'content-type': 'application/xml' });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('INVALID_CAP');
  });

  it('answers a console publish retried with the same Idempotency-Key with the first alert', async () => {
    const body = consoleAlert(['Thủy Biều']);
    const first = await authority.post('/api/alerts', body, { 'idempotency-key': 'console-retry-1' });
    const again = await authority.post('/api/alerts', body, { 'idempotency-key': 'console-retry-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.alert.id).toBe(first.body.alert.id);
    const other = await authority.post('/api/alerts', body, { 'idempotency-key': 'console-retry-2' });
    expect(other.body.alert.id).not.toBe(first.body.alert.id);
    expect((await authority.post('/api/alerts', body, { 'idempotency-key': 'bad key with spaces' })).body.code).toBe('INVALID_PARAMS');
  });

  it('reaches a citizen who arrives in the area while the alert is active: by verifying their ward or sharing a position', async () => {
    const ward = await authority.post('/api/alerts', consoleAlert(['Thuận Thành']));
    const ring = [[16.50, 107.50], [16.51, 107.50], [16.51, 107.51], [16.50, 107.51], [16.50, 107.50]];
    const area = await authority.post('/api/alerts', consoleAlert([], { area: { description: 'Cồn Hến', wards: [], polygons: [ring] } }));
    expect([ward.body.alert.recipients, area.body.alert.recipients]).toEqual([0, 0]);
    const verifiesLater = await resident('0906000040', 'Thuận Thành');
    expect((await verifiesLater.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toEqual([ward.body.alert.id]);
    const sharesLater = await resident('0906000041', null);
    expect((await sharesLater.get('/api/me/alerts')).body.alerts).toEqual([]);
    await sharesLater.put('/api/me/location', { latitude: 16.505, longitude: 107.505 });
    await sharesLater.put('/api/me/location', { latitude: 16.505, longitude: 107.506 });
    expect((await sharesLater.get('/api/me/alerts')).body.alerts.map((a: any) => a.id)).toEqual([area.body.alert.id]);
    expect((await citizenClient(server).get(`/api/alerts/${ward.body.alert.id}`)).body.alert.recipients).toBe(1);
    expect((await citizenClient(server).get(`/api/alerts/${area.body.alert.id}`)).body.alert.recipients).toBe(1);
    // An expired alert reaches nobody new.
    await db.query("UPDATE alerts SET sent_at = now() - interval '2 hours', expires_at = now() - interval '1 second' WHERE id = $1", [ward.body.alert.id]);
    const tooLate = await resident('0906000042', 'Thuận Thành');
    expect((await tooLate.get('/api/inbox')).body.entries).toEqual([]);
  });

  it('replaces an alert with a CAP Update, withdraws one with a CAP Cancel or from the console, and keeps them in the history', async () => {
    const resident1 = await resident('0906000050', 'Phú Hội');
    const now = () => new Date().toISOString().slice(0, 19) + '+00:00';
    const later = new Date(Date.now() + 24 * hour).toISOString().slice(0, 19) + '+00:00';
    const base = cap('hue-flood-warning.xml')
      .replace(/<sent>[^<]+<\/sent>/, `<sent>${now()}</sent>`)
      .replaceAll(/<expires>[^<]+<\/expires>/g, `<expires>${later}</expires>`)
      .replace('PCTT-HUE-2026-1028-01', 'PCTT-HUE-UPDATE-01');
    const first = (await authority.post('/api/alerts/cap', base, { 'content-type': 'application/xml' })).body.alert;
    const reference = `bchpctt@hue.gov.vn,PCTT-HUE-UPDATE-01,${now()}`;
    const update = base.replace('PCTT-HUE-UPDATE-01', 'PCTT-HUE-UPDATE-02')
      .replace('<msgType>Alert</msgType>', `<msgType>Update</msgType><references>${reference}</references>`);
    const second = (await authority.post('/api/alerts/cap', update, { 'content-type': 'application/xml' })).body.alert;
    // (The resident also has the earlier CAP test's alert for Phú Hội, still in effect.)
    const active = async () => (await resident1.get('/api/me/alerts')).body.alerts.map((a: any) => a.id);
    expect(await active()).toContain(second.id);
    expect(await active()).not.toContain(first.id);

    const cancel = base.replace('PCTT-HUE-UPDATE-01', 'PCTT-HUE-UPDATE-03')
      .replace('<msgType>Alert</msgType>', `<msgType>Cancel</msgType><references>bchpctt@hue.gov.vn,PCTT-HUE-UPDATE-02,${now()}</references>`);
    const cancelled = await authority.post('/api/alerts/cap', cancel, { 'content-type': 'application/xml' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.withdrawn.map((a: any) => a.id)).toEqual([second.id]);
    expect(await active()).not.toContain(second.id);

    const consoleOne = (await authority.post('/api/alerts', consoleAlert(['Phú Hội']))).body.alert;
    expect((await resident1.post(`/api/alerts/${consoleOne.id}/withdraw`)).body.code).toBe('FORBIDDEN');
    const withdrawn = await authority.post(`/api/alerts/${consoleOne.id}/withdraw`);
    expect(Date.parse(withdrawn.body.alert.expiresAt)).toBeLessThanOrEqual(Date.now());
    expect(await active()).not.toContain(consoleOne.id);
    const history = (await citizenClient(server).get('/api/alerts')).body.alerts.map((a: any) => a.id);
    expect(history).toEqual(expect.arrayContaining([first.id, second.id, consoleOne.id]));
  });

  it('refuses an alert meant to stay in effect longer than 30 days, naming the limit', async () => {
    const refused = await authority.post('/api/alerts', consoleAlert(['Phú Hội'], { headline: { vi: 'Quá dài' }, expiresAt: new Date(Date.now() + 31 * 24 * hour).toISOString() }));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'INVALID_PARAMS', limit: 30 });
    expect(refused.body.message).toContain('at most 30 days');
    const xml = cap('hue-flood-warning.xml').replaceAll(/<expires>[^<]+<\/expires>/g, '<expires>2026-12-28T20:00:00+07:00</expires>');
    const capRefused = await authority.post('/api/alerts/cap', xml, { 'content-type': 'application/xml' });
    expect(capRefused.body.code).toBe('INVALID_CAP');
    expect(capRefused.body.message).toContain('at most 30 days');
    expect(await db.query("SELECT 1 FROM alerts WHERE headline->>'vi' = 'Quá dài'")).toEqual([]);
  });

  it('refuses an expired alert and publishes nothing', async () => {
    const refused = await authority.post('/api/alerts', consoleAlert(['Phú Hội'], { headline: { vi: 'Hết hạn' }, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ALERT_EXPIRED');
    expect(await db.query("SELECT 1 FROM alerts WHERE headline->>'vi' = 'Hết hạn'")).toEqual([]);
  });
});
