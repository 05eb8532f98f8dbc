import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openReportingDatabase } from '../src/db/open.js';
import { startReportingBackend } from '../src/server.js';

const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

// `GET /address`: a position's street and ward for the signed-in citizen; with no GEOCODER_URL, the ward centres.
describe.each(testDatabases(openReportingDatabase))('the reporting backend\'s address of a position on $name', (testDb) => {
  const t = useTestBackend({ appId: 'reporting', appOrigin: 'https://reporting.apps.citadel.example', database: testDb, manifest, start: (options) => startReportingBackend(options) });

  it('names the ward of the nearest centre, approximate, without a geocoder', async () => {
    const answer = await t.call('/address?lat=16.4731&lon=107.6058', { sub: 'citizen-a' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ address: { street: null, ward: 'Phường Vỹ Dạ', source: 'wards' } });
  });

  it('refuses a caller without a token, a position outside Huế naming the area, and a latitude that is not a number', async () => {
    expect((await t.call('/address?lat=16.4731&lon=107.6058')).body.code).toBe('MISSING_TOKEN');
    const hanoi = await t.call('/address?lat=21.03&lon=105.85', { sub: 'citizen-a' });
    expect([hanoi.status, hanoi.body.code]).toEqual([422, 'OUT_OF_AREA']);
    expect(hanoi.body.area).toEqual({ south: 15.9, north: 16.9, west: 107.0, east: 108.3 });
    const bad = await t.call('/address?lat=north&lon=107.6058', { sub: 'citizen-a' });
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_PARAMS']);
    expect(JSON.stringify(bad.body)).toContain('lat');
    expect((await t.call('/address?lat=91&lon=107.6', { sub: 'citizen-a' })).body.code).toBe('INVALID_PARAMS');
  });
});
