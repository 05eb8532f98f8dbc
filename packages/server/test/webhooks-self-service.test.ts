import { verifyWebhook } from '@citadel/node';
import { subscribableEventTypes } from '@citadel/protocol/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { enqueueWebhook } from '../src/webhooks/outbox.js';
import { testDatabases } from './support/databases.js';
import { CONSOLE_HOST, CONSOLE_ORIGIN, HOST, citizenClient, partnerAuth, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';
import { startReceiver, type Received, type Receiver } from '../../../tests/support/webhook-receiver.js';

const BASE = '/api/developer/v1';
const WEBHOOK = `${BASE}/apps/meter/webhook`;
const decided = { version: 1, manifestVersion: '1.0.0', reason: null, decidedAt: '2025-06-15T08:00:00.000Z' };

/** Verifies a delivery with `@citadel/node`, as a partner does; resolves with the event, or the refusal's reason. */
const verify = (request: Received, secret: string) =>
  verifyWebhook({ secret, headers: request.headers, body: request.body }).then((event) => event, (error: { reason: string }) => error.reason);

// Webhook self-service on the developer API (docs/credentials-and-webhooks.md): the URL and the subscribed events, the
// signing secret rotated with an overlap (both signatures during it), a signed test event to a loopback receiver, the
// delivery log with each attempt's status and latency, "deliver again", every action audited, nobody else let in.
describe.each(testDatabases)('webhook self-service on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let owner: ReturnType<typeof citizenClient>;
  let outsider: ReturnType<typeof citizenClient>;
  let receiver: Receiver;
  let secret: string;
  const log = async () => (await owner.get(`${WEBHOOK}/deliveries`)).body.deliveries as any[];
  /** Asks for a test event and delivers it: resolves with the request the receiver got. */
  const testEvent = async () => {
    const sent = await owner.post(`${WEBHOOK}/test`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    const count = receiver.received.length;
    expect(await server.webhooks.deliverDue()).toBeGreaterThan(0);
    await receiver.receivedCount(count + 1);
    return { id: sent.body.delivery.id as string, request: receiver.received.at(-1)! };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    owner = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(owner, smsGateway, { phone: '0905888111', password: 'mật khẩu dài', name: 'Chủ' });
    outsider = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(outsider, smsGateway, { phone: '0905888222', password: 'mật khẩu dài', name: 'Người ngoài' });
    await owner.post(`${BASE}/orgs`, { id: 'hue-water', name: 'Nước Huế' });
    expect((await owner.post(`${BASE}/orgs/hue-water/apps`, { id: 'meter', name: { vi: 'Đồng hồ nước', en: 'Water meter' }, kind: 'hosted' })).status).toBe(201);
    await outsider.post(`${BASE}/orgs`, { id: 'other-org', name: 'Khác' });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });
  beforeEach(() => receiver.reset());

  it('sets the URL and the events, showing the first secret once; refuses a URL the policy refuses, changing nothing', async () => {
    expect((await owner.get(WEBHOOK)).body.endpoint).toEqual({
      url: null, events: [...subscribableEventTypes], previousSecretExpiresAt: null,
    });
    expect((await owner.post(`${WEBHOOK}/test`)).body.code).toBe('WEBHOOK_NOT_SET');
    const refused = await owner.put(WEBHOOK, { url: 'https://10.0.0.1/hooks', events: [] });
    expect(refused).toMatchObject({ status: 400, body: { code: 'INVALID_WEBHOOK_URL' } });
    expect((await owner.put(WEBHOOK, { url: receiver.url, events: ['order.created'] })).body.code).toBe('INVALID_PARAMS');
    expect((await owner.get(WEBHOOK)).body.endpoint.url).toBeNull();

    const set = await owner.put(WEBHOOK, { url: receiver.url, events: ['app.version.rejected', 'payment.succeeded', 'payment.succeeded'] });
    expect(set.body).toEqual({
      endpoint: { url: receiver.url, events: ['payment.succeeded', 'app.version.rejected'], previousSecretExpiresAt: null },
      secret: expect.stringMatching(/^whsec_/),
    });
    secret = set.body.secret;
    // Changing the URL or the events keeps the secret, and shows none.
    const again = await owner.put(WEBHOOK, { url: receiver.url, events: ['payment.succeeded', 'app.version.approved'] });
    expect(again.body.secret).toBeNull();
    const [stored] = await db.query<{ webhook_secret: string }>("SELECT webhook_secret FROM apps WHERE id = 'meter'");
    expect(stored!.webhook_secret).toBe(secret);
  });

  it('queues only the events the app subscribes to; an app that never chose gets every one', async () => {
    expect(await enqueueWebhook(db, 'meter', 'app.version.rejected', decided)).toBeUndefined();
    expect(await enqueueWebhook(db, 'meter', 'app.version.approved', decided)).toMatch(/^msg_/);
    expect(await enqueueWebhook(db, 'water', 'app.version.rejected', decided)).toMatch(/^msg_/);
    const queued = await db.query<{ app_id: string; event_type: string }>('SELECT app_id, event_type FROM webhook_outbox ORDER BY app_id');
    expect(queued).toEqual([{ app_id: 'meter', event_type: 'app.version.approved' }, { app_id: 'water', event_type: 'app.version.rejected' }]);
    await server.webhooks.deliverDue();
    await receiver.receivedCount(1);
    expect(await verify(receiver.received[0]!, secret)).toMatchObject({ type: 'app.version.approved', data: decided });
  });

  it('sends a signed test event to the loopback receiver, logged with its status code and latency', async () => {
    const { id, request } = await testEvent();
    const event = await verify(request, secret);
    expect(event).toMatchObject({ id, type: 'webhook.test', data: { requestedAt: expect.any(String) } });
    const [delivery] = await log();
    expect(delivery).toMatchObject({ id, type: 'webhook.test', status: 'delivered', attempts: 1, lastError: null });
    expect(delivery.log).toEqual([{ at: expect.any(String), statusCode: 204, error: null, latencyMs: expect.any(Number) }]);
    expect(delivery.log[0].latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('delivers again: a second attempt is logged with its status and latency, newest first, under the same webhook id', async () => {
    const [delivered] = await log();
    receiver.answerWith(500);
    const again = await owner.post(`${WEBHOOK}/deliveries/${delivered.id}/redeliver`);
    expect(again.body.delivery).toMatchObject({ id: delivered.id, status: 'pending', attempts: 0, deliveredAt: null });
    expect(again.body.delivery.log).toHaveLength(1);
    await server.webhooks.deliverDue();
    await receiver.receivedCount(1);
    expect(receiver.received[0]!.headers['webhook-id']).toBe(delivered.id);
    const [retried] = await log();
    expect(retried).toMatchObject({ id: delivered.id, status: 'pending', attempts: 1, lastError: 'HTTP_500' });
    expect(retried.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 204]);
    expect(retried.log[0].latencyMs).toEqual(expect.any(Number));
    // A pending one is answered unchanged; another app's delivery, or none, is 404.
    expect((await owner.post(`${WEBHOOK}/deliveries/${delivered.id}/redeliver`)).body.delivery).toMatchObject({ status: 'pending', attempts: 1 });
    const water = (await db.query<{ id: string }>("SELECT id FROM webhook_outbox WHERE app_id = 'water'"))[0]!.id;
    expect((await owner.post(`${WEBHOOK}/deliveries/${water}/redeliver`)).status).toBe(404);
    expect((await owner.post(`${WEBHOOK}/deliveries/msg_nothing/redeliver`)).status).toBe(404);
    // A failed one goes out again too.
    await db.query("UPDATE webhook_outbox SET status = 'failed' WHERE id = $1", [delivered.id]);
    receiver.reset();
    await owner.post(`${WEBHOOK}/deliveries/${delivered.id}/redeliver`);
    await server.webhooks.deliverDue();
    const [failedThenDelivered] = await log();
    expect(failedThenDelivered).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(failedThenDelivered.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([204, 500, 204]);
    expect((await owner.get(`${WEBHOOK}/deliveries?status=failed`)).body.deliveries).toEqual([]);
  });

  it('rotates the secret with an overlap: both signatures verify during it, only the new one after it or once revoked', async () => {
    const before = Date.now();
    const rotated = await owner.post(`${WEBHOOK}/secret`);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    const overlapEnds = Date.parse(rotated.body.endpoint.previousSecretExpiresAt) - before;
    expect(overlapEnds).toBeGreaterThan(86_400_000 - 60_000);
    expect(overlapEnds).toBeLessThan(86_400_000 + 60_000);
    const old = secret;
    secret = rotated.body.secret;

    const during = (await testEvent()).request;
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(await verify(during, old)).toMatchObject({ type: 'webhook.test' });
    expect(await verify(during, secret)).toMatchObject({ type: 'webhook.test' });

    // A day later (the clock moved by moving the overlap's end): only the new secret signs.
    await db.query("UPDATE apps SET webhook_previous_secret_expires_at = now() - interval '1 second' WHERE id = 'meter'");
    expect((await owner.get(WEBHOOK)).body.endpoint.previousSecretExpiresAt).toBeNull();
    const after = (await testEvent()).request;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(await verify(after, old)).toBe('BAD_SIGNATURE');
    expect(await verify(after, secret)).toMatchObject({ type: 'webhook.test' });

    // Rotated again, then the overlap ended at once: the previous secret signs nothing more.
    const third = (await owner.post(`${WEBHOOK}/secret`)).body.secret as string;
    expect((await owner.post(`${WEBHOOK}/previous-secret/revoke`)).body.endpoint.previousSecretExpiresAt).toBeNull();
    const revoked = (await testEvent()).request;
    expect(await verify(revoked, secret)).toBe('BAD_SIGNATURE');
    expect(await verify(revoked, third)).toMatchObject({ type: 'webhook.test' });
    secret = third;

    // The partner API's PUT /webhook replaces the secret at once, ending an overlap too.
    await owner.post(`${WEBHOOK}/secret`);
    const put = await server.app.request(`http://${HOST}/api/partner/v1/webhook`, {
      method: 'PUT', headers: { host: HOST, 'content-type': 'application/json', ...(await partnerAuth(server, 'meter')) }, body: JSON.stringify({ url: receiver.url }),
    });
    expect(put.status).toBe(200);
    expect((await owner.get(WEBHOOK)).body.endpoint).toMatchObject({ url: receiver.url, previousSecretExpiresAt: null, events: ['payment.succeeded', 'app.version.approved'] });
    secret = ((await put.json()) as { secret: string }).secret;
  });

  it('limits test events to 20 an hour per app, naming the limit', async () => {
    await db.query("DELETE FROM webhook_outbox WHERE app_id = 'meter'");
    for (let n = 0; n < 20; n += 1) expect((await owner.post(`${WEBHOOK}/test`)).status).toBe(202);
    const refused = await owner.post(`${WEBHOOK}/test`);
    expect(refused).toMatchObject({
      status: 429, body: { code: 'RATE_LIMITED', limitName: 'webhook-tests-per-app-hour', limit: 20, windowSeconds: 3600, retryAfterSeconds: expect.any(Number) },
    });
    expect(refused.body.message).toContain('at most 20 test events an hour');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await log()).filter((d) => d.type === 'webhook.test')).toHaveLength(20);
  });

  it('answers nobody outside the organisation, nor another app\'s credentials, and audits every action', async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['GET', WEBHOOK], ['PUT', WEBHOOK, { url: receiver.url, events: [] }], ['POST', `${WEBHOOK}/secret`], ['POST', `${WEBHOOK}/previous-secret/revoke`],
      ['POST', `${WEBHOOK}/test`], ['GET', `${WEBHOOK}/deliveries`],
    ];
    const water = await partnerAuth(server, 'water');
    for (const [method, path, body] of routes) {
      const answer = method === 'GET' ? await outsider.get(path) : method === 'PUT' ? await outsider.put(path, body) : await outsider.post(path);
      expect(answer.status, `${method} ${path}`).toBe(404);
      const ci = await server.app.request(`${CONSOLE_ORIGIN}${path}`, {
        method, headers: { host: CONSOLE_HOST, ...water, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(ci.status, `${method} ${path} with another app's credentials`).toBe(404);
    }
    const actions = (await db.query<{ action: string }>("SELECT DISTINCT action FROM partner_audit WHERE app_id = 'meter' AND action LIKE 'webhook.%'")).map((r) => r.action);
    expect(actions.sort()).toEqual(['webhook.redeliver', 'webhook.secret.revoke-previous', 'webhook.secret.rotate', 'webhook.set', 'webhook.test']);
  });
});
