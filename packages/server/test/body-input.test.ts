import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, HOST, testManifest, testPlatform, partnerAuth } from './support/platform.js';

// Bodies JSON.parse would take but the platform refuses: each by name, with nothing written.
describe.each(testDatabases)('request bodies on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let auth: Record<string, string>;
  let n = 0;

  /** POSTs a raw text as a new order, under a fresh idempotency key. */
  const postOrder = async (text: string, contentType = 'application/json') => {
    const response = await server.app.request('http://x/api/partner/v1/orders', {
      method: 'POST',
      headers: { host: HOST, ...auth, 'idempotency-key': `body-${++n}`, 'content-type': contentType },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const orders = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders'))[0]!.n;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['payments']), dir: BUILT_APP_DIR }] });
    auth = await partnerAuth(server, 'water');
  });
  afterAll(() => db.close());

  it('refuses a key named twice, naming it, instead of letting the last one win', async () => {
    const refused = await postOrder('{"amount":1000,"description":"Tiền nước","reference":"R-1","amount":200000}');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'INVALID_PARAMS', reason: 'DUPLICATE_KEY', key: 'amount', issues: [{ path: 'amount' }] });
    // An escaped spelling is the same key; so is a nested one named twice.
    expect((await postOrder('{"amount":1000,"description":"x","reference":"R-2","\\u0061mount":5}')).body).toMatchObject({ reason: 'DUPLICATE_KEY', key: 'amount' });
    expect((await postOrder('{"amount":1000,"description":"x","reference":"R-3","metadata":{"a":"1","a":"2"}}')).body)
      .toMatchObject({ reason: 'DUPLICATE_KEY', issues: [{ path: 'metadata.a' }] });
    expect(await orders()).toBe(0);
  });

  it('refuses a NUL character or a lone surrogate in any string with 400 naming the field, not a database error', async () => {
    const nul = await postOrder(JSON.stringify({ amount: 1000, description: 'Tiền\u0000nước', reference: 'R-4' }));
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ code: 'INVALID_PARAMS', reason: 'NUL_CHARACTER', issues: [{ path: 'description' }] });
    const surrogate = await postOrder('{"amount":1000,"description":"x","reference":"R-5","metadata":{"note":"\\ud800"}}');
    expect(surrogate.status).toBe(400);
    expect(surrogate.body).toMatchObject({ reason: 'LONE_SURROGATE', issues: [{ path: 'metadata.note' }] });
    const inKey = await postOrder('{"amount":1000,"description":"x","reference":"R-6","metadata":{"\\udc00":"1"}}');
    expect(inKey.body).toMatchObject({ reason: 'LONE_SURROGATE' });
    expect(await orders()).toBe(0);
    // A well-formed pair (an emoji) is text like any other.
    expect((await postOrder(JSON.stringify({ amount: 1000, description: 'Nước 💧', reference: 'R-7' }))).status).toBe(201);
  });

  it('refuses a body not labelled application/json with 415, on partner and citizen routes', async () => {
    const body = JSON.stringify({ amount: 1000, description: 'x', reference: 'R-8' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json-seq', '']) {
      const refused = await postOrder(body, type);
      expect(refused.status, type).toBe(415);
      expect(refused.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    expect((await postOrder(body, 'application/json; charset=utf-8')).status).toBe(201);
    const citizen = citizenClient(server);
    const plain = await citizen.post('/api/auth/signin', '{"phone":"0912345678","password":"whatever it is"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
  });
});
