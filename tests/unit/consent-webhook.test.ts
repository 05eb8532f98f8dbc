import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient, verifyWebhook } from '@citadel/node';
import type { Database } from '../../packages/server/src/db/database.js';
import { testDatabases } from '../../packages/server/test/support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, testManifest, testPlatform } from '../../packages/server/test/support/platform.js';
import { registerWithCode } from '../../packages/server/test/support/sign-up.js';
import { startReceiver } from '../support/webhook-receiver.js';

// A citizen withdraws notifications in the consent center: the partner's backend receives a
// signed consent.revoked webhook it verifies with @citadel/node, naming the citizen by the same
// pairwise id its identity tokens carry, and its next send is refused.
describe.each(testDatabases)('consent.revoked reaches the partner on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    db = await open();
    const manifest = { ...testManifest('reports', ['identity', 'notifications']), notifications: { topics: [], deepLinks: ['/'] } };
    server = await testPlatform(db, { apps: [{ manifest, dir: BUILT_APP_DIR }], deliverPushes: false });
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });

  it('delivers a verifiable consent.revoked with the citizen’s pairwise id, and the next send is refused', async () => {
    const issued = await server.credentials.issue('reports');
    // The partner client over the in-process server: the real routes, no socket needed.
    const fetchIn: typeof fetch = async (input, init) => server.app.request(String(input), { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), host: 'localhost:8080' } });
    const citadel = createPartnerClient({ platformUrl: 'http://localhost:8080', clientId: issued.clientId, clientSecret: issued.clientSecret, fetch: fetchIn });
    const { secret } = await citadel.webhook.set(receiver.url);

    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0907000001', password: 'mật khẩu dài', name: 'Công dân' });
    await citizen.put('/api/identity/grants/reports', { claims: [] });
    const { token } = (await citizen.post('/api/identity/token', { appId: 'reports', nonce: 'nonce-123456' })).body;
    const sub = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
    await citizen.put('/api/notifications/grants/reports', {});
    const sent = await citadel.notifications.send({ to: sub, title: 'Đã tiếp nhận', body: 'Mã HUE-1' }, { idempotencyKey: 'first' });
    expect(sent.muted).toBe(false);

    expect((await citizen.post('/api/consents/reports/revoke', { permission: 'notifications' })).body).toEqual({ revoked: true });
    expect(await server.webhooks.deliverDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const event = await verifyWebhook({ secret, headers: receiver.received[0]!.headers, body: receiver.received[0]!.body });
    expect(event.type).toBe('consent.revoked');
    expect(event.data).toMatchObject({ sub, permission: 'notifications' });
    await expect(citadel.notifications.send({ to: sub, title: 'Lần hai', body: 'Mã HUE-2' }, { idempotencyKey: 'second' }))
      .rejects.toMatchObject({ code: 'NOTIFICATIONS_NOT_GRANTED', status: 403 });
  });

  it('tells the partner which identity claims a citizen withdrew when they narrow a grant, and nothing when they widen it', async () => {
    receiver.reset();
    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0907000002', password: 'mật khẩu dài', name: 'Công dân' });
    await citizen.put('/api/identity/grants/reports', { claims: ['name', 'phone'] });
    await citizen.put('/api/identity/grants/reports', { claims: ['name', 'phone', 'ward'] });
    expect(await server.webhooks.deliverDue()).toBe(0);
    await citizen.put('/api/identity/grants/reports', { claims: ['name'] });
    expect(await server.webhooks.deliverDue()).toBe(1);
    const [app] = await db.query<{ secret: string }>("SELECT webhook_secret AS secret FROM apps WHERE id = 'reports'");
    const secret = app!.secret;
    const event = await verifyWebhook({ secret, headers: receiver.received[0]!.headers, body: receiver.received[0]!.body });
    expect(event.type).toBe('consent.revoked');
    expect(event.data).toMatchObject({ permission: 'identity', claims: ['phone', 'ward'] });
  });
});
