import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openReportingDatabase } from '../src/db/open.js';
import { startReportingBackend } from '../src/server.js';

const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const appOrigin = 'https://reporting.apps.citadel.example';
const good = { category: 'roads', description: 'Ổ gà lớn giữa đường Lê Lợi, xe máy dễ ngã', latitude: 16.4637, longitude: 107.5909 };

// The app's offline outbox sends a report again after a lost answer or a reload, always with the key it was queued under.
describe.each(testDatabases(openReportingDatabase))('reports sent with an Idempotency-Key, on $name', (testDb) => {
  const t = useTestBackend({ appId: 'reporting', appOrigin, database: testDb, manifest, start: (options) => startReportingBackend(options) });
  const count = async (sub: string) => Number((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM reports WHERE sub = $1', [sub]))[0]!.n);
  const file = (sub: string, key: string, body: Record<string, unknown> = good) =>
    t.call('/reports', { sub, body, headers: { 'idempotency-key': key } });

  it('files one report per key and citizen: a repeat answers the same report with 200', async () => {
    const first = await file('citizen-k', 'key-1');
    expect(first.status).toBe(201);
    const again = await file('citizen-k', 'key-1');
    expect(again.status).toBe(200);
    expect(again.body.report.code).toBe(first.body.report.code);
    expect(again.body.notification).toBe('replayed');
    expect(await count('citizen-k')).toBe(1);
    // Another key is another report; the same key of another citizen is theirs.
    expect((await file('citizen-k', 'key-2')).status).toBe(201);
    expect((await file('citizen-l', 'key-1')).status).toBe(201);
    expect(await count('citizen-k')).toBe(2);
    expect(await count('citizen-l')).toBe(1);
  });

  it('files one report when the same key arrives several times at once', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => file('citizen-m', 'at-once')));
    expect(new Set(answers.map((a) => a.body.report.code)).size).toBe(1);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await count('citizen-m')).toBe(1);
  });

  it('refuses a key that is empty, too long or not visible ASCII, naming the limit, and files nothing', async () => {
    for (const key of ['', 'x'.repeat(256), 'café', 'a b']) {
      const answer = await file('citizen-n', key);
      expect(answer.status, JSON.stringify(key)).toBe(400);
      expect(answer.body).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', limit: 255 });
    }
    expect(await count('citizen-n')).toBe(0);
  });
});
