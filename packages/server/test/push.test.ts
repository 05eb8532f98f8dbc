import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { Manifest } from '@citadel/protocol';
import webpush from 'web-push';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { ApiError } from '../src/errors.js';
import { createPushDispatcher, type PushDispatcherOptions } from '../src/push/dispatcher.js';
import { alertUrgency, enqueuePushes, type PushUrgency } from '../src/push/enqueue.js';
import { encodePushPayload, MAX_PUSH_PAYLOAD_BYTES, notificationPayload } from '../src/push/payload.js';
import { retryAfterSeconds } from '../src/push/post-push.js';
import { createPushSubscriptions, MAX_PUSH_SUBSCRIPTIONS, type PushSubscriptionInput } from '../src/push/subscriptions.js';
import { createVapid, DEFAULT_VAPID_SUBJECT, type Vapid } from '../src/push/vapid.js';
import { createPostgresDatabase, testDatabases } from './support/databases.js';
import { testManifest } from './support/platform.js';
import { startPushService, type PushService, type TestSubscription } from './support/push-service.js';

const b64 = (bytes: Buffer) => bytes.toString('base64url');
const validPoint = () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return ecdh.getPublicKey();
};

/** What `add` rejected with: status, code, message and extra of the `ApiError`. */
async function refusal(work: Promise<unknown>) {
  const error = await work.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ApiError);
  const { status, code, message, extra } = error as ApiError;
  return { status, code, message, extra };
}

async function addCitizen(db: Queryable): Promise<string> {
  const id = randomUUID();
  await db.query('INSERT INTO citizens (id, phone, name, password_hash) VALUES ($1, $2, $3, $4)',
    [id, `+84${randomBytes(5).readUIntBE(0, 5) % 1_000_000_000}`, 'Công dân', 'x']);
  return id;
}

async function addNotification(db: Queryable, citizenId: string, fields: { title?: string; body?: string; path?: string; appId?: string; en?: { title: string; body: string } } = {}) {
  const id = `ntf_${randomBytes(12).toString('base64url')}`;
  await db.query(
    `INSERT INTO notifications (id, citizen_id, app_id, recipient, title, body, title_en, body_en, path, idempotency_key, request_digest)
     VALUES ($1, $2, $3, 'pw-test', $4, $5, $6, $7, $8, $9, 'digest')`,
    [id, citizenId, fields.appId ?? 'water', fields.title ?? 'Hoá đơn nước', fields.body ?? 'Hoá đơn tháng 6: 150.000 ₫',
      fields.en?.title ?? null, fields.en?.body ?? null, fields.path ?? '/bills/6', id]);
  return id;
}

async function addAlert(db: Queryable, severity: 'extreme' | 'severe' | 'moderate' | 'minor', recipients: readonly string[], expiresInSeconds = 3600) {
  const id = `alr_${randomBytes(12).toString('base64url')}`;
  await db.query(
    `INSERT INTO alerts (id, identifier, sender, severity, category, headline, description, area, sent_at, expires_at)
     VALUES ($1, $1, 'kttv@gov.vn', $2, 'flood', $3, $4, $5, now() - interval '1 minute', now() + make_interval(secs => $6))`,
    [id, severity, JSON.stringify({ vi: 'Lũ trên sông Hương', en: 'Flooding on the Perfume River' }), JSON.stringify({ vi: 'Mô tả' }),
      JSON.stringify({ description: 'Huế', wards: ['Phú Hội'], polygons: [] }), expiresInSeconds]);
  if (recipients.length > 0) {
    await db.query('INSERT INTO alert_recipients (citizen_id, alert_id) SELECT c, $2 FROM unnest($1::uuid[]) c', [recipients, id]);
  }
  return id;
}

/** A Queryable that counts the statements sent through it. */
const counting = (db: Queryable) => {
  const statements: string[] = [];
  const counted: Queryable = { query: (sql, params) => (statements.push(sql), db.query(sql, params)) };
  return { counted, statements };
};

describe.each(testDatabases)('Web Push on $name', ({ open }) => {
  let db: Database;
  let service: PushService;
  let vapid: Vapid;
  const dispatchers: Array<ReturnType<typeof createPushDispatcher>> = [];

  const dispatcher = (options: Partial<PushDispatcherOptions> = {}) => {
    const created = createPushDispatcher({ db, development: true, vapid, ...options });
    dispatchers.push(created);
    return created;
  };
  const subscriptions = () => createPushSubscriptions(db, { development: true });
  /** A citizen with `count` browsers subscribed at the local push service. */
  const citizenWith = async (count: number) => {
    const citizen = await addCitizen(db);
    const browsers: TestSubscription[] = [];
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const browser = service.subscribe({ applicationServerKey: await vapid.publicKey() });
      browsers.push(browser);
      ids.push((await subscriptions().add(citizen, browser, 'Mozilla/5.0 test')).id);
    }
    return { citizen, browsers, ids };
  };
  const queued = (notificationId: string) => db.transaction((tx) => enqueuePushes(tx, { notificationId }, 'normal'));
  const queueRows = (where: string, params: unknown[]) => db.query<{ id: string; subscription_id: string; status: string; attempts: number; last_error: string | null; urgency: PushUrgency; due_in: number; sent: boolean }>(
    `SELECT id::text AS id, subscription_id, status, attempts, last_error, urgency, sent_at IS NOT NULL AS sent,
            extract(epoch FROM next_attempt_at - now())::float8 AS due_in
       FROM push_queue WHERE ${where} ORDER BY id`, params);
  const rowsOf = (notificationId: string) => queueRows('notification_id = $1', [notificationId]);
  const stateOf = async (notificationId: string) =>
    (await db.query<{ state: string }>('SELECT state FROM notifications WHERE id = $1', [notificationId]))[0]?.state;
  const makeDue = () => db.query("UPDATE push_queue SET next_attempt_at = now() WHERE status = 'pending'");
  const subscriptionExists = async (id: string) => (await db.query('SELECT 1 FROM push_subscriptions WHERE id = $1', [id])).length === 1;

  beforeAll(async () => {
    db = await open();
    await db.query('INSERT INTO apps (id, manifest) VALUES ($1, $2), ($3, $4)',
      ['water', JSON.stringify(testManifest('water')), 'school', JSON.stringify(testManifest('school'))]);
    vapid = createVapid(db);
    service = await startPushService();
  });
  afterAll(async () => {
    await service.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('DELETE FROM push_queue');
    await db.query('DELETE FROM push_subscriptions');
    service.reset();
  });
  afterEach(async () => {
    service.release();
    await Promise.all(dispatchers.splice(0).map((d) => d.stop()));
  });

  describe('VAPID keys', () => {
    it('are made once, stored under server_secrets "vapid", and agreed on by every instance', async () => {
      const others = [createVapid(db), createVapid(db), createVapid(db, { subject: 'https://citadel.example.vn/contact' })];
      const keys = await Promise.all([vapid.publicKey(), ...others.map((v) => v.publicKey())]);
      expect(new Set(keys).size).toBe(1);
      expect(Buffer.from(keys[0]!, 'base64url')).toHaveLength(65);
      const [stored] = await db.query<{ value: string }>("SELECT value FROM server_secrets WHERE name = 'vapid'");
      expect(JSON.parse(stored!.value).publicKey).toBe(keys[0]);
      expect(await vapid.details()).toEqual({ subject: DEFAULT_VAPID_SUBJECT, publicKey: keys[0], privateKey: JSON.parse(stored!.value).privateKey });
      expect((await others[2]!.details()).subject).toBe('https://citadel.example.vn/contact');
    });

    it('refuse a subject that is neither mailto: nor https:', () => {
      for (const subject of ['http://citadel.example.vn', 'operator@citadel.vn', 'mailto:', 'not a url']) {
        expect(() => createVapid(db, { subject }), subject).toThrow(TypeError);
      }
    });
  });

  describe('subscriptions', () => {
    it('refuse each bad subscription with 400 INVALID_PARAMS and a clear message, storing nothing', async () => {
      const citizen = await addCitizen(db);
      const good = service.subscribe();
      const keys = good.keys;
      const notOnCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]);
      const cases: Array<[string, unknown, RegExp]> = [
        ['not an object', 'https://push.example.com/x', /object/],
        ['no endpoint', { keys }, /endpoint must be a string/],
        ['not a URL', { endpoint: 'push service', keys }, /endpoint is refused: .*absolute URL/],
        ['plain http', { endpoint: 'http://push.example.com/x', keys }, /endpoint is refused: .*https/],
        ['private address', { endpoint: 'https://10.0.0.1/push/x', keys }, /endpoint is refused: .*private/],
        ['metadata address', { endpoint: 'https://169.254.169.254/latest', keys }, /endpoint is refused/],
        ['IPv4-mapped private', { endpoint: 'https://[::ffff:192.168.0.1]/x', keys }, /endpoint is refused/],
        ['credentials', { endpoint: 'https://u:p@push.example.com/x', keys }, /endpoint is refused: .*user name/],
        ['single-label host', { endpoint: 'https://intranet/x', keys }, /endpoint is refused: .*fully qualified/],
        ['no keys', { endpoint: good.endpoint }, /keys\.p256dh and keys\.auth/],
        ['p256dh missing', { endpoint: good.endpoint, keys: { auth: keys.auth } }, /keys\.p256dh/],
        ['p256dh of 64 bytes', { endpoint: good.endpoint, keys: { ...keys, p256dh: b64(validPoint().subarray(1)) } }, /65-byte uncompressed P-256/],
        ['p256dh compressed', { endpoint: good.endpoint, keys: { ...keys, p256dh: b64(Buffer.concat([Buffer.from([2]), validPoint().subarray(1, 33)])) } }, /keys\.p256dh/],
        ['p256dh not starting with 0x04', { endpoint: good.endpoint, keys: { ...keys, p256dh: b64(Buffer.concat([Buffer.from([5]), validPoint().subarray(1)])) } }, /keys\.p256dh/],
        ['p256dh off the curve', { endpoint: good.endpoint, keys: { ...keys, p256dh: b64(notOnCurve) } }, /keys\.p256dh/],
        ['p256dh in plain base64', { endpoint: good.endpoint, keys: { ...keys, p256dh: `+/${b64(validPoint()).slice(2)}` } }, /keys\.p256dh/],
        ['p256dh not a string', { endpoint: good.endpoint, keys: { ...keys, p256dh: 42 } }, /keys\.p256dh/],
        ['auth of 15 bytes', { endpoint: good.endpoint, keys: { ...keys, auth: b64(randomBytes(15)) } }, /keys\.auth must be the base64url of 16 bytes/],
        ['auth of 17 bytes', { endpoint: good.endpoint, keys: { ...keys, auth: b64(randomBytes(17)) } }, /keys\.auth/],
        ['auth missing', { endpoint: good.endpoint, keys: { p256dh: keys.p256dh } }, /keys\.auth/],
      ];
      for (const [name, input, message] of cases) {
        const refused = await refusal(subscriptions().add(citizen, input as PushSubscriptionInput, 'ua'));
        expect(refused.status, name).toBe(400);
        expect(refused.code, name).toBe('INVALID_PARAMS');
        expect(refused.message, name).toMatch(message);
      }
      // Loopback only in development.
      const production = createPushSubscriptions(db, { development: false });
      for (const endpoint of [good.endpoint, 'https://127.0.0.1/push/x', 'https://localhost/push/x', 'https://[::1]/push/x']) {
        const refused = await refusal(production.add(citizen, { endpoint, keys }));
        expect(refused, endpoint).toMatchObject({ status: 400, code: 'INVALID_PARAMS', message: expect.stringMatching(/loopback|this machine|https/) });
      }
      expect(await db.query('SELECT 1 FROM push_subscriptions')).toHaveLength(0);
      expect(await production.add(citizen, { endpoint: 'https://push.example.com/push/abc', keys })).toMatchObject({ id: expect.stringMatching(/^psh_/) });
    });

    it('list the origin of the push service only, never the endpoint or the keys', async () => {
      const { citizen, browsers, ids } = await citizenWith(2);
      const listed = await subscriptions().list(citizen);
      expect(listed).toEqual(ids.map((id) => ({ id, origin: service.origin, createdAt: expect.any(String), lastSuccessAt: null })));
      const text = JSON.stringify(listed);
      for (const browser of browsers) {
        expect(text).not.toContain(new URL(browser.endpoint).pathname);
        expect(text).not.toContain(browser.keys.p256dh);
        expect(text).not.toContain(browser.keys.auth);
      }
      expect(await subscriptions().list(await addCitizen(db))).toEqual([]);
    });

    it('treat the same endpoint again as the same browser: new keys, same id for the same citizen', async () => {
      const { citizen, browsers: [browser], ids: [id] } = await citizenWith(1);
      const keys = { p256dh: b64(validPoint()), auth: b64(randomBytes(16)) };
      const again = await subscriptions().add(citizen, { endpoint: browser!.endpoint, keys }, 'Firefox');
      expect(again.id).toBe(id);
      const rows = await db.query<{ p256dh: string; auth: string; user_agent: string }>('SELECT p256dh, auth, user_agent FROM push_subscriptions');
      expect(rows).toEqual([{ ...keys, user_agent: 'Firefox' }]);
    });

    it('re-bind an endpoint to the citizen now signed in, dropping the previous citizen’s queued pushes', async () => {
      const { citizen: first, browsers: [browser], ids: [firstId] } = await citizenWith(1);
      const message = await addNotification(db, first);
      expect(await queued(message)).toBe(1);
      const second = await addCitizen(db);
      const rebound = await subscriptions().add(second, browser!, 'ua');
      expect(rebound.id).not.toBe(firstId);
      expect(await subscriptions().list(first)).toEqual([]);
      expect((await subscriptions().list(second)).map((s) => s.id)).toEqual([rebound.id]);
      expect(await rowsOf(message)).toEqual([]);
      expect(await stateOf(message)).toBe('failed');
      expect(await dispatcher().deliverDue()).toBe(0);
      expect(service.received).toHaveLength(0);
    });

    it('remove only the citizen’s own subscription (404 otherwise), its queued pushes with it', async () => {
      const { citizen, ids: [id, other] } = await citizenWith(2);
      const stranger = await addCitizen(db);
      const message = await addNotification(db, citizen);
      expect(await queued(message)).toBe(2);
      expect(await refusal(subscriptions().remove(stranger, id!))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(await refusal(subscriptions().remove(citizen, 'psh_unknown'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      await subscriptions().remove(citizen, id!);
      expect((await subscriptions().list(citizen)).map((s) => s.id)).toEqual([other]);
      expect((await rowsOf(message)).map((r) => r.subscription_id)).toEqual([other]);
      expect(await stateOf(message)).toBe('queued');
      await subscriptions().remove(citizen, other!);
      expect(await stateOf(message)).toBe('failed');
    });

    it(`allow at most ${MAX_PUSH_SUBSCRIPTIONS} per citizen: 409 QUOTA_EXCEEDED with the limit, even when added all at once`, async () => {
      const citizen = await addCitizen(db);
      const browsers = Array.from({ length: MAX_PUSH_SUBSCRIPTIONS + 3 }, () => service.subscribe());
      const results = await Promise.allSettled(browsers.map((browser) => subscriptions().add(citizen, browser)));
      const accepted = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ApiError] : []));
      expect(accepted).toHaveLength(MAX_PUSH_SUBSCRIPTIONS);
      expect(refused).toHaveLength(3);
      for (const error of refused) {
        expect(error).toBeInstanceOf(ApiError);
        expect({ status: error.status, code: error.code, extra: error.extra }).toEqual({ status: 409, code: 'QUOTA_EXCEEDED', extra: { limit: MAX_PUSH_SUBSCRIPTIONS } });
        expect(error.message).toContain(String(MAX_PUSH_SUBSCRIPTIONS));
      }
      expect(await subscriptions().list(citizen)).toHaveLength(MAX_PUSH_SUBSCRIPTIONS);
      // At the limit, a browser already subscribed may still renew its keys; a new one may come once one is removed.
      const kept = browsers[results.findIndex((r) => r.status === 'fulfilled')]!;
      await expect(subscriptions().add(citizen, kept)).resolves.toMatchObject({ id: expect.any(String) });
      const extra = browsers[results.findIndex((r) => r.status === 'rejected')]!;
      await subscriptions().remove(citizen, (await subscriptions().list(citizen))[0]!.id);
      await expect(subscriptions().add(citizen, extra)).resolves.toMatchObject({ id: expect.any(String) });
      // The limit is per citizen.
      await expect(subscriptions().add(await addCitizen(db), service.subscribe())).resolves.toBeDefined();
    });
  });

  describe('delivery', () => {
    it('pushes each subscription of the citizen, encrypted and VAPID-signed, with the notification’s payload; queued → pushed', async () => {
      const { citizen, browsers, ids } = await citizenWith(2);
      const bystander = await citizenWith(1);
      const message = await addNotification(db, citizen, { title: 'Hoá đơn nước tháng 6', body: 'Số tiền: 150.000 ₫', path: '/bills/6?from=push' });
      expect(await queued(message)).toBe(2);
      expect(await stateOf(message)).toBe('queued');

      expect(await dispatcher().deliverDue()).toBe(2);
      expect(service.requests.map((r) => r.status)).toEqual([201, 201]);
      expect(service.received.map((r) => r.subscription.endpoint).sort()).toEqual(browsers.map((b) => b.endpoint).sort());
      for (const push of service.received) {
        expect(push.payload).toEqual({
          kind: 'notification', id: message, appId: 'water', appName: { vi: 'Ứng dụng water', en: 'App water' },
          icon: 'http://water.apps.localhost/icon.svg', title: 'Hoá đơn nước tháng 6', body: 'Số tiền: 150.000 ₫', url: '/app/water/bills/6?from=push',
        });
        expect(push.headers).toMatchObject({ 'content-encoding': 'aes128gcm', 'content-type': 'application/octet-stream', urgency: 'normal', ttl: '86400' });
        expect(push.headers.authorization).toContain(`k=${await vapid.publicKey()}`);
      }
      expect(bystander.browsers.some((b) => service.received.some((r) => r.subscription.endpoint === b.endpoint))).toBe(false);
      expect(await rowsOf(message)).toEqual(ids.map((id) => expect.objectContaining({ subscription_id: id, status: 'sent', attempts: 1, last_error: null, sent: true })));
      expect(await stateOf(message)).toBe('pushed');
      expect((await subscriptions().list(citizen)).every((s) => s.lastSuccessAt !== null)).toBe(true);
      expect(await dispatcher().deliverDue()).toBe(0);
      expect(service.requests).toHaveLength(2);
    });

    it('never downgrades a notification the citizen already read', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      await db.query("UPDATE notifications SET state = 'read', read_at = now() WHERE id = $1", [message]);
      await dispatcher().deliverDue();
      expect(await stateOf(message)).toBe('read');
      const other = await addNotification(db, citizen);
      await queued(other);
      await db.query("UPDATE notifications SET state = 'read', read_at = now() WHERE id = $1", [other]);
      service.answerNext(500, 5);
      const d = dispatcher({ maxAttempts: 1 });
      await d.deliverDue();
      expect(await rowsOf(other)).toEqual([expect.objectContaining({ status: 'failed', last_error: 'HTTP_500' })]);
      expect(await stateOf(other)).toBe('read');
    });

    it('keeps the payload within 3 KB, cutting the body', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen, { body: 'Nước sạch '.repeat(600) });
      await queued(message);
      await dispatcher().deliverDue();
      const [push] = service.received;
      expect(push!.bytes).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
      expect(push!.bytes).toBeGreaterThan(MAX_PUSH_PAYLOAD_BYTES - 16);
      expect(push!.payload.title).toBe('Hoá đơn nước');
      const body = push!.payload.body as string;
      expect(body.endsWith('…')).toBe(true);
      expect('Nước sạch '.repeat(600).startsWith(body.slice(0, -1))).toBe(true);

      const manifest = Manifest.parse({ ...testManifest('water'), icons: [{ src: `https://cdn.example.vn/${'i'.repeat(2000)}.png`, sizes: 'any' }] });
      const huge = encodePushPayload(notificationPayload({ id: 'ntf_x', appId: 'water', manifest, title: 'T'.repeat(3000), body: '😀'.repeat(3000), path: '/' }));
      expect(Buffer.byteLength(huge)).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
      const parsed = JSON.parse(huge);
      expect(parsed.body).toBe('');
      expect(parsed.title).toMatch(/^T+…$/);
      expect(parsed.icon).toBe(manifest.icons[0]!.src);

      // English rides along when the partner sent it, and its body is the first thing cut.
      const english = await addNotification(db, citizen, { en: { title: 'Water bill', body: 'Clean water '.repeat(400) } });
      await queued(english);
      await dispatcher().deliverDue();
      const pushed = service.received.find((r) => r.payload.id === english)!;
      expect(pushed.bytes).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
      expect(pushed.payload).toMatchObject({ title: 'Hoá đơn nước', body: 'Hoá đơn tháng 6: 150.000 ₫', en: { title: 'Water bill', body: expect.stringMatching(/^Clean water .*…$/) } });
    });

    it('deletes a subscription the push service says is gone (410), and fails its notification when no other push remains', async () => {
      const { citizen, browsers: [gone, alive], ids: [goneId, aliveId] } = await citizenWith(2);
      service.unsubscribe(gone!);
      const message = await addNotification(db, citizen);
      await queued(message);
      await dispatcher().deliverDue();
      expect(await subscriptionExists(goneId!)).toBe(false);
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ subscription_id: aliveId, status: 'sent' })]);
      expect(await stateOf(message)).toBe('pushed');

      service.unsubscribe(alive!);
      const lonely = await addNotification(db, citizen);
      expect(await queued(lonely)).toBe(1);
      await dispatcher().deliverDue();
      expect(await subscriptionExists(aliveId!)).toBe(false);
      expect(await db.query('SELECT 1 FROM push_queue')).toHaveLength(0);
      expect(await stateOf(lonely)).toBe('failed');
      // The earlier one was pushed; losing the subscription later does not undo that.
      expect(await stateOf(message)).toBe('pushed');
      expect(service.requests.filter((r) => r.status === 410)).toHaveLength(2);
    });

    it('treats 404 as gone too', async () => {
      const { citizen, ids: [id] } = await citizenWith(1);
      await db.query("UPDATE push_subscriptions SET endpoint = $1 WHERE id = $2", [`${service.origin}/push/never-issued`, id]);
      const message = await addNotification(db, citizen);
      await queued(message);
      await dispatcher().deliverDue();
      expect(service.requests.map((r) => r.status)).toEqual([404]);
      expect(await subscriptionExists(id!)).toBe(false);
      expect(await stateOf(message)).toBe('failed');
    });

    it('retries a 500 after the backoff, then records the push', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      service.answerNext(500);
      const d = dispatcher({ baseDelaySeconds: 5 });
      expect(await d.deliverDue()).toBe(1);
      const [waiting] = await rowsOf(message);
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP_500', sent: false });
      expect(waiting!.due_in).toBeGreaterThan(3);
      expect(waiting!.due_in).toBeLessThanOrEqual(5);
      expect(await stateOf(message)).toBe('queued');
      expect(await d.deliverDue()).toBe(0);
      await makeDue();
      expect(await d.deliverDue()).toBe(1);
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, last_error: null })]);
      expect(await stateOf(message)).toBe('pushed');
      expect(service.requests.map((r) => r.status)).toEqual([500, 201]);
      expect(service.received).toHaveLength(1);
    });

    it('backs off exponentially and honours Retry-After up to the longest delay', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      const d = dispatcher({ baseDelaySeconds: 5, maxDelaySeconds: 60, maxAttempts: 10 });
      const waits: number[] = [];
      for (const [status, headers] of [[503, {}], [503, {}], [429, { 'retry-after': '30' }], [429, { 'retry-after': '7200' }], [502, {}]] as const) {
        service.answerNext(status, 1, headers);
        await makeDue();
        await d.deliverDue();
        const [row] = await rowsOf(message);
        expect(row).toMatchObject({ status: 'pending', last_error: `HTTP_${status}` });
        waits.push(Math.ceil(row!.due_in));
      }
      expect(waits).toEqual([5, 10, 30, 60, 60]);
    });

    it('marks the push failed after maxAttempts, and the notification failed when none got through', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      service.answerNext(503, 10);
      const d = dispatcher({ maxAttempts: 3 });
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(await stateOf(message)).toBe('queued');
        await makeDue();
        expect(await d.deliverDue()).toBe(1);
      }
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'failed', attempts: 3, last_error: 'HTTP_503' })]);
      expect(await stateOf(message)).toBe('failed');
      await makeDue();
      expect(await d.deliverDue()).toBe(0);
      expect(service.requests).toHaveLength(3);
    });

    it('is refused by the push service when the VAPID signature is wrong (401) or the key is not the subscription’s (403), retries, then fails', async () => {
      const { citizen } = await citizenWith(1);
      const real = await vapid.details();
      const impostor = webpush.generateVAPIDKeys();
      const cases = [
        // The real public key in k, signed with another private key: the JWT does not verify.
        { vapid: { details: async () => ({ ...real, privateKey: impostor.privateKey }) }, status: 401 },
        // A consistent key pair, but not the one the subscription was made for.
        { vapid: { details: async () => ({ ...real, ...impostor }) }, status: 403 },
      ];
      for (const { vapid: wrong, status } of cases) {
        service.reset();
        const message = await addNotification(db, citizen);
        await queued(message);
        const d = dispatcher({ vapid: wrong, maxAttempts: 2 });
        await d.deliverDue();
        expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'pending', attempts: 1, last_error: `HTTP_${status}` })]);
        await makeDue();
        await d.deliverDue();
        expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'failed', attempts: 2, last_error: `HTTP_${status}` })]);
        expect(await stateOf(message)).toBe('failed');
        expect(service.requests.map((r) => r.status)).toEqual([status, status]);
        expect(service.received).toHaveLength(0);
      }
      // The right key still gets through.
      const message = await addNotification(db, citizen);
      await queued(message);
      await dispatcher().deliverDue();
      expect(service.received).toHaveLength(1);
    });

    it('refuses at delivery time an endpoint the policy no longer allows, without a connection', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      await dispatcher({ development: false }).deliverDue();
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'pending', attempts: 1, last_error: 'URL_REFUSED' })]);
      expect(service.requests).toHaveLength(0);
    });

    it('records why there was no answer: connection refused, timeout', async () => {
      const { citizen, ids: [id] } = await citizenWith(1);
      const closed = await startPushService();
      const endpoint = closed.subscribe().endpoint;
      await closed.close();
      await db.query('UPDATE push_subscriptions SET endpoint = $1 WHERE id = $2', [endpoint, id]);
      const message = await addNotification(db, citizen);
      await queued(message);
      await dispatcher().deliverDue();
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'pending', last_error: 'CONNECTION_FAILED' })]);

      const { citizen: other } = await citizenWith(1);
      const slow = await addNotification(db, other);
      await queued(slow);
      service.hold();
      await dispatcher({ fetchTimeoutMs: 100 }).deliverDue();
      expect(await rowsOf(slow)).toEqual([expect.objectContaining({ status: 'pending', last_error: 'TIMEOUT' })]);
    });
  });

  describe('alerts', () => {
    it('queue one push per subscription of every recipient in one statement, and push them with high urgency', async () => {
      const people = await Promise.all([citizenWith(2), citizenWith(1), citizenWith(0), citizenWith(3)]);
      const outside = await citizenWith(2);
      const alert = await addAlert(db, 'severe', people.map((p) => p.citizen), 1800);
      const { counted, statements } = counting(db);
      expect(await enqueuePushes(counted, { alertId: alert }, alertUrgency('severe'))).toBe(6);
      expect(statements).toHaveLength(1);
      const rows = await queueRows('alert_id = $1', [alert]);
      expect(rows.map((r) => r.subscription_id).sort()).toEqual(people.flatMap((p) => p.ids).sort());
      expect(rows.every((r) => r.urgency === 'high')).toBe(true);

      expect(await dispatcher().deliverDue()).toBe(6);
      expect(service.received).toHaveLength(6);
      for (const push of service.received) {
        expect(push.payload).toEqual({
          kind: 'alert', id: alert, severity: 'severe',
          headline: { vi: 'Lũ trên sông Hương', en: 'Flooding on the Perfume River' }, url: `/alerts/${alert}`,
        });
        expect(push.headers.urgency).toBe('high');
        // The push service keeps it no longer than the alert is valid.
        expect(Number(push.headers.ttl)).toBeGreaterThan(1700);
        expect(Number(push.headers.ttl)).toBeLessThanOrEqual(1800);
      }
      const reached = new Set(service.received.map((r) => r.subscription.endpoint));
      expect(outside.browsers.some((b) => reached.has(b.endpoint))).toBe(false);
      expect((await queueRows('alert_id = $1', [alert])).every((r) => r.status === 'sent')).toBe(true);
    });

    it('queue only the given recipients with citizenIds, and a thousand citizens still in one statement', async () => {
      const [a, b] = await Promise.all([citizenWith(1), citizenWith(2)]);
      await db.query(`INSERT INTO citizens (id, phone, name, password_hash)
        SELECT gen_random_uuid(), '+8490' || lpad(g::text, 7, '0') || $1, 'C', 'x' FROM generate_series(1, 1000) g`, [String(randomBytes(2).readUInt16BE(0))]);
      const crowd = (await db.query<{ id: string }>("SELECT id FROM citizens WHERE name = 'C'")).map((r) => r.id);
      await db.query(`INSERT INTO push_subscriptions (id, citizen_id, endpoint, p256dh, auth)
        SELECT 'psh_bulk_' || c, c, 'https://push.example.com/bulk/' || c, 'k', 'a' FROM unnest($1::uuid[]) c`, [crowd]);
      const alert = await addAlert(db, 'minor', [a.citizen, b.citizen, ...crowd]);
      const { counted, statements } = counting(db);
      expect(await enqueuePushes(counted, { alertId: alert, citizenIds: [b.citizen] }, alertUrgency('minor'))).toBe(2);
      expect(await enqueuePushes(counted, { alertId: alert }, alertUrgency('minor'))).toBe(1003);
      expect(statements).toHaveLength(2);
      expect((await queueRows("alert_id = $1 AND urgency = 'normal'", [alert])).length).toBe(1005);
      await db.query('DELETE FROM citizens WHERE id = ANY($1::uuid[])', [crowd]);
    });

    it('are not pushed once expired', async () => {
      const { citizen } = await citizenWith(1);
      const alert = await addAlert(db, 'extreme', [citizen], 3600);
      await enqueuePushes(db, { alertId: alert }, 'high');
      await db.query("UPDATE alerts SET expires_at = now() - interval '1 second', sent_at = now() - interval '1 hour' WHERE id = $1", [alert]);
      await dispatcher().deliverDue();
      expect(await queueRows('alert_id = $1', [alert])).toEqual([expect.objectContaining({ status: 'failed', last_error: 'EXPIRED' })]);
      expect(service.requests).toHaveLength(0);
    });
  });

  describe('enqueue', () => {
    it('queues a notification once per subscription, however often it is called', async () => {
      const { citizen, ids } = await citizenWith(3);
      const message = await addNotification(db, citizen);
      const { counted, statements } = counting(db);
      expect(await enqueuePushes(counted, { notificationId: message }, 'low')).toBe(3);
      expect(await enqueuePushes(counted, { notificationId: message }, 'low')).toBe(0);
      expect(statements).toHaveLength(2);
      expect((await rowsOf(message)).map((r) => [r.subscription_id, r.urgency]).sort()).toEqual(ids.map((id) => [id, 'low']).sort());
    });
  });

  describe('dispatchers', () => {
    it('lease claimed rows: a second dispatcher skips a push in flight', async () => {
      const { citizen } = await citizenWith(1);
      const message = await addNotification(db, citizen);
      await queued(message);
      service.hold();
      const first = dispatcher();
      const second = dispatcher();
      const delivering = first.deliverDue();
      await service.arrived(1);
      expect(await second.deliverDue()).toBe(0);
      service.release();
      expect(await delivering).toBe(1);
      expect(await rowsOf(message)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
      expect(service.received).toHaveLength(1);
    });

    it('start() pushes at once, kick() without waiting for the interval, stop() waits for pushes in flight', async () => {
      const { citizen } = await citizenWith(1);
      const d = dispatcher();
      const first = await addNotification(db, citizen);
      await queued(first);
      d.start(3_600_000);
      await service.answered(1);
      const second = await addNotification(db, citizen);
      await queued(second);
      d.kick();
      await service.answered(2);
      expect(service.received.map((r) => r.payload.id)).toEqual([first, second]);
      service.hold();
      const third = await addNotification(db, citizen);
      await queued(third);
      d.kick();
      await service.arrived(3);
      let stopped = false;
      const stopping = d.stop().then(() => void (stopped = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(stopped).toBe(false);
      service.release();
      await stopping;
      expect(await stateOf(third)).toBe('pushed');
    });
  });
});

describe('push helpers', () => {
  it('read Retry-After as delay-seconds or an HTTP date, and ignore anything else', () => {
    const now = Date.parse('2025-06-15T08:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
    expect(retryAfterSeconds('Sun, 15 Jun 2025 08:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Sun, 15 Jun 2025 07:00:00 GMT', now)).toBe(0);
    for (const junk of [undefined, '', '-5', '1.5', 'soon']) expect(retryAfterSeconds(junk, now), String(junk)).toBeUndefined();
  });

  it('give extreme and severe alerts high urgency, others normal', () => {
    expect((['extreme', 'severe', 'moderate', 'minor'] as const).map(alertUrgency)).toEqual(['high', 'high', 'normal', 'normal']);
  });
});

describe('two push dispatchers on one PostgreSQL database', () => {
  let databases: Database[] = [];
  let service: PushService;

  beforeAll(async () => {
    const url = await createPostgresDatabase();
    databases = [await openPostgres(url), await openPostgres(url)];
    await migrate(databases[0]!);
    await databases[0]!.query('INSERT INTO apps (id, manifest) VALUES ($1, $2)', ['water', JSON.stringify(testManifest('water'))]);
    service = await startPushService();
  });
  afterAll(async () => {
    await service.close();
    await Promise.all(databases.map((db) => db.close()));
  });

  it('never send one row twice (SKIP LOCKED), and together send every row', async () => {
    const [a, b] = databases as [Database, Database];
    const vapid = createVapid(a);
    const subscriptions = createPushSubscriptions(a, { development: true });
    const messages: string[] = [];
    for (let i = 0; i < 8; i++) {
      const citizen = await addCitizen(a);
      for (let j = 0; j < 5; j++) await subscriptions.add(citizen, service.subscribe());
      const message = await addNotification(a, citizen, { title: `Tin ${i}` });
      messages.push(message);
      await a.transaction((tx) => enqueuePushes(tx, { notificationId: message }, 'normal'));
    }
    const drain = async (db: Database) => {
      // Each process makes its own VAPID instance; both read the one stored key.
      const d = createPushDispatcher({ db, development: true, vapid: db === a ? vapid : createVapid(db), batchSize: 3 });
      let total = 0;
      for (let n = await d.deliverDue(); n > 0; n = await d.deliverDue()) total += n;
      return total;
    };
    const totals = await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(totals.reduce((sum, n) => sum + n, 0)).toBe(40);
    expect(service.received).toHaveLength(40);
    const deliveries = service.received.map((r) => `${r.subscription.endpoint} ${r.payload.id}`);
    expect(new Set(deliveries).size).toBe(40);
    const [{ sent }] = await a.query<{ sent: number }>("SELECT count(*)::int AS sent FROM push_queue WHERE status = 'sent' AND attempts = 1") as [{ sent: number }];
    expect(sent).toBe(40);
    const states = await a.query<{ state: string }>('SELECT state FROM notifications WHERE id = ANY($1::text[])', [messages]);
    expect(states.every((s) => s.state === 'pushed')).toBe(true);
  });
});
