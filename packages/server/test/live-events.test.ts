import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_LIMITS } from '@citadel/protocol/api';
import { createCitizens } from '../src/accounts/citizens.js';
import type { Database } from '../src/db/database.js';
import { openPostgres } from '../src/db/postgres.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import type { ListeningServer } from '../src/index.js';
import { sendNotification } from '../src/notifications/send.js';
import { createPostgresDatabase } from './support/databases.js';
import { fetchClient } from './support/fetch-client.js';
import { BUILT_APP_DIR, smsGateway, testManifest, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';
import { readSse } from './support/sse-reader.js';

const hour = 3_600_000;
const notifying = {
  ...testManifest('reports', ['identity', 'notifications']),
  notifications: { topics: [{ id: 'status', name: { vi: 'Trạng thái', en: 'Status' } }], deepLinks: ['/reports/'] },
};

/** Two handles on one fresh database, as two server processes sharing it would have: PGlite's one, or two PostgreSQL pools. */
const shared = [
  {
    name: 'pglite',
    async open(): Promise<[Database, Database]> {
      const db = await openPglite();
      await migrate(db);
      return [db, db];
    },
  },
  {
    name: 'postgres',
    async open(): Promise<[Database, Database]> {
      const url = await createPostgresDatabase();
      const first = await openPostgres(url);
      await migrate(first);
      return [first, await openPostgres(url)];
    },
  },
];

// Issue 12: an open host receives inbox items and alerts live over Server-Sent Events, resumes
// with Last-Event-ID without loss or duplicates, and a publish on one server reaches a stream
// on another sharing the database (LISTEN/NOTIFY).
describe.each(shared)('the live event stream on $name', ({ open }) => {
  let dbs: [Database, Database];
  let a: ListeningServer;
  let b: ListeningServer;
  let platformA: Awaited<ReturnType<typeof testPlatform>>;
  let phone = 0;
  const origin = (server: ListeningServer) => `http://localhost:${server.port}`;

  /** A signed-up citizen, declared in `ward`, calling `server` (default A). */
  const citizen = async (ward: string | null = null, server = a) => {
    const client = fetchClient(origin(server));
    const created = await registerWithCode(client, smsGateway, { phone: `09080${String(++phone).padStart(5, '0')}`, password: 'mật khẩu dài', name: 'Cư dân' });
    expect(created.status).toBe(201);
    if (ward) expect((await client.put('/api/me/wards', { home: ward, work: null })).status).toBe(200);
    return client;
  };
  const alert = (wards: string[], headline = 'Lũ khẩn cấp') => ({
    sender: 'UBND thành phố Huế', severity: 'extreme', category: 'flood', headline: { vi: headline }, description: { vi: 'Sơ tán ngay.' },
    area: { description: 'Khu vực', wards, polygons: [] }, expiresAt: new Date(Date.now() + hour).toISOString(),
  });
  let authority: ReturnType<typeof fetchClient>;

  beforeAll(async () => {
    dbs = await open();
    const apps = [{ manifest: notifying, dir: BUILT_APP_DIR }];
    // A re-reads only every 15 s (the default): what its streams get within a test came by NOTIFY.
    // B beats every 200 ms, for the tests of heartbeats and of a session that ends.
    platformA = await testPlatform(dbs[0], { port: 0, apps, deliverPushes: false, deliverWebhooks: false });
    a = await platformA.listen();
    b = await (await testPlatform(dbs[1], { port: 0, apps, deliverPushes: false, deliverWebhooks: false, liveHeartbeatMs: 200 })).listen();
    authority = fetchClient(origin(b));
    expect((await registerWithCode(authority, smsGateway, { phone: '0908099999', password: 'mật khẩu dài', name: 'Ban Chỉ huy' })).status).toBe(201);
    expect(await createCitizens(dbs[1]).setRole('+84908099999', 'authority', true)).toBe(true);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dbs[0].close();
    if (dbs[1] !== dbs[0]) await dbs[1].close();
  });

  it('streams an alert published on another server to the citizen of its ward, and a notification, each with an id', async () => {
    const resident = await citizen('Vỹ Dạ');
    const { response, abort } = await resident.stream('/api/me/events');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const stream = readSse(response.body!);
    const ready = await stream.next();
    expect(ready.event).toBe('ready');
    expect(ready.id).toMatch(/^\d+$/);

    // Published on server B: the stream on server A hears of it through the database.
    const published = await authority.post('/api/alerts', alert(['Vỹ Dạ']));
    expect(published.status).toBe(201);
    const event = await stream.next();
    expect(event.event).toBe('alert');
    expect(BigInt(event.id!)).toBeGreaterThan(BigInt(ready.id!));
    expect(JSON.parse(event.data)).toMatchObject({ id: published.body.alert.id, severity: 'extreme', headline: { vi: 'Lũ khẩn cấp' }, readAt: null });

    // A partner notification, sent by server B's code path on its own database handle.
    const [me] = await dbs[0].query<{ id: string }>('SELECT citizen_id AS id FROM citizen_wards WHERE ward = $1', ['Vỹ Dạ']);
    await dbs[0].query("INSERT INTO notification_grants (citizen_id, app_id, subject) VALUES ($1, 'reports', 'sub-live-1')", [me!.id]);
    const sent = await sendNotification(dbs[1], {
      appId: 'reports', manifest: notifying as never, key: 'live-1', dailyQuota: 3, spacingMs: 0,
      body: { to: 'sub-live-1', topic: 'status', title: 'Phản ánh đã được tiếp nhận', body: 'Mã HUE-1', path: '/reports/HUE-1' },
    });
    const notification = await stream.next();
    expect(notification.event).toBe('notification');
    expect(BigInt(notification.id!)).toBeGreaterThan(BigInt(event.id!));
    expect(JSON.parse(notification.data)).toMatchObject({ kind: 'notification', id: sent.notification!.id, title: 'Phản ánh đã được tiếp nhận', appId: 'reports' });
    // Nothing came by heartbeat re-read: A has not beaten yet.
    expect(stream.events.filter((e) => e.comment !== undefined)).toEqual([]);
    abort();
  });

  it('resumes after Last-Event-ID (or ?after=) with exactly what it missed, in order, and nothing twice', async () => {
    const resident = await citizen('Kim Long', b);
    const first = await resident.stream('/api/me/events');
    const stream = readSse(first.response.body!);
    await stream.next();
    await authority.post('/api/alerts', alert(['Kim Long'], 'Một'));
    const seen = await stream.next();
    first.abort();
    // Missed while disconnected: two alerts for the ward, one elsewhere.
    await authority.post('/api/alerts', alert(['Kim Long'], 'Hai'));
    await authority.post('/api/alerts', alert(['An Cựu'], 'Không phải của bạn'));
    await authority.post('/api/alerts', alert(['Kim Long'], 'Ba'));
    for (const resume of [{ headers: { 'last-event-id': seen.id! }, path: '/api/me/events' }, { headers: {}, path: `/api/me/events?after=${seen.id}` }]) {
      const again = await resident.stream(resume.path, resume.headers);
      const replay = readSse(again.response.body!);
      const ready = await replay.next();
      expect([ready.event, ready.id]).toEqual(['ready', seen.id]);
      const missed = [await replay.next(), await replay.next()];
      expect(missed.map((e) => JSON.parse(e.data).headline.vi)).toEqual(['Hai', 'Ba']);
      // Then only heartbeats: the first alert is not sent again.
      await replay.next((e) => e.comment === 'heartbeat');
      expect(replay.events.filter((e) => e.event === 'alert')).toHaveLength(2);
      again.abort();
    }
    const bad = await resident.stream('/api/me/events', { 'last-event-id': 'abc' });
    expect(bad.response.status).toBe(400);
    expect((await bad.response.json()).code).toBe('INVALID_PARAMS');
  });

  it('refuses a stream without a session, and more than the named limit per citizen with 429 TOO_MANY_STREAMS', async () => {
    const stranger = await fetchClient(origin(a)).stream('/api/me/events');
    expect(stranger.response.status).toBe(401);
    const resident = await citizen();
    const open = [];
    for (let i = 0; i < LIVE_LIMITS.streamsPerCitizen; i++) {
      const opened = await resident.stream('/api/me/events');
      expect(opened.response.status).toBe(200);
      await readSse(opened.response.body!).next();
      open.push(opened);
    }
    const over = await resident.stream('/api/me/events');
    expect(over.response.status).toBe(429);
    expect(await over.response.json()).toMatchObject({ code: 'TOO_MANY_STREAMS', limit: LIVE_LIMITS.streamsPerCitizen, retryAfterSeconds: LIVE_LIMITS.heartbeatSeconds });
    expect(over.response.headers.get('retry-after')).toBe(String(LIVE_LIMITS.heartbeatSeconds));
    // A closed tab frees its place.
    open.pop()!.abort();
    await expect.poll(async () => {
      const retry = await resident.stream('/api/me/events');
      retry.abort();
      return retry.response.status;
    }).toBe(200);
    for (const stream of open) stream.abort();
  });

  it('beats with comment lines, and ends the stream with `end` once the session is signed out elsewhere', async () => {
    const resident = await citizen(null, b);
    const { response } = await resident.stream('/api/me/events');
    const stream = readSse(response.body!);
    await stream.next();
    expect((await stream.next((e) => e.comment !== undefined)).comment).toBe('heartbeat');
    expect((await resident.post('/api/auth/signout')).status).toBe(204);
    const end = await stream.next();
    expect([end.event, JSON.parse(end.data)]).toEqual(['end', { reason: 'signed-out' }]);
    await stream.closed();
  });
});
