import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sendTwice, testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openTourismDatabase } from '../src/db/open.js';
import { startTourismBackend } from '../src/server.js';

// Issue 16: one ticket, and one platform order, per ticket the visitor means to buy, however often "Buy" is sent.
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const appOrigin = 'https://tourism.apps.citadel.example';

describe.each(testDatabases(openTourismDatabase))('tickets bought once per Idempotency-Key on $name', (testDb) => {
  const t = useTestBackend({ appId: 'tourism', appOrigin, database: testDb, manifest, start: (options) => startTourismBackend({ ...options }) });
  const buy = (key: string, quantity = 2) => t.call('/tickets', { sub: 'visitor-k', body: { placeId: 'dai-noi', quantity }, headers: { 'idempotency-key': key } });
  const count = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE sub = 'visitor-k'`))[0]!.n;

  it('makes one ticket and one order for a key sent twice, and refuses another quantity under it', async () => {
    expect((await sendTwice(() => buy('ticket-1'))).status).toBe(201);
    expect(await count()).toBe(1);
    expect(await buy('ticket-1', 3)).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect((await buy('ticket-2', 3)).status).toBe(201);
    expect(await count()).toBe(2);
  });
});
