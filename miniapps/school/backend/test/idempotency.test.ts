import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sendTwice, testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openSchoolDatabase } from '../src/db/open.js';
import { startSchoolBackend } from '../src/server.js';

// Issue 16: a double tap or a retry of "Send" asks for leave once. The app sends one Idempotency-Key per form.
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const appOrigin = 'https://school.apps.citadel.example';
// Tuesday 1 December 2026, 09:00 in Huế.
const clock = () => new Date('2026-12-01T02:00:00Z');

describe.each(testDatabases(openSchoolDatabase))('leave requests sent once per Idempotency-Key on $name', (testDb) => {
  const t = useTestBackend({ appId: 'school', appOrigin, database: testDb, manifest, now: clock, start: (options) => startSchoolBackend({ ...options, now: clock }) });
  const ask = (key: string, reason = 'Cháu bị sốt') => t.call('/pupils/hs-801/leave/new', {
    sub: 'p-hoa', body: { from: '2026-12-02', to: '2026-12-02', kind: 'sick', reason }, headers: { 'idempotency-key': key },
  });
  const count = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leave_requests WHERE pupil_id = 'hs-801'`))[0]!.n;

  it('asks once for a key sent twice; another request under the key is refused; the overlap of a new key is said', async () => {
    expect((await t.call('/link', { sub: 'p-hoa', method: 'POST', claims: { phone_number: '+84900000201', name: 'Nguyễn Thị Hoa' } })).status).toBe(200);
    expect((await sendTwice(() => ask('leave-1'))).status).toBe(201);
    expect(await ask('leave-1', 'Lý do khác')).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    // A new key is a new request: the same days overlap the first.
    expect(await ask('leave-2')).toMatchObject({ status: 409, body: { code: 'OVERLAPS' } });
    expect(await count()).toBe(1);
  });
});
