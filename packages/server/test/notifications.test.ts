import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { vietnamDay } from '../src/notifications/quota.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, HOST, testManifest, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

/** An app that notifies: two topics, deep links under `/reports/` only. */
const notifyingManifest = (id: string) => ({
  ...testManifest(id, ['identity', 'notifications']),
  notifications: {
    topics: [
      { id: 'status', name: { vi: 'Trạng thái phản ánh', en: 'Report status' } },
      { id: 'news', name: { vi: 'Tin tức', en: 'News' } },
    ],
    deepLinks: ['/reports/'],
  },
});

describe.each(testDatabases)('notifications on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const auth: Record<string, Record<string, string>> = {};
  let n = 0;

  const partner = async (appId: string, method: string, path: string, body?: unknown, key?: string) => {
    const response = await server.app.request(`http://x/api/partner/v1${path}`, {
      method,
      headers: { host: HOST, ...auth[appId], ...(key ? { 'idempotency-key': key } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as any, replayed: response.headers.get('idempotent-replayed') };
  };
  const send = (appId: string, to: string, extra: object = {}, key = `send-${++n}`) =>
    partner(appId, 'POST', '/notifications', { to, topic: 'status', title: 'Phản ánh đã được tiếp nhận', body: 'Mã HUE-2026-00123', path: '/reports/HUE-2026-00123', ...extra }, key);

  /** A signed-up citizen, their pairwise id for `appId` (from a real identity token), and their client. */
  const citizen = async (phone: string, appId = 'reports') => {
    const client = citizenClient(server);
    await registerWithCode(client, smsGateway, { phone, password: 'mật khẩu dài', name: 'Công dân' });
    await client.put(`/api/identity/grants/${appId}`, { claims: [] });
    const { token } = (await client.post('/api/identity/token', { appId, nonce: 'nonce-123456' })).body;
    const sub = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
    return { client, sub };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, {
      apps: [
        { manifest: notifyingManifest('reports'), dir: BUILT_APP_DIR },
        { manifest: notifyingManifest('tourism'), dir: BUILT_APP_DIR },
        { manifest: testManifest('silent', ['identity']), dir: BUILT_APP_DIR },
      ],
      deliverPushes: false,
    });
    for (const id of ['reports', 'tourism', 'silent']) {
      const issued = await server.credentials.issue(id);
      auth[id] = { authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}` };
    }
  });
  afterAll(() => db.close());

  it('refuses a citizen who did not grant, delivers once granted, with the app name from the registry', async () => {
    const { client, sub } = await citizen('0905000001');
    const before = await send('reports', sub);
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
    expect((await client.get('/api/inbox')).body.entries).toEqual([]);

    const granted = await client.put('/api/notifications/grants/reports', {});
    expect(granted.body).toMatchObject({ granted: true, mutedTopics: [] });
    const sent = await send('reports', sub);
    expect(sent.status).toBe(201);
    expect(sent.body.notification).toMatchObject({ to: sub, topic: 'status', path: '/reports/HUE-2026-00123', state: 'queued' });

    const inbox = (await client.get('/api/inbox')).body;
    expect(inbox.entries).toHaveLength(1);
    expect(inbox.entries[0]).toMatchObject({
      kind: 'notification', id: sent.body.notification.id, appId: 'reports', appName: { vi: 'Ứng dụng reports', en: 'App reports' },
      appIcon: 'http://reports.apps.localhost:8080/icon.svg', topicName: { vi: 'Trạng thái phản ánh', en: 'Report status' }, title: 'Phản ánh đã được tiếp nhận', en: null, readAt: null,
    });
    expect((await client.get('/api/inbox/unread')).body.count).toBe(1);
    expect((await client.post(`/api/inbox/${sent.body.notification.id}/read`)).status).toBe(204);
    expect((await client.get('/api/inbox/unread')).body.count).toBe(0);
    expect((await partner('reports', 'GET', `/notifications/${sent.body.notification.id}`)).body.notification.state).toBe('read');
    // Another app cannot read it, nor use this app's pairwise id.
    expect((await partner('tourism', 'GET', `/notifications/${sent.body.notification.id}`)).status).toBe(404);
    await client.put('/api/notifications/grants/tourism', {});
    expect((await send('tourism', sub)).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
  });

  it('keeps English beside the Vietnamese when the partner sends { vi, en }, and refuses an empty or long one', async () => {
    const { client, sub } = await citizen('0905000011');
    await client.put('/api/notifications/grants/reports', {});
    const both = await send('reports', sub, { title: { vi: 'Phản ánh đã được xử lý xong', en: 'Your report was resolved' }, body: { vi: 'Mã HUE-1', en: 'Report HUE-1' } });
    expect(both.status).toBe(201);
    // English for the title only: the body shows in Vietnamese to everyone.
    expect((await send('reports', sub, { title: { vi: 'Đã tiếp nhận', en: 'Received' } })).status).toBe(201);
    const [titleOnly, full] = (await client.get('/api/inbox')).body.entries;
    expect(full).toMatchObject({ title: 'Phản ánh đã được xử lý xong', body: 'Mã HUE-1', en: { title: 'Your report was resolved', body: 'Report HUE-1' } });
    expect(titleOnly).toMatchObject({ title: 'Đã tiếp nhận', body: 'Mã HUE-2026-00123', en: { title: 'Received', body: 'Mã HUE-2026-00123' } });
    for (const title of [{ vi: '' }, { en: 'Only English' }, { vi: 'x', en: 'y'.repeat(81) }, { vi: 'x', fr: 'z' }]) {
      const refused = await send('reports', sub, { title });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('INVALID_PARAMS');
    }
    expect((await send('reports', sub, { body: { vi: 'x'.repeat(501) } })).status).toBe(400);
  });

  it('answers 429 beyond the daily quota with the limit and the reset time, even for concurrent sends', async () => {
    const { client, sub } = await citizen('0905000002');
    await client.put('/api/notifications/grants/reports', {});
    const results = await Promise.all(Array.from({ length: 6 }, () => send('reports', sub)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 3, window: 'day', resetAt: vietnamDay(new Date()).resetAt.toISOString() });
    expect(refused[0]!.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused[0]!.body.message).toContain('3 notifications a day');
    expect((await client.get('/api/inbox')).body.entries).toHaveLength(3);
  });

  it('uses the quota the operator set for the app instead of the default', async () => {
    const { client, sub } = await citizen('0905000008');
    await client.put('/api/notifications/grants/reports', {});
    await db.query("UPDATE apps SET notification_quota = 5 WHERE id = 'reports'");
    try {
      for (let i = 0; i < 5; i++) expect((await send('reports', sub)).status).toBe(201);
      const refused = await send('reports', sub);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 5 });
    } finally {
      await db.query("UPDATE apps SET notification_quota = NULL WHERE id = 'reports'");
    }
  });

  it('replays a send with the same Idempotency-Key, and refuses the key with another body', async () => {
    const { client, sub } = await citizen('0905000003');
    await client.put('/api/notifications/grants/reports', {});
    const first = await send('reports', sub, {}, 'same-key');
    const again = await send('reports', sub, {}, 'same-key');
    expect(again.status).toBe(200);
    expect(again.replayed).toBe('true');
    expect(again.body.notification.id).toBe(first.body.notification.id);
    expect((await send('reports', sub, { title: 'Khác' }, 'same-key')).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const noKey = await partner('reports', 'POST', '/notifications', { to: sub, topic: 'status', title: 't', body: 'b' });
    expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    // The key is checked before the body, in the order docs/platform-api.md gives.
    const neither = await partner('reports', 'POST', '/notifications', { to: sub, title: '' });
    expect({ status: neither.status, code: neither.body.code }).toEqual({ status: 400, code: 'IDEMPOTENCY_KEY_REQUIRED' });
    expect((await client.get('/api/inbox')).body.entries).toHaveLength(1);
  });

  it('stores nothing for a muted topic, and delivers again once unmuted', async () => {
    const { client, sub } = await citizen('0905000004');
    await client.put('/api/notifications/grants/reports', {});
    expect((await client.put('/api/notifications/grants/reports/topics/news', { muted: true })).body.mutedTopics).toEqual(['news']);
    const muted = await send('reports', sub, { topic: 'news' });
    expect(muted.body).toEqual({ muted: true, notification: null });
    expect((await send('reports', sub, { topic: 'status' })).status).toBe(201);
    expect((await client.get('/api/inbox')).body.entries.map((e: any) => e.topic)).toEqual(['status']);
    await client.put('/api/notifications/grants/reports/topics/news', { muted: false });
    expect((await send('reports', sub, { topic: 'news' })).status).toBe(201);
    expect((await client.put('/api/notifications/grants/reports/topics/undeclared', { muted: true })).status).toBe(404);
  });

  it('checks topic and deep link against the manifest, and refuses apps that declare no notifications', async () => {
    const { client, sub } = await citizen('0905000005');
    await client.put('/api/notifications/grants/reports', {});
    for (const path of ['/bills/1', '/reports/../admin', '/reports/%2e%2e/admin', '//evil.example/reports/', '/reports/1#x', 'https://evil.example/reports/']) {
      const refused = await send('reports', sub, { path });
      expect(refused.status, path).toBe(400);
      expect(refused.body.code).toBe('INVALID_PARAMS');
    }
    expect((await send('reports', sub, { topic: 'undeclared' })).body.message).toContain('not declared');
    expect((await send('reports', sub, { topic: undefined })).body.message).toContain('topic: required');
    expect((await send('reports', sub, { path: '/reports/HUE-1?tab=answer' })).status).toBe(201);
    expect((await send('silent', 'anyone')).body.code).toBe('FORBIDDEN');
    expect((await client.put('/api/notifications/grants/silent', {})).body.code).toBe('FORBIDDEN');
  });

  it('stops sends at once when the citizen revokes, sends a consent.revoked webhook, and audits both', async () => {
    const { client, sub } = await citizen('0905000006');
    await client.put('/api/notifications/grants/reports', {});
    expect((await send('reports', sub)).status).toBe(201);
    const consents = (await client.get('/api/consents')).body.apps;
    expect(consents).toEqual([expect.objectContaining({ appId: 'reports', appIcon: 'http://reports.apps.localhost:8080/icon.svg', identity: expect.objectContaining({ claims: [] }), notifications: expect.objectContaining({ mutedTopics: [] }) })]);

    expect((await client.post('/api/consents/reports/revoke', { permission: 'notifications' })).body).toEqual({ revoked: true });
    expect((await send('reports', sub)).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
    const webhooks = await db.query<{ event_type: string; payload: any }>("SELECT event_type, payload FROM webhook_outbox WHERE app_id = 'reports' AND event_type = 'consent.revoked'");
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]!.payload).toMatchObject({ sub, permission: 'notifications' });
    // A second revocation changes nothing and sends nothing.
    expect((await client.post('/api/consents/reports/revoke', { permission: 'notifications' })).body).toEqual({ revoked: false });
    // The identity grant goes the same way: the next token needs consent again.
    expect((await client.post('/api/consents/reports/revoke', { permission: 'identity' })).body).toEqual({ revoked: true });
    expect((await client.post('/api/identity/token', { appId: 'reports', nonce: 'nonce-123456' })).body.code).toBe('CONSENT_REQUIRED');
    const audit = (await client.get('/api/consents/audit')).body.entries.map((e: any) => e.action);
    expect(audit).toEqual(['identity.revoke', 'notifications.revoke', 'notifications.grant', 'identity.grant']);
    // The message already delivered stays readable.
    expect((await client.get('/api/inbox')).body.entries).toHaveLength(1);
  });

  it('refuses a suspended app', async () => {
    const { client, sub } = await citizen('0905000007', 'tourism');
    await client.put('/api/notifications/grants/tourism', {});
    await server.admin.setStatus('tourism', 'suspended');
    try {
      expect((await send('tourism', sub)).body.code).toBe('APP_SUSPENDED');
    } finally {
      await server.admin.setStatus('tourism', 'active');
    }
  });
});
