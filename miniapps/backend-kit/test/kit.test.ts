import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import {
  citizen, createBackendApp, createNonces, createSessions, handleWebhookOnce, HttpError, jsonBody, migrate, NONCES_TABLE, openDatabase, queryOf, serveBackend, signInRoutes, WEBHOOK_EVENTS_TABLE, WebhookMismatch,
  type Database, type DatabaseLocation, type ListeningHttp, type Migration, type Queryable,
} from '../src/index.js';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { citizenCaller, testDatabases, type CallOptions } from '../src/testing/index.js';
import * as z from 'zod';
import { createSessionClient } from '@citadel-miniapp/web-kit';

const migrations: Migration[] = [
  { version: 1, name: 'nonces', statements: [NONCES_TABLE] },
  { version: 2, name: 'notes', statements: ['CREATE TABLE notes (sub text NOT NULL, text text NOT NULL)'] },
  { version: 3, name: 'webhook events', statements: [WEBHOOK_EVENTS_TABLE] },
];
const open = (location: DatabaseLocation) => openDatabase({ ...location, migrations, lockName: 'kit-test' });
// A name, never a listening server (`.example` is reserved).
const APP_ORIGIN = 'https://kit.apps.citadel.example';

describe.each(testDatabases(open))('the backend kit on $name', (testDb) => {
  let db: Database;
  let platform: TestPlatform;
  let http: ListeningHttp;
  let clock = Date.now();

  beforeAll(async () => {
    db = await testDb.open();
    platform = await createTestPlatform({ appId: 'kit' });
    const nonces = createNonces(db, { open: 3 });
    const tokens = { issuer: platform.url, appId: 'kit' };
    const auth = { tokens, nonces, sessions: await createSessions(db, { seconds: 600, now: () => new Date(clock) }) };
    const Note = z.strictObject({ text: z.string().min(1).max(20) });
    const Search = z.strictObject({ starts: z.string().max(5).default('') });
    const routes = new Hono()
      .post('/notes', citizen(auth), jsonBody(Note, 64), async (c) => {
        const note = c.req.valid('json');
        await db.query('INSERT INTO notes (sub, text) VALUES ($1, $2)', [c.var.sub, note.text]);
        return c.json({ saved: note.text }, 201);
      })
      // A second method on the same path: the old router allowed one per path.
      .get('/notes', citizen(auth), queryOf(Search), async (c) => {
        const rows = await db.query<{ text: string }>('SELECT text FROM notes WHERE sub = $1 AND starts_with(text, $2) ORDER BY text', [c.var.sub, c.req.valid('query').starts]);
        return c.json({ notes: rows.map((r) => r.text) });
      })
      .get('/whoami', citizen(auth), (c) => c.json({ sub: c.var.sub }))
      .get('/teapot', () => { throw new HttpError(418, 'TEAPOT', 'Short and stout', { limit: 1 }, { 'retry-after': '7' }); })
      .get('/bytes', (c) => c.body(new Uint8Array([1, 2, 3]), 200, { 'content-type': 'application/octet-stream', 'cache-control': 'public, max-age=60' }))
      .get('/boom', () => { throw new Error('unexpected'); });
    const app = createBackendApp({ name: 'kit-test', allowedOrigin: APP_ORIGIN }).route('/', signInRoutes(auth)).route('/', routes);
    http = await serveBackend(app, { port: 0 });
  });
  afterAll(async () => {
    await http?.close();
    await platform?.close();
    await db?.close();
  });
  const call = (path: string, options?: CallOptions) => citizenCaller(() => http.url, platform, APP_ORIGIN)(path, options);

  it('applies each migration once, even when asked again', async () => {
    expect(await migrate(db, migrations, 'kit-test')).toEqual([]);
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
  });

  it('handles a webhook event once, and rolls a mismatch back with its id', async () => {
    const note = (text: string) => async (tx: Queryable) => {
      await tx.query('INSERT INTO notes (sub, text) VALUES ($1, $2)', ['hook', text]);
      if (text === 'wrong') throw new WebhookMismatch('amount differs');
      return 'done' as const;
    };
    expect(await handleWebhookOnce(db, 'msg_1', note('first'))).toBe('done');
    expect(await handleWebhookOnce(db, 'msg_1', note('again'))).toBe('duplicate');
    expect(await handleWebhookOnce(db, 'msg_2', note('wrong'))).toEqual({ mismatch: 'amount differs' });
    // Nothing of the mismatch stays, its id neither: the same delivery is judged again.
    expect(await handleWebhookOnce(db, 'msg_2', note('wrong'))).toEqual({ mismatch: 'amount differs' });
    expect((await db.query<{ text: string }>(`SELECT text FROM notes WHERE sub = 'hook'`)).map((r) => r.text)).toEqual(['first']);
    await expect(handleWebhookOnce(db, 'msg_3', async () => { throw new Error('bug'); })).rejects.toThrow('bug');
    expect((await db.query<{ id: string }>('SELECT id FROM webhook_events ORDER BY id')).map((r) => r.id)).toEqual(['msg_1']);
    await db.query(`DELETE FROM notes WHERE sub = 'hook'`);
  });

  it('takes a nonce once: a replayed token is NONCE_UNKNOWN and stores nothing more', async () => {
    expect(await call('/notes', { sub: 'pw-1', body: { text: 'đèn hỏng' } })).toMatchObject({ status: 201, body: { saved: 'đèn hỏng' } });
    const { nonce } = (await call('/auth/nonce', { method: 'POST' })).body as { nonce: string };
    const token = platform.signIdToken({ sub: 'pw-1', nonce });
    const headers = { origin: APP_ORIGIN, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const send = () => fetch(`${http.url}/notes`, { method: 'POST', headers, body: JSON.stringify({ text: 'một' }) });
    expect((await send()).status).toBe(201);
    const replay = await send();
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'NONCE_UNKNOWN' });
    expect(replay.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await db.query('SELECT 1 FROM notes')).length).toBe(2);
  });

  it('refuses a missing or foreign token, a wrong body, and says which limit', async () => {
    expect(await call('/notes', { body: { text: 'x' } })).toMatchObject({ status: 401, body: { code: 'MISSING_TOKEN' } });
    expect(await call('/notes', { sub: 'pw-1', claims: { aud: 'other-app' }, body: { text: 'x' } })).toMatchObject({ status: 401, body: { code: 'WRONG_AUDIENCE' } });
    expect(await call('/notes', { sub: 'pw-1', body: { text: '' } })).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [{ path: 'text' }] } });
    expect(await call('/notes', { sub: 'pw-1', body: { text: 'x'.repeat(80) } })).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', limit: 64 } });
    const raw = async (contentType: string, body: string) => {
      const { nonce } = (await call('/auth/nonce', { method: 'POST' })).body as { nonce: string };
      const headers = { origin: APP_ORIGIN, authorization: `Bearer ${platform.signIdToken({ sub: 'pw-1', nonce })}`, 'content-type': contentType };
      const response = await fetch(`${http.url}/notes`, { method: 'POST', headers, body });
      return { status: response.status, body: await response.json() };
    };
    expect(await raw('text/plain', '{"text":"x"}')).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    // A JSON-looking type that is not JSON is refused too, never read as an empty body.
    expect(await raw('application/json-seq', '{"text":"x"}')).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(await raw('application/json', '{"text":')).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
    expect(await raw('application/json', '["x"]')).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
    // What JSON.parse takes but a database cannot hold, or would read wrongly, is refused by name (docs/security-model.md).
    expect(await raw('application/json', '{"text":"a","text":"b"}')).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', reason: 'DUPLICATE_KEY', issues: [{ path: 'text' }] } });
    expect(await raw('application/json', '{"text":"a\\u0000b"}')).toMatchObject({ status: 400, body: { reason: 'NUL_CHARACTER', issues: [{ path: 'text' }] } });
    expect(await raw('application/json', '{"text":"\\ud800"}')).toMatchObject({ status: 400, body: { reason: 'LONE_SURROGATE', issues: [{ path: 'text' }] } });
    expect(await call('/notes?starts=toolong', { sub: 'pw-1' })).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [{ path: 'starts' }] } });
    expect((await call('/notes?starts=m', { sub: 'pw-1' })).body).toEqual({ notes: ['một'] });
  });

  it('signs in once for a session that serves many calls, until it expires; a forged one is refused', async () => {
    await db.query('DELETE FROM nonces');
    const post = async (path: string, headers: Record<string, string>) => {
      const response = await fetch(`${http.url}${path}`, { method: 'POST', headers: { origin: APP_ORIGIN, ...headers } });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    };
    let tokens = 0;
    const client = createSessionClient({
      post, now: () => clock,
      getToken: async (nonce) => { tokens += 1; return platform.signIdToken({ sub: 'pw-s', nonce }); },
    });
    const whoami = async (authorization: string) => {
      const response = await fetch(`${http.url}/whoami`, { headers: { origin: APP_ORIGIN, authorization } });
      return { status: response.status, body: (await response.json()) as any };
    };
    // Three calls at once share one sign-in, and later calls reuse it.
    const headers = await Promise.all([client.authorization(), client.authorization(), client.authorization()]);
    expect(new Set(headers).size).toBe(1);
    for (let i = 0; i < 5; i += 1) expect((await whoami(await client.authorization())).body).toEqual({ sub: 'pw-s' });
    expect(tokens).toBe(1);
    expect((await db.query('SELECT 1 FROM nonces')).length).toBe(0);

    const session = headers[0]!.slice('Bearer '.length);
    const [, body, mac] = session.split('.');
    const forged = `s1.${Buffer.from(JSON.stringify({ sub: 'pw-other', exp: 4_102_444_800 })).toString('base64url')}.${mac}`;
    expect((await whoami(`Bearer ${forged}`)).body.code).toBe('SESSION_INVALID');
    expect((await whoami(`Bearer s1.${body}.${'A'.repeat(22)}`)).body.code).toBe('SESSION_INVALID');
    // An identity token still works on its own (one nonce per call).
    expect((await call('/whoami', { sub: 'pw-t' })).body).toEqual({ sub: 'pw-t' });

    // Past its expiry the session is refused; the client renews a minute before.
    clock += 541_000;
    expect((await whoami(headers[0]!)).status).toBe(200);
    expect(await client.authorization()).not.toBe(headers[0]);
    expect(tokens).toBe(2);
    clock += 600_000;
    expect((await whoami(headers[0]!)).body.code).toBe('SESSION_INVALID');
    client.forget();
    expect((await whoami(await client.authorization())).body).toEqual({ sub: 'pw-s' });
    expect(tokens).toBe(3);

    // A call refused with SESSION_INVALID (the backend lost its secret, say) signs in again and runs once more; other refusals pass through.
    let sends = 0;
    const refusedOnce = await client.call(async (authorization) => {
      sends += 1;
      if (sends === 1) throw Object.assign(new Error('stale'), { code: 'SESSION_INVALID' });
      return (await whoami(authorization)).body;
    });
    expect([refusedOnce, sends, tokens]).toEqual([{ sub: 'pw-s' }, 2, 4]);
    await expect(client.call(async () => { throw Object.assign(new Error('no'), { code: 'NOT_FOUND' }); })).rejects.toThrow('no');
    expect(tokens).toBe(4);
    clock = Date.now();
  });

  it('caps open nonces and names the cap', async () => {
    await db.query('DELETE FROM nonces');
    for (let i = 0; i < 3; i += 1) expect((await call('/auth/nonce', { method: 'POST' })).status).toBe(201);
    const refused = await call('/auth/nonce', { method: 'POST' });
    expect(refused).toMatchObject({ status: 429, body: { code: 'TOO_MANY_NONCES', limit: 3 } });
    await db.query('DELETE FROM nonces');
  });

  it('answers only its own origin, with typed 404, 405, preflight, HttpError, bytes and 500', async () => {
    expect(await call('/teapot', { origin: 'https://evil.example' })).toMatchObject({ status: 403, body: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(await call('/nowhere')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    const wrong = await call('/teapot', { method: 'POST' });
    expect(wrong).toMatchObject({ status: 405, body: { code: 'METHOD_NOT_ALLOWED' } });
    expect(wrong.headers.get('allow')).toBe('GET, OPTIONS');
    expect((await call('/notes', { method: 'DELETE' })).headers.get('allow')).toBe('GET, POST, OPTIONS');
    const preflight = await fetch(`${http.url}/notes`, { method: 'OPTIONS', headers: { origin: APP_ORIGIN } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type,Idempotency-Key');
    expect((await fetch(`${http.url}/nowhere`, { method: 'OPTIONS', headers: { origin: APP_ORIGIN } })).status).toBe(404);
    expect((await call('/whoami', { sub: 'pw-1' })).headers.get('vary')).toContain('Origin');
    const teapot = await call('/teapot');
    expect(teapot).toMatchObject({ status: 418, body: { code: 'TEAPOT', message: 'Short and stout', limit: 1 } });
    expect(teapot.headers.get('retry-after')).toBe('7');
    expect(teapot.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(teapot.headers.get('content-type')).toMatch(/^application\/json/);
    expect(teapot.headers.get('cache-control')).toBe('no-store');
    const bytes = await call('/bytes');
    expect([...bytes.body]).toEqual([1, 2, 3]);
    expect(bytes.headers.get('cache-control')).toBe('public, max-age=60');
    expect(bytes.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await call('/boom')).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
  });
});
