import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import * as z from 'zod';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { BackendError, describeError } from '@citadel-miniapp/web-kit';
import {
  citizen, createBackendApp, createNonces, createSessions, HttpError, idempotencyKeysMigration, idempotent, IDEMPOTENCY_LIMITS, jsonBody,
  NONCES_TABLE, openDatabase, serveBackend, signInRoutes, type Database, type DatabaseLocation, type ListeningHttp, type Migration,
} from '../src/index.js';
import { citizenCaller, testDatabases, type CallOptions } from '../src/testing/index.js';

// Issue 16: a double tap on "Send" filed the same report twice. A write that carries an Idempotency-Key is written
// once: the same key and body answer the first answer, another body with the key is refused, keys are bounded.
const migrations: Migration[] = [
  { version: 1, name: 'nonces', statements: [NONCES_TABLE] },
  { version: 2, name: 'notes', statements: ['CREATE TABLE notes (id serial PRIMARY KEY, sub text NOT NULL, text text NOT NULL)'] },
  idempotencyKeysMigration(3),
];
const open = (location: DatabaseLocation) => openDatabase({ ...location, migrations, lockName: 'kit-idempotency-test' });
const APP_ORIGIN = 'https://kit.apps.citadel.example';

describe.each(testDatabases(open))('idempotent writes on $name', (testDb) => {
  let db: Database;
  let platform: TestPlatform;
  let http: ListeningHttp;
  let clock = Date.parse('2026-12-05T08:00:00Z');
  /** A note whose text is `slow` waits here until the test lets it finish. */
  let release: () => void = () => undefined;
  let slow = Promise.resolve();

  beforeAll(async () => {
    db = await testDb.open();
    platform = await createTestPlatform({ appId: 'kit' });
    const auth = { tokens: { issuer: platform.url, appId: 'kit' }, nonces: createNonces(db), sessions: await createSessions(db) };
    const Note = z.strictObject({ text: z.string().trim().min(1).max(20) });
    const routes = new Hono().post('/notes', citizen(auth), jsonBody(Note, 256), idempotent(db, { now: () => new Date(clock) }), async (c) => {
      const { text } = c.req.valid('json');
      if (text === 'refuse') throw new HttpError(422, 'REFUSED', 'Not this one');
      if (text === 'slow') await slow;
      const [row] = await db.query<{ id: number }>('INSERT INTO notes (sub, text) VALUES ($1, $2) RETURNING id', [c.var.sub, text]);
      return c.json({ id: row!.id, text }, 201);
    });
    http = await serveBackend(createBackendApp({ name: 'kit-idempotency-test', allowedOrigin: APP_ORIGIN }).route('/', signInRoutes(auth)).route('/', routes), { port: 0 });
  });
  afterAll(async () => {
    await http?.close();
    await platform?.close();
    await db?.close();
  });
  const call = (path: string, options?: CallOptions) => citizenCaller(() => http.url, platform, APP_ORIGIN)(path, options);
  const post = (sub: string, key: string | undefined, text: string) =>
    call('/notes', { sub, body: { text }, ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }) });
  const notes = async (sub: string) => (await db.query<{ text: string }>('SELECT text FROM notes WHERE sub = $1 ORDER BY id', [sub])).map((r) => r.text);

  it('writes once for a key sent twice with the same body, and answers the repeat with the first answer', async () => {
    const first = await post('pw-a', 'key-1', 'đèn hỏng');
    expect(first).toMatchObject({ status: 201, body: { text: 'đèn hỏng' } });
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await post('pw-a', 'key-1', 'đèn hỏng');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await notes('pw-a')).toEqual(['đèn hỏng']);
  });

  it('writes once when the same key arrives twice at once (a double tap)', async () => {
    const answers = await Promise.all([post('pw-b', 'tap', 'ổ gà'), post('pw-b', 'tap', 'ổ gà')]);
    expect(await notes('pw-b')).toEqual(['ổ gà']);
    // One runs; the other is either answered with its answer or told to wait, never written again.
    expect(answers.map((a) => a.status).sort()).toEqual(expect.arrayContaining([201]));
    for (const a of answers) expect([201, 409]).toContain(a.status);
  });

  it('tells a repeat to wait while the first request still runs, naming when to retry', async () => {
    slow = new Promise((resolve) => { release = resolve; });
    const first = post('pw-c', 'slow-key', 'slow');
    await expect.poll(async () => (await db.query(`SELECT 1 FROM idempotency_keys WHERE scope = 'pw-c'`)).length).toBe(1);
    const waiting = await post('pw-c', 'slow-key', 'slow');
    expect(waiting).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_IN_USE' } });
    expect(waiting.headers.get('retry-after')).toBe('1');
    release();
    expect((await first).status).toBe(201);
    expect((await post('pw-c', 'slow-key', 'slow')).headers.get('idempotent-replayed')).toBe('true');
    expect(await notes('pw-c')).toEqual(['slow']);
  });

  it('refuses the same key with another body, typed, and writes nothing', async () => {
    expect((await post('pw-d', 'key-d', 'một')).status).toBe(201);
    expect(await post('pw-d', 'key-d', 'hai')).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await notes('pw-d')).toEqual(['một']);
  });

  it('keeps no failed answer, so the citizen can fix the request and send it again under the same key', async () => {
    expect(await post('pw-e', 'key-e', 'refuse')).toMatchObject({ status: 422, body: { code: 'REFUSED' } });
    expect((await post('pw-e', 'key-e', 'sửa lại')).status).toBe(201);
    expect(await notes('pw-e')).toEqual(['sửa lại']);
  });

  it('keeps each citizen\'s keys apart, and writes as before without a key', async () => {
    expect((await post('pw-f', 'shared', 'của F')).status).toBe(201);
    expect((await post('pw-g', 'shared', 'của G')).status).toBe(201);
    expect((await post('pw-f', undefined, 'không khoá')).status).toBe(201);
    expect((await post('pw-f', undefined, 'không khoá')).status).toBe(201);
    expect(await notes('pw-f')).toEqual(['của F', 'không khoá', 'không khoá']);
    expect(await notes('pw-g')).toEqual(['của G']);
  });

  it('refuses a malformed key naming the longest, and forgets keys after keepHours', async () => {
    const long = 'k'.repeat(IDEMPOTENCY_LIMITS.keyMaxLength + 1);
    expect(await post('pw-h', long, 'x')).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', limit: IDEMPOTENCY_LIMITS.keyMaxLength } });
    expect(await post('pw-h', 'two words', 'x')).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS' } });
    expect(await notes('pw-h')).toEqual([]);
    expect((await post('pw-h', 'old', 'trước')).status).toBe(201);
    clock += (IDEMPOTENCY_LIMITS.keepHours + 1) * 3_600_000;
    // A day later the key is gone: the same key is a new request, and the old row was deleted.
    expect(await post('pw-h', 'old', 'sau')).toMatchObject({ status: 201, body: { text: 'sau' } });
    expect(await notes('pw-h')).toEqual(['trước', 'sau']);
    const kept = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE created_at < $1', [new Date(clock - IDEMPOTENCY_LIMITS.keepHours * 3_600_000)]);
    expect(kept[0]!.n).toBe(0);
  });

  it('lets the preflight of a browser\'s write carry the Idempotency-Key header', async () => {
    const answer = await fetch(`${http.url}/notes`, {
      method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
    });
    expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it('refuses a field with its rule, which the web kit says in Vietnamese naming the field', async () => {
    const refused = await post('pw-i', undefined, '   ');
    expect(refused).toMatchObject({ status: 400, body: { code: 'INVALID_PARAMS', issues: [{ path: 'text', code: 'too_small', origin: 'string', minimum: 1 }] } });
    const { code, message, ...data } = refused.body as { code: string; message: string };
    const error = new BackendError(code, message, data);
    const vi = describeError(error, 'vi', { fields: { text: 'Ghi chú' } });
    expect(vi).toBe('Hãy điền mục “Ghi chú”.');
    expect(describeError(error, 'en', { fields: { text: 'Note' } })).toBe('Fill in “Note”.');
    // A field the app does not name reads as the bridge's INVALID_PARAMS sentence, never the path or zod's English.
    expect(describeError(error, 'vi')).toBe('Thông tin chưa hợp lệ. Vui lòng kiểm tra lại.');
    const tooLong = await post('pw-i', undefined, 'x'.repeat(21));
    const e2 = tooLong.body as { code: string; message: string };
    expect(describeError(new BackendError(e2.code, e2.message, tooLong.body as Record<string, unknown>), 'vi', { fields: { text: 'Ghi chú' } }))
      .toBe('Mục “Ghi chú” chỉ được tối đa 20 ký tự.');
  });
});
