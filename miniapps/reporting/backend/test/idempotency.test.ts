import { describe, expect, it } from 'vitest';
import { sendTwice, testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openReportingDatabase } from '../src/db/open.js';
import { startReportingBackend } from '../src/server.js';

// Issue 16: a second tap on "Send" filed the same report twice. The app sends one Idempotency-Key per report.
const appOrigin = 'https://reporting.apps.citadel.example';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
const report = { category: 'roads', description: 'Ổ gà lớn trước số 5 Lê Lợi, xe máy dễ ngã', latitude: 16.4637, longitude: 107.5909, photos: [{ data: jpeg }] };

describe.each(testDatabases(openReportingDatabase))('reports filed once per Idempotency-Key on $name', (testDb) => {
  const t = useTestBackend({ appId: 'reporting', appOrigin, database: testDb, start: (options) => startReportingBackend({ ...options }) });
  const file = (key: string, body: Record<string, unknown> = report) => t.call('/reports', { sub: 'citizen-k', body, headers: { 'idempotency-key': key } });
  const count = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports WHERE sub = 'citizen-k'`))[0]!.n;

  it('files one report for a key sent twice, and for a key sent twice at once', async () => {
    expect((await sendTwice(() => file('report-1'))).status).toBe(201);
    expect(await count()).toBe(1);
    const both = await Promise.all([file('report-2'), file('report-2')]);
    expect(both.filter((b) => b.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(2);
  });

  it('refuses the key with another report, and files again under it once the citizen fixed a refused one', async () => {
    expect(await file('report-1', { ...report, description: 'Một phản ánh khác hẳn, ở chỗ khác' })).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const outside = { ...report, latitude: 21.0285, longitude: 105.8542 };
    expect(await file('report-3', outside)).toMatchObject({ status: 422, body: { code: 'OUT_OF_AREA' } });
    expect((await file('report-3')).status).toBe(201);
    expect(await count()).toBe(3);
  });
});
