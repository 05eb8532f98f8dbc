import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import type { ListeningServer } from '../src/index.js';
import { vietnamDay } from '../src/notifications/quota.js';
import { sendNotification } from '../src/notifications/send.js';
import { testDatabases } from './support/databases.js';
import { fetchClient } from './support/fetch-client.js';
import { BUILT_APP_DIR, smsGateway, testManifest, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';
import { readSse } from './support/sse-reader.js';

/** Short, so the queued notification is released within the test; the default is 30 s. */
const SPACING_MS = 1_500;

const notifying = (id: string) => ({
  ...testManifest(id, ['identity', 'notifications']),
  notifications: { topics: [{ id: 'status', name: { vi: 'Trạng thái', en: 'Status' } }], deepLinks: ['/reports/'] },
});

// Issue 13, pacing: at most one notification per app and citizen per spacing, queued rather than dropped; an
// operator's daily cap per app; every 429 of a send carries Retry-After.
describe.each(testDatabases)('notification pacing on $name', ({ open }) => {
  let db: Database;
  let platform: Awaited<ReturnType<typeof testPlatform>>;
  let server: ListeningServer;
  const auth: Record<string, string> = {};
  let phone = 0;
  let n = 0;
  const origin = () => `http://localhost:${server.port}`;

  const partner = async (appId: string, method: string, path: string, body?: unknown, key?: string) => {
    const response = await fetch(`${origin()}/api/partner/v1${path}`, {
      method,
      headers: { authorization: auth[appId]!, ...(key ? { 'idempotency-key': key } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };
  const send = (appId: string, to: string, key = `pace-${++n}`) =>
    partner(appId, 'POST', '/notifications', { to, topic: 'status', title: 'Phản ánh đã được tiếp nhận', body: `Lần gửi ${key}`, path: '/reports/HUE-1' }, key);

  /** A signed-up citizen who allowed `apps` to notify them: their client, pairwise ids and citizen id. */
  const citizen = async (apps: string[]) => {
    const client = fetchClient(origin());
    expect((await registerWithCode(client, smsGateway, { phone: `09070${String(++phone).padStart(5, '0')}`, password: 'mật khẩu dài', name: 'Cư dân' })).status).toBe(201);
    const subs: Record<string, string> = {};
    for (const appId of apps) {
      await client.put(`/api/identity/grants/${appId}`, { claims: [] });
      const { token } = (await client.post('/api/identity/token', { appId, nonce: 'nonce-123456' })).body;
      subs[appId] = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
      expect((await client.put(`/api/notifications/grants/${appId}`, {})).status).toBe(200);
    }
    const [row] = await db.query<{ id: string }>('SELECT citizen_id AS id FROM notification_grants WHERE subject = $1', [Object.values(subs)[0]]);
    return { client, subs, id: row!.id };
  };

  beforeAll(async () => {
    db = await open();
    platform = await testPlatform(db, {
      port: 0,
      apps: ['reports', 'tourism', 'capped'].map((id) => ({ manifest: notifying(id), dir: BUILT_APP_DIR })),
      deliverPushes: false,
      deliverWebhooks: false,
      notificationSpacingMs: SPACING_MS,
    });
    server = await platform.listen();
    for (const id of ['reports', 'tourism', 'capped']) {
      const issued = await platform.credentials.issue(id);
      auth[id] = `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`;
    }
  });
  afterAll(async () => {
    await server?.close();
    await db.close();
  });

  it('queues a send within the spacing: accepted, hidden from the inbox, the unread count and the stream until its time, then shown', async () => {
    const { client, subs, id } = await citizen(['reports', 'tourism']);
    // A browser subscribed to pushes: the queued notification's push must wait too.
    await db.query("INSERT INTO push_subscriptions (id, citizen_id, endpoint, p256dh, auth) VALUES ('psub-pace', $1, 'https://push.example/pace', 'k', 'a')", [id]);
    const { response, abort } = await client.stream('/api/me/events');
    const stream = readSse(response.body!);
    expect((await stream.next()).event).toBe('ready');

    const first = await send('reports', subs['reports']!);
    expect(first.status).toBe(201);
    expect(first.body.notification.deliverAt).toBe(first.body.notification.createdAt);
    expect(JSON.parse((await stream.next()).data)).toMatchObject({ id: first.body.notification.id });

    const second = await send('reports', subs['reports']!, 'pace-second');
    expect(second.status).toBe(201);
    const queued = second.body.notification;
    expect(queued.state).toBe('queued');
    const deliverAt = Date.parse(queued.deliverAt);
    expect(deliverAt - Date.parse(first.body.notification.createdAt)).toBeGreaterThanOrEqual(SPACING_MS);
    expect(deliverAt).toBeGreaterThan(Date.parse(queued.createdAt));
    // Another app is not held back by this one.
    const other = await send('tourism', subs['tourism']!);
    expect(other.body.notification.deliverAt).toBe(other.body.notification.createdAt);
    expect(JSON.parse((await stream.next()).data)).toMatchObject({ id: other.body.notification.id });

    // Before its time: the partner sees it queued, the citizen does not see it anywhere.
    expect((await partner('reports', 'GET', `/notifications/${queued.id}`)).body.notification).toMatchObject({ id: queued.id, state: 'queued', deliverAt: queued.deliverAt });
    const inbox = (await client.get('/api/inbox')).body.entries.map((e: { id: string }) => e.id);
    expect(inbox).toEqual([other.body.notification.id, first.body.notification.id]);
    expect((await client.get('/api/inbox/unread')).body.count).toBe(2);
    await client.post('/api/inbox/read-all');
    const pushes = await db.query<{ due: Date }>('SELECT next_attempt_at AS due FROM push_queue WHERE notification_id = $1', [queued.id]);
    expect(pushes.map((p) => p.due.getTime())).toEqual([deliverAt]);

    // A replay answers the same queued notification.
    const replayed = await send('reports', subs['reports']!, 'pace-second');
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.notification).toEqual(queued);

    // Its time comes: the stream gets it then, not before, and the inbox shows it unread at that time.
    const released = await stream.next();
    expect(Date.now()).toBeGreaterThanOrEqual(deliverAt);
    expect(released.event).toBe('notification');
    expect(JSON.parse(released.data)).toMatchObject({ id: queued.id, at: queued.deliverAt, readAt: null });
    const after = (await client.get('/api/inbox')).body.entries;
    expect(after[0]).toMatchObject({ id: queued.id, at: queued.deliverAt, readAt: null });
    expect((await client.get('/api/inbox/unread')).body.count).toBe(1);
    abort();
  });

  it('releases a notification queued by another process (no wake-up here) at the next sweep, never early', async () => {
    const { client, subs } = await citizen(['reports']);
    const { response, abort } = await client.stream('/api/me/events');
    const stream = readSse(response.body!);
    expect((await stream.next()).event).toBe('ready');
    // What another server process sharing the database does: this one is not told of the paced send.
    const direct = (key: string) => sendNotification(db, {
      appId: 'reports', manifest: notifying('reports') as never, key, dailyQuota: 3, spacingMs: SPACING_MS,
      body: { to: subs['reports']!, topic: 'status', title: 'Phản ánh đã được tiếp nhận', body: key, path: '/reports/HUE-1' },
    });
    await direct('elsewhere-1');
    expect((await stream.next()).event).toBe('notification');
    const waiting = await direct('elsewhere-2');
    const deliverAt = Date.parse(waiting.notification!.deliverAt!);
    const released = await stream.next();
    expect(Date.now()).toBeGreaterThanOrEqual(deliverAt);
    expect(JSON.parse(released.data)).toMatchObject({ id: waiting.notification!.id });
    abort();
  });

  it('spaces each queued send after the one before it', async () => {
    const { subs } = await citizen(['reports']);
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push((await send('reports', subs['reports']!)).body.notification);
    const times = sent.map((s) => Date.parse(s.deliverAt));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(SPACING_MS);
    expect(times[2]! - times[1]!).toBe(SPACING_MS);
  });

  it('never delivers a waiting notification once the citizen withdraws the permission', async () => {
    const { client, subs } = await citizen(['reports']);
    const first = (await send('reports', subs['reports']!)).body.notification;
    const waiting = (await send('reports', subs['reports']!)).body.notification;
    expect(Date.parse(waiting.deliverAt)).toBeGreaterThan(Date.parse(waiting.createdAt));
    expect((await client.post('/api/consents/reports/revoke', { permission: 'notifications' })).body).toEqual({ revoked: true });
    expect((await partner('reports', 'GET', `/notifications/${waiting.id}`)).status).toBe(404);
    expect((await partner('reports', 'GET', `/notifications/${first.id}`)).status).toBe(200);
    expect((await client.get('/api/inbox')).body.entries.map((e: { id: string }) => e.id)).toEqual([first.id]);
  });

  it('answers the per-citizen quota with 429, the body fields and a Retry-After header', async () => {
    const { subs } = await citizen(['tourism']);
    for (let i = 0; i < 3; i++) expect((await send('tourism', subs['tourism']!)).status).toBe(201);
    const refused = await send('tourism', subs['tourism']!);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 3, window: 'day', resetAt: vietnamDay(new Date()).resetAt.toISOString() });
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.headers.get('retry-after')).toBe(String(refused.body.retryAfterSeconds));
  });

  it('answers beyond the operator\'s daily cap on the app with 429 app-day and Retry-After, even for concurrent sends', async () => {
    const citizens = [];
    for (let i = 0; i < 5; i++) citizens.push(await citizen(['capped']));
    await db.query("UPDATE apps SET notification_daily_cap = 3 WHERE id = 'capped'");
    try {
      const answers = await Promise.all(citizens.map((c) => send('capped', c.subs['capped']!)));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
      const refused = answers.filter((a) => a.status === 429);
      expect(refused).toHaveLength(2);
      for (const answer of refused) {
        expect(answer.body).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 3, window: 'app-day', resetAt: vietnamDay(new Date()).resetAt.toISOString() });
        expect(answer.headers.get('retry-after')).toBe(String(answer.body.retryAfterSeconds));
      }
      await db.query("UPDATE apps SET notification_daily_cap = NULL WHERE id = 'capped'");
      expect((await send('capped', citizens[4]!.subs['capped']!)).status).toBe(201);
    } finally {
      await db.query("UPDATE apps SET notification_daily_cap = NULL WHERE id = 'capped'");
    }
  });
});
