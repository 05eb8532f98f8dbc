import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient, isIdTokenError, isPartnerApiError, verifyIdToken } from '@citadel/node';
import { createPlatformServer, openDatabase, type Database, type ListeningServer, type PlatformServer } from '@citadel/server';
import { hostClient } from '../bench/http-client.js';
import { registerWithDevCode } from '../support/dev-codes.js';

// The platform mints, @citadel/node verifies: real tokens from a real listening server,
// checked against its published JWKS the way a partner backend does it.
const app = (id: string) => ({
  id, version: '1.0.0', name: { vi: `Ứng dụng ${id}`, en: `App ${id}` }, description: { vi: 'Mô tả', en: 'About' },
  icons: [{ src: 'icon.svg', sizes: 'any' }], entry: `http://${id}.apps.localhost/`, category: 'utilities',
  permissions: [{ name: 'identity', reason: { vi: 'Để chào bạn', en: 'To greet you' } }], minProtocol: '1.0',
});

describe('identity tokens from the platform, verified with @citadel/node', () => {
  let database: Database;
  let server: PlatformServer;
  let listening: ListeningServer;
  let issuer: string;
  let call: ReturnType<typeof hostClient>;
  let cookie: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citadel-e2e-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    database = await openDatabase({ kind: 'pglite' });
    server = await createPlatformServer({ hostDir: dir, database, apps: [{ manifest: app('water'), dir }, { manifest: app('school'), dir }], port: 0 });
    listening = await server.listen();
    issuer = `http://localhost:${listening.port}`;
    call = hostClient(listening.port);
    cookie = (await registerWithDevCode(call, listening.port, { phone: '0914000111', password: 'end to end', name: 'Nguyễn Thị Lan' })).cookie!;
    await call('PUT', '/api/identity/grants/water', { claims: ['name', 'verificationLevel'] }, cookie);
    await call('PUT', '/api/identity/grants/school', { claims: [] }, cookie);
  });
  afterAll(async () => {
    await listening?.close();
    await database?.close();
  });

  const mint = async (appId: string, nonce = 'nonce-e2e-1', claims: string[] = []) =>
    (await call('POST', '/api/identity/token', { appId, nonce, claims }, cookie)).body.token as string;
  const reason = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: unknown) => (isIdTokenError(e) ? e.reason : String(e)));

  it('verifies a fresh token with its granted claims and nonce', async () => {
    const claims = await verifyIdToken(await mint('water', 'nonce-e2e-2', ['name', 'verificationLevel']), { appId: 'water', issuer, nonce: 'nonce-e2e-2' });
    expect(claims).toMatchObject({ aud: 'water', iss: issuer, name: 'Nguyễn Thị Lan', verificationLevel: 'none', nonce: 'nonce-e2e-2' });
    expect(claims.exp - claims.iat).toBe(300);
  });

  it('gives the same citizen different subs in two apps', async () => {
    const water = await verifyIdToken(await mint('water'), { appId: 'water', issuer });
    const school = await verifyIdToken(await mint('school'), { appId: 'school', issuer });
    expect(water.sub).not.toBe(school.sub);
  });

  it('rejects a real token for the wrong app, issuer, nonce, time, or after tampering', async () => {
    const token = await mint('water');
    expect(await reason(verifyIdToken(token, { appId: 'school', issuer }))).toBe('WRONG_AUDIENCE');
    expect(await reason(verifyIdToken(token, { appId: 'water', issuer: 'http://localhost:1', jwksUrl: `${issuer}/.well-known/jwks.json` }))).toBe('WRONG_ISSUER');
    expect(await reason(verifyIdToken(token, { appId: 'water', issuer, nonce: 'another-nonce' }))).toBe('NONCE_MISMATCH');
    expect(await reason(verifyIdToken(token, { appId: 'water', issuer, now: new Date(Date.now() + 6 * 60_000) }))).toBe('EXPIRED');
    expect(await reason(verifyIdToken(token, { appId: 'water', issuer, now: new Date(Date.now() - 60_000) }))).toBe('NOT_YET_VALID');
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), name: 'Someone Else' })).toString('base64url');
    expect(await reason(verifyIdToken(`${header}.${forged}.${signature}`, { appId: 'water', issuer }))).toBe('BAD_SIGNATURE');
  });

  it('keeps verifying through a rotation: the next key is published before any token carries it', async () => {
    const before = await mint('water');
    await server.keys.rotate();
    const jwks = (await call('GET', '/.well-known/jwks.json')).body as { keys: Array<{ kid: string }> };
    expect(jwks.keys).toHaveLength(2);
    await expect(verifyIdToken(before, { appId: 'water', issuer })).resolves.toMatchObject({ aud: 'water' });
    await expect(verifyIdToken(await mint('water'), { appId: 'water', issuer })).resolves.toMatchObject({ aud: 'water' });
  });

  it('lets the partner client read its app with issued credentials, and refuses wrong ones', async () => {
    const issued = await server.credentials.issue('water');
    const client = createPartnerClient({ platformUrl: issuer, clientId: issued.clientId, clientSecret: issued.clientSecret });
    expect(await client.getApp()).toEqual({ id: 'water', status: 'active', suspension: null, name: { vi: 'Ứng dụng water', en: 'App water' } });
    const wrong = createPartnerClient({ platformUrl: issuer, clientId: issued.clientId, clientSecret: 'cs_wrong' });
    const error = await wrong.getApp().catch((e: unknown) => e);
    expect(isPartnerApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED').toBe(true);
  });
});
