import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { CONSOLE_HOST, CONSOLE_ORIGIN, HOST, citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

const BASE = '/api/developer/v1';
const basic = (clientId: string, clientSecret: string) => `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;

// Credentials self-service on the developer API (docs/credentials-and-webhooks.md): two active client secrets at most,
// either revocable at once (but not the last), a rotation whose old secret works for a day, every action audited.
describe.each(testDatabases)('client secrets self-service on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let owner: ReturnType<typeof citizenClient>;
  let outsider: ReturnType<typeof citizenClient>;
  let ownerId: string;
  /** A call of the partner API with these credentials: what a partner backend does. */
  const partnerStatus = async (clientId: string, clientSecret: string) =>
    (await server.app.request(`http://${HOST}/api/partner/v1/webhooks`, { headers: { host: HOST, authorization: basic(clientId, clientSecret) } })).status;
  /** A CI pipeline's call of the developer API: the app's credentials, no session, no Origin. */
  const pipeline = async (authorization: string, method: string, path: string, body?: unknown) => {
    const response = await server.app.request(`${CONSOLE_ORIGIN}${BASE}${path}`, {
      method, headers: { host: CONSOLE_HOST, authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const create = (body: unknown = {}) => owner.post(`${BASE}/apps/meter/credentials`, body);
  const revoke = (clientId: string) => owner.post(`${BASE}/apps/meter/credentials/${clientId}/revoke`);
  const list = async () => (await owner.get(`${BASE}/apps/meter/credentials`)).body.credentials as Array<Record<string, unknown>>;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    owner = citizenClient(server, { host: CONSOLE_HOST });
    ownerId = (await registerWithCode(owner, smsGateway, { phone: '0905777111', password: 'mật khẩu dài', name: 'Chủ' })).body.citizen.id;
    outsider = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(outsider, smsGateway, { phone: '0905777222', password: 'mật khẩu dài', name: 'Người ngoài' });
    expect((await owner.post(`${BASE}/orgs`, { id: 'hue-water', name: 'Nước Huế' })).status).toBe(201);
    expect((await owner.post(`${BASE}/orgs/hue-water/apps`, { id: 'meter', name: { vi: 'Đồng hồ nước', en: 'Water meter' }, kind: 'hosted' })).status).toBe(201);
    expect((await outsider.post(`${BASE}/orgs`, { id: 'other-org', name: 'Khác' })).status).toBe(201);
  });
  afterAll(() => db.close());

  let first: { clientId: string; clientSecret: string };
  let second: { clientId: string; clientSecret: string };

  it('issues a secret shown once, a second beside it, and refuses a third naming the limit', async () => {
    expect(await list()).toEqual([]);
    const one = await create();
    expect(one).toMatchObject({ status: 201, body: { clientSecret: expect.stringMatching(/^cs_[A-Za-z0-9_-]{43}$/) } });
    expect(one.body.credential).toEqual({
      clientId: expect.stringMatching(/^ck_/), state: 'active', createdAt: expect.any(String), expiresAt: null, revokedAt: null, lastUsedAt: null,
    });
    expect(one.headers.get('cache-control')).toBe('no-store');
    first = { clientId: one.body.credential.clientId, clientSecret: one.body.clientSecret };
    const two = await create();
    expect(two.status).toBe(201);
    second = { clientId: two.body.credential.clientId, clientSecret: two.body.clientSecret };
    expect(await partnerStatus(first.clientId, first.clientSecret)).toBe(200);
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);

    const third = await create();
    expect(third).toMatchObject({ status: 409, body: { code: 'CREDENTIAL_LIMIT', limit: 2 } });
    expect(third.body.message).toContain('at most 2 active client secrets');
    expect(await list()).toHaveLength(2);

    // The list shows when each was last used, and never a secret or its digest.
    const listed = await owner.get(`${BASE}/apps/meter/credentials`);
    expect(listed.body.credentials.map((c: { clientId: string }) => c.clientId).sort()).toEqual([first.clientId, second.clientId].sort());
    expect(listed.body.credentials.every((c: { lastUsedAt: string | null }) => typeof c.lastUsedAt === 'string')).toBe(true);
    const stored = await db.query<{ secret_digest: string }>("SELECT secret_digest FROM app_credentials WHERE app_id = 'meter'");
    for (const text of [first.clientSecret, second.clientSecret, ...stored.map((row) => row.secret_digest)]) expect(JSON.stringify(listed.body)).not.toContain(text);
  });

  it('takes the limit under creations at once: one of two passes', async () => {
    await revoke(second.clientId);
    const both = await Promise.all([create(), create()]);
    expect(both.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const made = both.find((answer) => answer.status === 201)!.body;
    second = { clientId: made.credential.clientId, clientSecret: made.clientSecret };
  });

  it('revokes a secret at once, refuses to revoke the last active one, and answers an ended one as it is', async () => {
    const revoked = await revoke(first.clientId);
    expect(revoked).toMatchObject({ status: 200, body: { credential: { clientId: first.clientId, state: 'revoked', revokedAt: expect.any(String) } } });
    expect(await partnerStatus(first.clientId, first.clientSecret)).toBe(401);
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);

    const last = await revoke(second.clientId);
    expect(last).toMatchObject({ status: 409, body: { code: 'LAST_CREDENTIAL' } });
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);
    expect((await revoke(first.clientId)).body.credential.state).toBe('revoked');
    expect((await revoke('ck_AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await revoke('not-a-client-id')).status).toBe(404);
    // Active first, then the ended ones, newest first.
    expect((await list()).map((c) => c.state)).toEqual(['active', 'revoked', 'revoked']);
  });

  it('rotates with an overlap: the old secret works beside the new one for a day, and is refused once expired', async () => {
    const before = Date.now();
    const rotated = await create({ expireOthers: true });
    expect(rotated.status).toBe(201);
    const fresh = { clientId: rotated.body.credential.clientId, clientSecret: rotated.body.clientSecret };
    const old = (await list()).find((c) => c.clientId === second.clientId)!;
    expect(old.state).toBe('active');
    const expiresIn = Date.parse(old.expiresAt as string) - before;
    expect(expiresIn).toBeGreaterThan(86_400_000 - 60_000);
    expect(expiresIn).toBeLessThan(86_400_000 + 60_000);
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);
    expect(await partnerStatus(fresh.clientId, fresh.clientSecret)).toBe(200);

    // A day later (the clock moved by moving the expiry): the old one is refused, the new one works.
    await db.query("UPDATE app_credentials SET expires_at = now() - interval '1 second' WHERE client_id = $1", [second.clientId]);
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(401);
    expect(await partnerStatus(fresh.clientId, fresh.clientSecret)).toBe(200);
    expect((await list()).find((c) => c.clientId === second.clientId)!.state).toBe('expired');
    // An expired one no longer counts against the limit, and the new one is now the last active.
    expect((await revoke(fresh.clientId)).body.code).toBe('LAST_CREDENTIAL');
    second = fresh;
  });

  it('lets the app\'s own credentials manage them from a pipeline, and nobody outside the organisation', async () => {
    const own = basic(second.clientId, second.clientSecret);
    expect((await pipeline(own, 'GET', '/apps/meter/credentials')).status).toBe(200);
    const made = await pipeline(own, 'POST', '/apps/meter/credentials', {});
    expect(made.status).toBe(201);
    // Another app's credentials, and a member of another organisation, reach nothing of this app.
    const water = await server.credentials.issue('water');
    expect((await pipeline(basic(water.clientId, water.clientSecret), 'GET', '/apps/meter/credentials')).status).toBe(404);
    expect((await outsider.get(`${BASE}/apps/meter/credentials`)).status).toBe(404);
    expect((await outsider.post(`${BASE}/apps/meter/credentials`, {})).status).toBe(404);
    expect((await outsider.post(`${BASE}/apps/meter/credentials/${second.clientId}/revoke`)).status).toBe(404);
    // Not on the host's origin, where the developer API does not answer.
    expect((await citizenClient(server).get(`${BASE}/apps/meter/credentials`)).status).toBe(404);
    expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);

    // Every change is audited: a person by their id, a pipeline as the app's credentials (no actor).
    const audit = await db.query<{ action: string; actor: string | null; client_id: string }>(
      "SELECT action, actor, detail ->> 'clientId' AS client_id FROM partner_audit WHERE app_id = 'meter' AND action LIKE 'credential.%' ORDER BY id");
    expect(audit.map((row) => row.action)).toEqual([
      'credential.create', 'credential.create', 'credential.revoke', 'credential.create', 'credential.revoke', 'credential.create', 'credential.create',
    ]);
    expect(audit.slice(0, -1).every((row) => row.actor === ownerId)).toBe(true);
    expect(audit.at(-1)).toEqual({ action: 'credential.create', actor: null, client_id: made.body.credential.clientId });
  });
});
