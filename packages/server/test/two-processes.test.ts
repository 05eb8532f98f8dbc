import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizens } from '../src/accounts/citizens.js';
import { openPostgres } from '../src/db/postgres.js';
import { createPostgresDatabase } from './support/databases.js';
import { fetchClient } from './support/fetch-client.js';
import { devCode } from '../../../tests/support/dev-codes.js';
import { spawnServer } from './support/spawn-server.js';
import { readSse } from './support/sse-reader.js';

const startProcess = (url: string) => spawnServer({ DATABASE_URL: url });

/** One HTTP request to a process, with the Host and Origin a browser on the host page would send. */
function call(port: number, method: string, path: string, cookie: string, body?: unknown) {
  return new Promise<{ status: number; cookie: string | undefined; body: any }>((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({
      host: '127.0.0.1', port, path, method,
      headers: {
        host: `localhost:${port}`, origin: `http://localhost:${port}`, 'user-agent': `process-${port}`,
        ...(cookie ? { cookie } : {}), ...(payload ? { 'content-type': 'application/json' } : {}),
      },
    }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode!, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', fail);
    req.end(payload);
  });
}

describe('two server processes on one PostgreSQL', () => {
  let a: { child: ChildProcess; port: number };
  let b: { child: ChildProcess; port: number };
  let url: string;
  beforeAll(async () => {
    url = await createPostgresDatabase();
    // Started together: the migrations and the first signing key are each applied once.
    [a, b] = await Promise.all([startProcess(url), startProcess(url)]);
  });
  afterAll(() => {
    a?.child.kill();
    b?.child.kill();
  });

  it('serve the same sessions: signed in on one, recognised and revoked on the other', async () => {
    // Codes come from each process's development page (`npm start`'s SMS sender).
    expect((await call(a.port, 'POST', '/api/auth/otp', '', { phone: '0977000111', purpose: 'sign-up' })).status).toBe(202);
    const code = await devCode(a.port, '+84977000111');
    const registered = await call(a.port, 'POST', '/api/auth/register', '', { phone: '0977000111', password: 'shared state', name: 'Đặng Thu', code });
    expect(registered.status).toBe(201);
    const cookie = registered.cookie!;
    expect((await call(b.port, 'GET', '/api/me', cookie)).body.citizen.name).toBe('Đặng Thu');

    // B has never seen this browser: it texts a code (the code row is shared, the text comes from B) and takes it.
    expect((await call(b.port, 'POST', '/api/auth/signin', '', { phone: '0977000111', password: 'shared state' })).status).toBe(202);
    const onB = await call(b.port, 'POST', '/api/auth/signin', '', { phone: '0977000111', password: 'shared state', code: await devCode(b.port, '+84977000111') });
    expect(onB.status).toBe(200);
    const sessions = (await call(a.port, 'GET', '/api/sessions', cookie)).body.sessions as Array<{ id: string; current: boolean }>;
    expect(sessions).toHaveLength(2);
    const fromB = sessions.find((s) => !s.current)!;
    expect((await call(a.port, 'DELETE', `/api/sessions/${fromB.id}`, cookie)).status).toBe(204);
    expect((await call(b.port, 'GET', '/api/me', onB.cookie!)).status).toBe(401);
    expect((await call(a.port, 'GET', '/api/me', onB.cookie!)).status).toBe(401);
  });

  it('publish the same signing keys and lock out across processes', async () => {
    const jwksA = (await call(a.port, 'GET', '/.well-known/jwks.json', '')).body;
    const jwksB = (await call(b.port, 'GET', '/.well-known/jwks.json', '')).body;
    expect(jwksA.keys).toHaveLength(1);
    expect(jwksB).toEqual(jwksA);
    for (let i = 0; i < 5; i++) {
      await call(i % 2 ? a.port : b.port, 'POST', '/api/auth/signin', '', { phone: '0977000111', password: `wrong ${i}` });
    }
    expect((await call(a.port, 'POST', '/api/auth/signin', '', { phone: '0977000111', password: 'shared state' })).body.code).toBe('LOCKED_OUT');
  });

  it('deliver an alert published on one process to a live stream on the other, by NOTIFY', async () => {
    const citizen = fetchClient(`http://localhost:${a.port}`);
    await citizen.post('/api/auth/otp', { phone: '0977000222', purpose: 'sign-up' });
    expect((await citizen.post('/api/auth/register', { phone: '0977000222', password: 'shared state', name: 'Lê Hà', code: await devCode(a.port, '+84977000222') })).status).toBe(201);
    expect((await citizen.put('/api/me/wards', { home: 'An Hòa', work: null })).status).toBe(200);
    const authority = fetchClient(`http://localhost:${b.port}`);
    await authority.post('/api/auth/otp', { phone: '0977000333', purpose: 'sign-up' });
    expect((await authority.post('/api/auth/register', { phone: '0977000333', password: 'shared state', name: 'Ban Chỉ huy', code: await devCode(b.port, '+84977000333') })).status).toBe(201);
    const db = await openPostgres(url);
    try {
      expect(await createCitizens(db).setRole('+84977000333', 'authority', true)).toBe(true);
    } finally {
      await db.close();
    }
    const { response, abort } = await citizen.stream('/api/me/events');
    const stream = readSse(response.body!);
    expect((await stream.next()).event).toBe('ready');
    const published = await authority.post('/api/alerts', {
      sender: 'UBND thành phố Huế', severity: 'extreme', category: 'flood', headline: { vi: 'Lũ khẩn cấp' }, description: { vi: 'Sơ tán ngay.' },
      area: { description: 'An Hòa', wards: ['An Hòa'], polygons: [] }, expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(published.status).toBe(201);
    const event = await stream.next();
    expect([event.event, JSON.parse(event.data).id]).toEqual(['alert', published.body.alert.id]);
    // Before process A's first heartbeat (15 s) re-read: it came by NOTIFY.
    expect(stream.events.filter((e) => e.comment !== undefined)).toEqual([]);
    abort();
  });
});
