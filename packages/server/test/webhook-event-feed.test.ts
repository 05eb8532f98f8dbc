import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_FEED_LIMITS } from '@citadel/protocol/api';
import type { WebhookData } from '@citadel/protocol/webhooks';
import { createRegistryAdmin } from '../src/app-registry.js';
import type { Database } from '../src/db/database.js';
import { partnerEventRoutes } from '../src/http/partner-event-routes.js';
import { partnerWebhookRoutes } from '../src/http/partner-webhook-routes.js';
import { createCredentials } from '../src/registry/credentials.js';
import { createWebhookDispatcher } from '../src/webhooks/dispatcher.js';
import { createEventWaiters, type EventWaiters } from '../src/webhooks/event-waiters.js';
import { enqueueWebhook } from '../src/webhooks/outbox.js';
import { startReceiver } from '../../../tests/support/webhook-receiver.js';
import { testDatabases } from './support/databases.js';
import { basic, partnerApiOf, registerPartners } from './support/partner-api.js';
import { testManifest } from './support/platform.js';

/** The partner API as the platform mounts it: `requirePartner`, then the webhook and event routes, errors as JSON. */
const partnerApi = (db: Database, waiters: EventWaiters) => partnerApiOf(db, (api) => api.route('/', partnerWebhookRoutes({ db, development: true })).route('/', partnerEventRoutes({ db, waiters })));

const paid = (n: number): WebhookData<'payment.succeeded'> => ({
  orderId: `ord_${n}`, paymentId: `pay_${n}`, amount: 150_000 + n, currency: 'VND', reference: `INV-${n}`,
  metadata: { table: String(n), 'ghế': 'số 7' }, sub: 'pw-4f9a2c', paidAt: '2025-06-15T08:00:00.000Z',
});

describe.each(testDatabases)('the webhook event feed on $name', ({ open }) => {
  let db: Database;
  let waiters: EventWaiters;
  let call: ReturnType<typeof partnerApi>;
  let water: string;
  let school: string;

  /** Queues one event for `appId` in its own transaction, as a payment does; resolves with its id. */
  const record = (appId: string, n: number) => db.transaction(async (tx) => (await enqueueWebhook(tx, appId, 'payment.succeeded', paid(n)))!);
  const feed = (who: string, query: string) => call(who, 'GET', `/events?${query}`);
  /** The cursor of "now" for `who`: a call without `after`. */
  const now = async (who: string) => (await feed(who, '')).body.next as string;

  beforeAll(async () => {
    db = await open();
    ({ water, school } = await registerPartners(db, 'water', 'school'));
    waiters = createEventWaiters(db, { perApp: EVENT_FEED_LIMITS.waitingPerApp });
    call = partnerApi(db, waiters);
  });
  afterAll(async () => {
    await waiters.close();
    await db.close();
  });
  beforeEach(async () => {
    await db.query('UPDATE apps SET webhook_url = NULL, webhook_secret = NULL');
  });

  it('answers each event as its delivery carries it: the webhook-id and the exact body, with or without a webhook URL', async () => {
    const receiver = await startReceiver();
    try {
      const start = await now(water);
      const schoolStart = await now(school);
      expect((await call(water, 'PUT', '/webhook', { url: receiver.url })).status).toBe(200);
      const id = await record('water', 1);
      const dispatcher = createWebhookDispatcher({ db, development: true });
      await dispatcher.deliverDue();
      await dispatcher.stop();
      const [delivery] = receiver.received;
      const answer = await feed(water, `after=${start}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body.events).toEqual([{ id, type: 'payment.succeeded', timestamp: expect.any(String), data: paid(1) }]);
      const [event] = answer.body.events;
      expect(delivery!.headers['webhook-id']).toBe(id);
      expect(JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data })).toBe(delivery!.body);
      // The school has no webhook URL: its events are recorded all the same, and shown to it only.
      const schoolEvent = await record('school', 2);
      expect((await feed(school, `after=${schoolStart}`)).body.events.map((e: { id: string }) => e.id)).toEqual([schoolEvent]);
      expect((await feed(water, `after=${answer.body.next}`)).body.events).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('starts from now without after, and replays the events after one of the app\'s own ids', async () => {
    const before = await record('water', 3);
    const start = await feed(water, '');
    expect(start.body.events).toEqual([]);
    const later = await record('water', 4);
    expect((await feed(water, `after=${start.body.next}`)).body.events.map((e: { id: string }) => e.id)).toEqual([later]);
    expect((await feed(water, `after=${before}`)).body.events.map((e: { id: string }) => e.id)).toEqual([later]);
  });

  it('pages through events recorded at once without a gap or a repeat, never showing another app\'s', async () => {
    const start = await now(water);
    const schoolStart = await now(school);
    const recorded = await Promise.all(Array.from({ length: 23 }, (_, n) => record(n % 3 === 0 ? 'school' : 'water', 100 + n)));
    const waterIds = recorded.filter((_, n) => n % 3 !== 0);
    const seen: string[] = [];
    let cursor = start;
    for (let pages = 0; pages < 10; pages++) {
      const page = await feed(water, `after=${cursor}&limit=4`);
      expect(page.status).toBe(200);
      expect(page.body.events.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.events.map((e: { id: string }) => e.id));
      cursor = page.body.next;
      if (page.body.events.length === 0) break;
    }
    expect(seen).toHaveLength(waterIds.length);
    expect(new Set(seen)).toEqual(new Set(waterIds));
    const schoolSeen = (await feed(school, `after=${schoolStart}`)).body.events.map((e: { id: string }) => e.id);
    expect(new Set(schoolSeen)).toEqual(new Set(recorded.filter((_, n) => n % 3 === 0)));
  });

  it('answers a long poll as soon as an event is queued, and an empty page once the wait is over', async () => {
    const cursor = await now(water);
    const polling = feed(water, `after=${cursor}&wait=${EVENT_FEED_LIMITS.maxWaitSeconds}`);
    const id = await record('water', 5);
    expect((await polling).body.events.map((e: { id: string }) => e.id)).toEqual([id]);
    const empty = await feed(water, `after=${(await polling).body.next}&wait=0`);
    expect(empty).toMatchObject({ status: 200, body: { events: [] } });
  });

  it('wakes a waiting poll by NOTIFY when the event\'s transaction commits, not before', async () => {
    const watch = (await waiters.watch('water'))!;
    try {
      let woken = false;
      // Far longer than the test's time limit: only the announcement can end it in time.
      const waiting = watch.wait(600_000).then(() => { woken = true; });
      await db.transaction(async (tx) => {
        await enqueueWebhook(tx, 'water', 'webhook.test', { requestedAt: new Date().toISOString() });
        await tx.query('SELECT 1');
        expect(woken).toBe(false);
      });
      await waiting;
      expect(woken).toBe(true);
    } finally {
      watch.stop();
    }
  });

  it('answers 429 naming the limit to one call more than an app may have waiting; another app\'s calls are not counted', async () => {
    const cursor = await now(school);
    const limit = EVENT_FEED_LIMITS.waitingPerApp;
    let refused = 0;
    const calls = Array.from({ length: limit + 1 }, () => feed(school, `after=${cursor}&wait=${EVENT_FEED_LIMITS.maxWaitSeconds}`)
      .then((answer) => (answer.status === 429 && (refused += 1), answer)));
    // Until `limit` calls wait and the one more is refused: no event may end a wait before then.
    while (refused === 0 || waiters.watching('school') < limit) await new Promise((next) => setImmediate(next));
    const watered = feed(water, `after=${await now(water)}&wait=${EVENT_FEED_LIMITS.maxWaitSeconds}`);
    while (waiters.watching('water') === 0) await new Promise((next) => setImmediate(next));
    const id = await record('school', 9);
    const waterId = await record('water', 10);
    const answers = await Promise.all(calls);
    expect(answers.filter((answer) => answer.status === 429)).toEqual([expect.objectContaining({
      body: expect.objectContaining({ code: 'RATE_LIMITED', limitName: 'event-waits-per-app', limit, retryAfterSeconds: 1 }),
    })]);
    expect(answers.find((answer) => answer.status === 429)!.headers.get('retry-after')).toBe('1');
    for (const answer of answers.filter((a) => a.status === 200)) expect(answer.body.events.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await watered).body.events.map((e: { id: string }) => e.id)).toEqual([waterId]);
  });

  it('refuses a bad wait, limit or cursor with INVALID_PARAMS naming the bound, and strangers with 401', async () => {
    const refusals: Array<[string, string, string]> = [
      [`wait=${EVENT_FEED_LIMITS.maxWaitSeconds + 1}`, 'wait', 'at most 30 seconds'],
      ['wait=-1', 'wait', 'at least 0 seconds'],
      ['wait=1.5', 'wait', 'whole seconds'],
      ['wait=soon', 'wait', ''],
      [`limit=${EVENT_FEED_LIMITS.maxPageSize + 1}`, 'limit', 'at most 100 events'],
      ['limit=0', 'limit', 'at least 1 event'],
      ['after=yesterday', 'after', 'not a cursor this API gave out, nor an event id'],
      ['after=99999999999999:', 'after', 'not a cursor this API gave out'],
      [`after=${await record('school', 6)}`, 'after', 'no event of this app has this id'],
      ['after=msg_AAAAAAAAAAAAAAAAAAAAAA', 'after', 'no event of this app has this id'],
    ];
    for (const [query, path, message] of refusals) {
      const answer = await feed(water, query);
      expect(answer, query).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [{ path, message: expect.stringContaining(message) }] } });
    }
    const stranger = await call('Basic ' + Buffer.from('ck_nobody:cs_nothing').toString('base64'), 'GET', '/events');
    expect(stranger).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });
});

describe('the webhook event feed on postgres, with transactions committing out of order', () => {
  const postgres = testDatabases.find((database) => database.name === 'postgres')!;
  let db: Database;
  let waiters: EventWaiters;
  let call: ReturnType<typeof partnerApi>;
  let water: string;

  beforeAll(async () => {
    db = await postgres.open();
    await createRegistryAdmin(db).register(testManifest('water'));
    water = basic(await createCredentials(db).issue('water'));
    waiters = createEventWaiters(db, { perApp: EVENT_FEED_LIMITS.waitingPerApp });
    call = partnerApi(db, waiters);
  });
  afterAll(async () => {
    await waiters.close();
    await db.close();
  });

  it('never passes an event whose transaction began first and committed last', async () => {
    const start = (await call(water, 'GET', '/events')).body.next;
    let commit!: () => void;
    const held = new Promise<void>((resolve) => { commit = resolve; });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => { written = resolve; });
    let early = '';
    const slow = db.transaction(async (tx) => {
      early = (await enqueueWebhook(tx, 'water', 'payment.succeeded', paid(7)))!;
      written();
      await held;
    });
    await wrote;
    try {
      const late = await db.transaction(async (tx) => (await enqueueWebhook(tx, 'water', 'payment.succeeded', paid(8)))!);
      // The later event is committed, but an older transaction still runs: nothing is shown past it yet.
      const first = await call(water, 'GET', `/events?after=${start}`);
      expect(first.body.events).toEqual([]);
      commit();
      await slow;
      const second = await call(water, 'GET', `/events?after=${first.body.next}`);
      expect(second.body.events.map((e: { id: string }) => e.id)).toEqual([early, late]);
    } finally {
      commit();
      await slow;
    }
  });
});
