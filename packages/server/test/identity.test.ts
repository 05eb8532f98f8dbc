import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, HOST_ORIGIN, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

describe.each(testDatabases)('identity tokens on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let citizen: ReturnType<typeof citizenClient>;
  const verify = async (token: string, audience: string) =>
    jwtVerify(token, createLocalJWKSet(await (await server.app.request('http://localhost:8080/.well-known/jwks.json', { headers: { host: 'localhost:8080' } })).json()),
      { issuer: HOST_ORIGIN, audience, algorithms: ['ES256'], typ: 'citadel-id+jwt' });

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0935111222', password: 'pass phrase', name: 'Võ Minh' });
    await citizen.post('/api/me/verification', { nationalId: '046099001111', fullName: 'Võ Văn Minh', dateOfBirth: '1985-01-02', ward: 'Thuận Hòa' });
  });
  afterAll(() => db.close());

  it('needs consent first, then mints an ES256 token with only the granted claims', async () => {
    const denied = await citizen.post('/api/identity/token', { appId: 'water', nonce: 'nonce-0001', claims: ['name'] });
    expect(denied).toMatchObject({ status: 403, body: { code: 'CONSENT_REQUIRED', missing: ['name'] } });
    expect((await citizen.get('/api/identity/grants/water')).body).toEqual({ claims: [], grantedAt: null });

    const granted = await citizen.put('/api/identity/grants/water', { claims: ['ward', 'name'] });
    expect(granted.body).toMatchObject({ claims: ['name', 'ward'], grantedAt: expect.any(String) });

    const { token } = (await citizen.post('/api/identity/token', { appId: 'water', nonce: 'nonce-0002', claims: ['name'] })).body;
    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'citadel-id+jwt', kid: expect.any(String) });
    const { payload } = await verify(token, 'water');
    expect(payload).toMatchObject({ iss: HOST_ORIGIN, aud: 'water', nonce: 'nonce-0002', name: 'Võ Văn Minh' });
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(300);
    expect(payload).not.toHaveProperty('ward');
    expect(payload).not.toHaveProperty('phone_number');

    // A claim beyond the grant is refused; the phone was never granted.
    expect((await citizen.post('/api/identity/token', { appId: 'water', nonce: 'nonce-0003', claims: ['phone'] })).body)
      .toMatchObject({ code: 'CONSENT_REQUIRED', missing: ['phone'] });
    expect((await citizen.get('/api/identity/profile/water')).body).toEqual({ claims: { name: 'Võ Văn Minh', ward: 'Thuận Hòa' } });
  });

  it('gives one citizen a stable sub per app, different across apps and citizens', async () => {
    await citizen.put('/api/identity/grants/school', { claims: [] });
    const sub = async (c: ReturnType<typeof citizenClient>, appId: string) =>
      (await verify((await c.post('/api/identity/token', { appId, nonce: 'nonce-sub-1' })).body.token, appId)).payload.sub;
    const water1 = await sub(citizen, 'water');
    expect(await sub(citizen, 'water')).toBe(water1);
    const school = await sub(citizen, 'school');
    expect(school).not.toBe(water1);
    expect(water1).toMatch(/^[\w-]{43}$/);

    const other = citizenClient(server);
    await registerWithCode(other, smsGateway, { phone: '0935111333', password: 'pass phrase', name: 'Khác' });
    await other.put('/api/identity/grants/water', { claims: [] });
    expect(await sub(other, 'water')).not.toBe(water1);
  });

  it('refuses apps without the identity permission, suspended apps and unknown apps', async () => {
    expect((await citizen.put('/api/identity/grants/quiet', { claims: ['name'] })).body.code).toBe('FORBIDDEN');
    expect((await citizen.post('/api/identity/token', { appId: 'nope-app', nonce: 'nonce-0004' })).status).toBe(404);
    await server.admin.setStatus('water', 'suspended');
    expect((await citizen.post('/api/identity/token', { appId: 'water', nonce: 'nonce-0005' })).body.code).toBe('APP_SUSPENDED');
    await server.admin.setStatus('water', 'active');
    expect((await citizen.post('/api/identity/token', { appId: 'water', nonce: 'short' })).body.code).toBe('INVALID_PARAMS');
    const anonymous = citizenClient(server);
    expect((await anonymous.post('/api/identity/token', { appId: 'water', nonce: 'nonce-0006' })).status).toBe(401);
  });

  it('rotates keys: the next key is published before it signs, the old one stays published after, both verify', async () => {
    const jwks = async () => (await (await server.app.request('http://localhost:8080/.well-known/jwks.json', { headers: { host: 'localhost:8080' } })).json()) as { keys: Array<{ kid: string; d?: string; alg: string }> };
    const mint = async (nonce: string) => (await citizen.post('/api/identity/token', { appId: 'water', nonce })).body.token as string;
    const before = await mint('nonce-rot-1');
    const oldKid = decodeProtectedHeader(before).kid;
    await server.keys.rotate();
    const published = await jwks();
    expect(published.keys).toHaveLength(2);
    expect(published.keys.every((k) => k.d === undefined && k.alg === 'ES256')).toBe(true);
    const newKid = published.keys.map((k) => k.kid).find((k) => k !== oldKid);
    // Published ahead: the new key signs nothing until its activation time.
    expect(decodeProtectedHeader(await mint('nonce-rot-2')).kid).toBe(oldKid);

    // Its time comes: new tokens carry the new key; the old key's tokens still verify.
    await db.query("UPDATE signing_keys SET activates_at = now() - interval '1 second' WHERE kid = $1", [newKid]);
    await db.query("UPDATE signing_keys SET retired_at = now() - interval '1 second' WHERE kid = $1", [oldKid]);
    server.keys.reload();
    const after = await mint('nonce-rot-3');
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect((await jwks()).keys.map((k) => k.kid).sort()).toEqual([oldKid, newKid].sort());
    await verify(before, 'water');
    await verify(after, 'water');

    // Once every token of the old key has expired, it leaves the JWKS.
    await db.query("UPDATE signing_keys SET retired_at = now() - interval '1 hour' WHERE kid = $1", [oldKid]);
    server.keys.reload();
    expect((await jwks()).keys.map((k) => k.kid)).toEqual([newKid]);
  });
});
