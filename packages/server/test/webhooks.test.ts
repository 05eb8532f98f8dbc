import { randomBytes } from 'node:crypto';
import { verifyWebhook } from '@citadel/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRegistryAdmin } from '../src/app-registry.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { partnerWebhookRoutes } from '../src/http/partner-webhook-routes.js';
import { createWebhookDispatcher, type WebhookDispatcherOptions } from '../src/webhooks/dispatcher.js';
import type { ResolveHost } from '../src/delivery/guarded-lookup.js';
import { createOutboxStore } from '../src/webhooks/outbox-store.js';
import { createPostgresDatabase, testDatabases } from './support/databases.js';
import { startReceiver, type Received, type Receiver } from '../../../tests/support/webhook-receiver.js';
import { partnerApiOf, registerPartners } from './support/partner-api.js';
import { testManifest } from './support/platform.js';

/**
 * Checks a delivery the way a partner does, with `@citadel/node`'s `verifyWebhook`: the Standard
 * Webhooks signature over the raw body, a fresh timestamp, and a body of its event's schema.
 */
async function expectSigned(request: Received, secret: string) {
  await expect(verifyWebhook({ secret, headers: request.headers, body: request.body })).resolves.toMatchObject({ id: request.headers['webhook-id'] });
}

/** The partner API as the platform mounts it: `requirePartner`, then the webhook routes, errors as JSON. */
const partnerApi = (db: Database, development: boolean) => partnerApiOf(db, (api) => api.route('/', partnerWebhookRoutes({ db, development })));

const payment = (n: number) => ({
  orderId: `ord_${n}`, paymentId: `pay_${n}`, amount: 150_000, currency: 'VND', reference: `INV-${n}`,
  metadata: { table: '7' }, sub: 'pw-4f9a2c', paidAt: '2025-06-15T08:00:00.000Z',
});

describe.each(testDatabases)('webhook delivery on $name', ({ open }) => {
  let db: Database;
  let receiver: Receiver;
  let water: string;
  let school: string;
  let call: ReturnType<typeof partnerApi>;
  let waterSecret: string;
  const dispatchers: Array<ReturnType<typeof createWebhookDispatcher>> = [];

  const dispatcher = (options: Partial<WebhookDispatcherOptions> = {}) => {
    const created = createWebhookDispatcher({ db, development: true, ...options });
    dispatchers.push(created);
    return created;
  };
  const enqueue = async (appId = 'water', type = 'payment.succeeded', data: unknown = payment(1)) => {
    const id = `msg_${randomBytes(16).toString('base64url')}`;
    await db.query('INSERT INTO webhook_outbox (id, app_id, event_type, payload) VALUES ($1, $2, $3, $4)', [id, appId, type, JSON.stringify(data)]);
    return id;
  };
  const row = async (id: string) => (await db.query<{ status: string; attempts: number; last_error: string | null; delivered: boolean; due_in: number }>(
    `SELECT status, attempts, last_error, delivered_at IS NOT NULL AS delivered,
            extract(epoch FROM next_attempt_at - now())::float8 AS due_in FROM webhook_outbox WHERE id = $1`, [id]))[0]!;
  const makeDue = (id: string) => db.query('UPDATE webhook_outbox SET next_attempt_at = now() WHERE id = $1', [id]);
  const setUrl = async (url: string) => {
    const answer = await call(water, 'PUT', '/webhook', { url });
    expect(answer.status).toBe(200);
    waterSecret = answer.body.secret;
  };

  beforeAll(async () => {
    db = await open();
    ({ water, school } = await registerPartners(db, 'water', 'school'));
    call = partnerApi(db, true);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('DELETE FROM webhook_outbox');
    await db.query('UPDATE apps SET webhook_url = NULL, webhook_secret = NULL');
    receiver.reset();
    await setUrl(receiver.url);
  });
  afterEach(async () => {
    receiver.release();
    await Promise.all(dispatchers.splice(0).map((d) => d.stop()));
  });

  describe('PUT /webhook', () => {
    it('stores the URL with a new whsec_ secret, shown once, and a new secret on every call', async () => {
      const first = await call(water, 'PUT', '/webhook', { url: receiver.url });
      expect(first.body).toEqual({ url: receiver.url, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) });
      expect(first.headers.get('cache-control')).toBe('no-store');
      const second = await call(water, 'PUT', '/webhook', { url: 'https://shop.example.vn/hooks' });
      expect(second.body.secret).not.toBe(first.body.secret);
      const [stored] = await db.query<{ webhook_url: string; webhook_secret: string }>('SELECT webhook_url, webhook_secret FROM apps WHERE id = $1', ['water']);
      expect(stored).toEqual({ webhook_url: 'https://shop.example.vn/hooks', webhook_secret: second.body.secret });
      const [other] = await db.query<{ webhook_url: string | null }>('SELECT webhook_url FROM apps WHERE id = $1', ['school']);
      expect(other!.webhook_url).toBeNull();
    });

    it('refuses URLs the policy refuses with INVALID_WEBHOOK_URL, and changes nothing', async () => {
      for (const url of ['http://shop.example.vn/h', 'https://10.0.0.1/h', 'https://169.254.169.254/latest', 'https://[::ffff:192.168.0.1]/',
        'https://u:p@shop.example.vn/', 'ftp://shop.example.vn/', 'not a url', 'https://intranet/h']) {
        const refused = await call(water, 'PUT', '/webhook', { url });
        expect(refused.status, url).toBe(400);
        expect(refused.body, url).toMatchObject({ code: 'INVALID_WEBHOOK_URL', message: expect.any(String) });
      }
      const [stored] = await db.query<{ webhook_url: string }>('SELECT webhook_url FROM apps WHERE id = $1', ['water']);
      expect(stored!.webhook_url).toBe(receiver.url);
    });

    it('refuses loopback and plain http outside development', async () => {
      const production = partnerApi(db, false);
      for (const url of [receiver.url, 'https://localhost/h', 'https://127.0.0.1/h', 'https://[::1]/h']) {
        expect((await production(water, 'PUT', '/webhook', { url })).body, url).toMatchObject({ code: 'INVALID_WEBHOOK_URL' });
      }
      expect((await production(water, 'PUT', '/webhook', { url: 'https://shop.example.vn/h' })).status).toBe(200);
    });

    it('validates the body strictly, and needs partner credentials', async () => {
      for (const body of [{}, { url: '' }, { url: 42 }, { url: receiver.url, secret: 'mine' }, 'not json']) {
        const refused = await call(water, 'PUT', '/webhook', body);
        expect(refused.status, JSON.stringify(body)).toBe(400);
        expect(refused.body.code).toBe('INVALID_PARAMS');
      }
      expect((await call('Basic bm86bm8=', 'PUT', '/webhook', { url: receiver.url })).status).toBe(401);
      expect((await call('', 'GET', '/webhooks')).status).toBe(401);
    });
  });

  describe('delivery', () => {
    it('POSTs { type, timestamp, data } signed the Standard Webhooks way, with the documented headers', async () => {
      const id = await enqueue();
      const [{ created_at }] = await db.query<{ created_at: Date }>('SELECT created_at FROM webhook_outbox WHERE id = $1', [id]) as [{ created_at: Date }];
      expect(await dispatcher().deliverDue()).toBe(1);
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received as [Received];
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/hooks/citadel');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['webhook-id']).toBe(id);
      expect(request.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
      await expectSigned(request, waterSecret);
      expect(JSON.parse(request.body)).toEqual({ type: 'payment.succeeded', timestamp: new Date(created_at).toISOString(), data: payment(1) });
      expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1, last_error: null, delivered: true });
      expect(await dispatcher().deliverDue()).toBe(0);
      expect(receiver.received).toHaveLength(1);
    });

    it('retries after a 500 with the same webhook-id, after the backoff, then records the 2xx', async () => {
      receiver.answerInTurn(500, 202);
      const id = await enqueue();
      const d = dispatcher();
      expect(await d.deliverDue()).toBe(1);
      const waiting = await row(id);
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP_500', delivered: false });
      expect(waiting.due_in).toBeGreaterThan(3);
      expect(waiting.due_in).toBeLessThanOrEqual(5);
      expect(await d.deliverDue()).toBe(0);
      await makeDue(id);
      expect(await d.deliverDue()).toBe(1);
      expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 2, last_error: null, delivered: true });
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([id, id]);
      for (const request of receiver.received) await expectSigned(request, waterSecret);
      expect(receiver.received[0]!.body).toBe(receiver.received[1]!.body);
    });

    it('backs off exponentially, marks the delivery failed after maxAttempts, and lists it', async () => {
      receiver.answerWith(503, 'upstream stack trace with secrets');
      const id = await enqueue();
      const d = dispatcher({ maxAttempts: 4, baseDelaySeconds: 5, maxDelaySeconds: 15 });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        await makeDue(id);
        await d.deliverDue();
        const state = await row(id);
        expect(state).toMatchObject({ status: 'pending', attempts: attempt, last_error: 'HTTP_503' });
        waits.push(Math.ceil(state.due_in));
      }
      expect(waits).toEqual([5, 10, 15]);
      await makeDue(id);
      await d.deliverDue();
      expect(await row(id)).toMatchObject({ status: 'failed', attempts: 4, last_error: 'HTTP_503', delivered: false });
      await makeDue(id);
      expect(await d.deliverDue()).toBe(0);
      expect(receiver.received).toHaveLength(4);

      const failed = await call(water, 'GET', '/webhooks?status=failed');
      expect(failed.body).toEqual({ deliveries: [{ id, type: 'payment.succeeded', status: 'failed', attempts: 4, lastError: 'HTTP_503', createdAt: expect.any(String), deliveredAt: null }] });
      expect((await call(water, 'GET', '/webhooks?status=pending')).body).toEqual({ deliveries: [] });
      expect((await call(school, 'GET', '/webhooks?status=failed')).body).toEqual({ deliveries: [] });
    });

    it('puts a failed delivery back in the queue on POST /webhooks/:id/retry, for its own app only', async () => {
      receiver.answerWith(500);
      const id = await enqueue();
      const d = dispatcher({ maxAttempts: 1 });
      await d.deliverDue();
      expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1 });

      for (const [who, path] of [[school, `/webhooks/${id}/retry`], [water, '/webhooks/msg_unknown/retry']] as const) {
        const refused = await call(who, 'POST', path);
        expect(refused.status).toBe(404);
        expect(refused.body.code).toBe('NOT_FOUND');
      }
      expect(await row(id)).toMatchObject({ status: 'failed' });

      const retried = await call(water, 'POST', `/webhooks/${id}/retry`);
      expect(retried.status).toBe(200);
      expect(retried.body.delivery).toMatchObject({ id, status: 'pending', attempts: 0 });
      receiver.answerWith(200);
      expect(await d.deliverDue()).toBe(1);
      expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1 });
      const again = await call(water, 'POST', `/webhooks/${id}/retry`);
      expect(again.body.delivery).toMatchObject({ id, status: 'delivered', attempts: 1, deliveredAt: expect.any(String) });
      expect(await d.deliverDue()).toBe(0);
    });

    it('lists only the app’s own deliveries, newest first, at most 100, and refuses an unknown status', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 103; i++) ids.push(await enqueue());
      await db.query(`UPDATE webhook_outbox SET created_at = now() - make_interval(secs => 200 - ord)
        FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord) WHERE webhook_outbox.id = t.id`, [ids]);
      const schools = await enqueue('school', 'payment.refunded');
      const listed = (await call(water, 'GET', '/webhooks')).body.deliveries as Array<{ id: string }>;
      expect(listed).toHaveLength(100);
      expect(listed.map((d) => d.id)).toEqual(ids.slice(3).reverse());
      expect((await call(school, 'GET', '/webhooks')).body.deliveries).toEqual([
        { id: schools, type: 'payment.refunded', status: 'pending', attempts: 0, lastError: null, createdAt: expect.any(String), deliveredAt: null },
      ]);
      const refused = await call(water, 'GET', '/webhooks?status=lost');
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('INVALID_PARAMS');
    });

    it('keeps the rows of an app without a webhook URL pending (NO_WEBHOOK_URL), never failed, and sends them once a URL is set', async () => {
      const id = await enqueue('school');
      const d = dispatcher({ maxAttempts: 2 });
      for (let round = 0; round < 4; round++) {
        await makeDue(id);
        expect(await d.deliverDue()).toBe(1);
        const state = await row(id);
        expect(state).toMatchObject({ status: 'pending', attempts: 0, last_error: 'NO_WEBHOOK_URL' });
        expect(state.due_in).toBeGreaterThan(3);
      }
      expect(await d.deliverDue()).toBe(0);
      const set = await call(school, 'PUT', '/webhook', { url: receiver.url });
      expect((await row(id)).due_in).toBeLessThanOrEqual(0);
      expect(await d.deliverDue()).toBe(1);
      expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1 });
      await expectSigned(receiver.received[0]!, set.body.secret);
    });

    it('records why there was no answer, never a response body: refused connection, timeout, redirect', async () => {
      const dead = await startReceiver();
      await dead.close();
      await setUrl(dead.url);
      const refused = await enqueue();
      await dispatcher().deliverDue();
      expect(await row(refused)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'CONNECTION_FAILED' });

      await setUrl(receiver.url);
      receiver.hold();
      const slow = await enqueue();
      await dispatcher({ fetchTimeoutMs: 100 }).deliverDue();
      expect(await row(slow)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'TIMEOUT' });
      receiver.release();

      const elsewhere = await startReceiver();
      try {
        receiver.received.length = 0;
        receiver.answerWith(307);
        const redirected = await enqueue();
        await dispatcher().deliverDue();
        expect(await row(redirected)).toMatchObject({ status: 'pending', last_error: 'HTTP_307' });
        expect(elsewhere.received).toHaveLength(0);
      } finally {
        await elsewhere.close();
      }
    });

    it('refuses at delivery time a URL the policy no longer allows, and a host resolving to a refused address', async () => {
      const production = (resolve: ResolveHost) => dispatcher({ development: false, resolve });
      const connections = receiver.connections;
      const resolved: string[] = [];
      const to = (...addresses: string[]): ResolveHost => async (hostname) => {
        resolved.push(hostname);
        return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      };

      // Set in development, delivered by a production dispatcher: refused before any connection.
      const local = await enqueue();
      await production(to('8.8.8.8')).deliverDue();
      expect(await row(local)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'URL_REFUSED' });

      await db.query("UPDATE apps SET webhook_url = 'https://hooks.example.test/citadel' WHERE id = 'water'");
      for (const addresses of [['10.0.0.1'], ['127.0.0.1'], ['::ffff:169.254.169.254'], ['93.184.216.34', '192.168.1.10'], ['fd00::1']]) {
        const id = await enqueue();
        await production(to(...addresses)).deliverDue();
        expect(await row(id), addresses.join()).toMatchObject({ status: 'pending', attempts: 1, last_error: 'ADDRESS_REFUSED' });
        await db.query("UPDATE webhook_outbox SET status = 'delivered' WHERE id = $1", [id]);
      }
      expect(resolved.every((hostname) => hostname === 'hooks.example.test')).toBe(true);

      const unknown = await enqueue();
      await production(async () => { throw Object.assign(new Error('no such host'), { code: 'ENOTFOUND' }); }).deliverDue();
      expect(await row(unknown)).toMatchObject({ last_error: 'DNS_FAILED' });

      await db.query("UPDATE apps SET webhook_url = 'https://10.0.0.1/citadel' WHERE id = 'water'");
      const literal = await enqueue();
      await production(to('8.8.8.8')).deliverDue();
      expect(await row(literal)).toMatchObject({ last_error: 'URL_REFUSED' });
      expect(receiver.received).toHaveLength(0);
      expect(receiver.connections).toBe(connections);
    });

    it('connects to the address it checked, resolving the name once, over TLS', async () => {
      await db.query('UPDATE apps SET webhook_url = $1 WHERE id = $2', [`https://hooks.example.test:${receiver.port}/citadel`, 'water']);
      let lookups = 0;
      const id = await enqueue();
      const before = receiver.connections;
      await dispatcher({ resolve: async () => { lookups += 1; return [{ address: '127.0.0.1', family: 4 }]; } }).deliverDue();
      expect(lookups).toBe(1);
      // The TCP connection reached 127.0.0.1, the address checked; the receiver speaks plain HTTP, so TLS fails.
      expect(receiver.connections).toBe(before + 1);
      expect(receiver.received).toHaveLength(0);
      expect(await row(id)).toMatchObject({ status: 'pending', last_error: 'TLS_FAILED' });
    });
  });

  describe('dispatchers', () => {
    it('lease claimed rows: a second dispatcher skips a row in flight, and retries one whose deliverer died', async () => {
      receiver.hold();
      const inFlight = await enqueue();
      const first = dispatcher();
      const second = dispatcher();
      const delivering = first.deliverDue();
      await receiver.receivedCount(1);
      expect(await second.deliverDue()).toBe(0);
      receiver.release(200);
      expect(await delivering).toBe(1);
      expect(await row(inFlight)).toMatchObject({ status: 'delivered', attempts: 1 });

      const orphan = await enqueue();
      const [claimed] = await createOutboxStore(db).claimDue(10, 300);
      expect(claimed?.id).toBe(orphan);
      expect(await second.deliverDue()).toBe(0);
      await makeDue(orphan); // the lease ran out
      expect(await second.deliverDue()).toBe(1);
      expect(await row(orphan)).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([inFlight, orphan]);
    });

    it('isolates a hanging endpoint: it holds at most perDestination slots while another partner\'s webhooks all go out', async () => {
      const other = await startReceiver();
      try {
        expect((await call(school, 'PUT', '/webhook', { url: other.url })).status).toBe(200);
        receiver.hold();
        const waterIds = [];
        for (let i = 0; i < 10; i++) waterIds.push(await enqueue('water', 'payment.succeeded', payment(i)));
        for (let i = 0; i < 10; i++) await enqueue('school', 'payment.succeeded', payment(100 + i));
        const d = dispatcher({ batchSize: 8, perDestination: 3 });
        d.start(20);
        // Every school webhook arrives while water's endpoint still holds its first requests unanswered.
        await other.receivedCount(10);
        expect(receiver.received.length).toBeLessThanOrEqual(3);
        receiver.release(200);
        await receiver.receivedCount(10);
        await d.stop();
        for (const id of waterIds) expect((await row(id)).status).toBe('delivered');
      } finally {
        await other.close();
      }
    });

    it('renews the lease while a POST runs longer than it, so no second dispatcher sends the row again', async () => {
      receiver.hold();
      const id = await enqueue();
      const first = dispatcher({ leaseSeconds: 0.6 });
      const second = dispatcher({ leaseSeconds: 0.6 });
      first.start(3_600_000);
      await receiver.receivedCount(1);
      // Three leases' time: without renewal, the second would claim the row after the first.
      for (let i = 0; i < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await second.deliverDue()).toBe(0);
      }
      receiver.release(200);
      await first.stop();
      expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(receiver.received).toHaveLength(1);
    });

    it('start() delivers at once, kick() delivers without waiting for the interval, stop() waits for deliveries in flight', async () => {
      const d = dispatcher();
      const first = await enqueue();
      d.start(3_600_000);
      await receiver.receivedCount(1);
      const second = await enqueue();
      d.kick();
      await receiver.receivedCount(2);
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first, second]);

      receiver.hold();
      const third = await enqueue();
      d.kick();
      await receiver.receivedCount(3);
      let stopped = false;
      const stopping = d.stop().then(() => void (stopped = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(stopped).toBe(false);
      receiver.release(200);
      await stopping;
      expect(await row(third)).toMatchObject({ status: 'delivered' });
      const fourth = await enqueue();
      d.kick();
      expect(await row(fourth)).toMatchObject({ status: 'pending', attempts: 0 });
    });

    it('delivers batch after batch until nothing is due', async () => {
      for (let i = 0; i < 7; i++) await enqueue('water', 'payment.succeeded', payment(i));
      const d = dispatcher({ batchSize: 3 });
      expect([await d.deliverDue(), await d.deliverDue(), await d.deliverDue(), await d.deliverDue()]).toEqual([3, 3, 1, 0]);
      expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(7);
    });
  });
});

describe('two dispatchers on one PostgreSQL database', () => {
  let url: string;
  let databases: Database[] = [];
  let receiver: Receiver;

  beforeAll(async () => {
    url = await createPostgresDatabase();
    const [a, b] = [await openPostgres(url), await openPostgres(url)];
    databases = [a, b];
    await migrate(a);
    await createRegistryAdmin(a).register(testManifest('water'));
    receiver = await startReceiver();
    await a.query("UPDATE apps SET webhook_url = $1, webhook_secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' WHERE id = 'water'", [receiver.url]);
  });
  afterAll(async () => {
    await receiver.close();
    await Promise.all(databases.map((db) => db.close()));
  });

  it('never deliver one row twice, and together deliver every row', async () => {
    const [a, b] = databases as [Database, Database];
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = `msg_${randomBytes(12).toString('base64url')}`;
      ids.push(id);
      await a.query('INSERT INTO webhook_outbox (id, app_id, event_type, payload) VALUES ($1, $2, $3, $4)', [id, 'water', 'payment.succeeded', JSON.stringify(payment(i))]);
    }
    const drain = async (db: Database) => {
      const d = createWebhookDispatcher({ db, development: true, batchSize: 3 });
      let total = 0;
      for (let n = await d.deliverDue(); n > 0; n = await d.deliverDue()) total += n;
      return total;
    };
    const totals = await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(totals.reduce((sum, n) => sum + n, 0)).toBe(40);
    const seen = receiver.received.map((r) => String(r.headers['webhook-id']));
    expect(seen).toHaveLength(40);
    expect([...seen].sort()).toEqual([...ids].sort());
    const [{ delivered }] = await a.query<{ delivered: number }>("SELECT count(*)::int AS delivered FROM webhook_outbox WHERE status = 'delivered' AND attempts = 1") as [{ delivered: number }];
    expect(delivered).toBe(40);
  });
});
