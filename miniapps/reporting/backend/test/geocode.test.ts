import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createReverseGeocoder } from '../src/geocode/reverse-geocoder.js';
import { nearestWard, WARD_CENTRES } from '../src/geocode/ward-centres.js';

const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((done) => { s.closeAllConnections(); s.close(done); }))));

/** A loopback geocoder answering each request with `answer`; resolves with its `/reverse` URL and what it was asked. */
async function geocoder(answer: (url: URL) => { status: number; body?: unknown } | 'never'): Promise<{ url: string; asked: URL[] }> {
  const asked: URL[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    asked.push(url);
    const reply = answer(url);
    if (reply === 'never') return;
    response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/reverse`, asked };
}

describe('reverse geocoding: a configured Nominatim-compatible provider, the ward centres when it fails', () => {
  it('asks the provider as Nominatim is asked and reads the street and ward of its answer', async () => {
    const provider = await geocoder(() => ({ status: 200, body: { address: { road: 'Lê Lợi', suburb: 'Phường Vĩnh Ninh', city: 'Thành phố Huế' } } }));
    expect(await createReverseGeocoder({ url: provider.url }).reverse(16.4637, 107.5909)).toEqual({ street: 'Lê Lợi', ward: 'Phường Vĩnh Ninh', source: 'geocoder' });
    expect(Object.fromEntries(provider.asked[0]!.searchParams)).toEqual({
      format: 'jsonv2', lat: '16.4637', lon: '107.5909', zoom: '18', addressdetails: '1', 'accept-language': 'vi',
    });
  });

  it('takes the quarter first, then the suburb, then the district, and writes "Phường" before a bare ward name', async () => {
    const provider = await geocoder(() => ({ status: 200, body: { address: { quarter: 'Phú Hội', suburb: 'Khu vực 1', city_district: 'Quận X' } } }));
    expect(await createReverseGeocoder({ url: provider.url }).reverse(16.466, 107.597)).toEqual({ street: null, ward: 'Phường Phú Hội', source: 'geocoder' });
  });

  it('falls back to the nearest ward centre on a refusal, a wardless answer, no answer in time, or no server', async () => {
    const fallback = { street: null, ward: 'Phường Vỹ Dạ', source: 'wards' };
    const vyDa = WARD_CENTRES.find((w) => w.ward === 'Vỹ Dạ')!;
    const refusing = await geocoder(() => ({ status: 503 }));
    const wardless = await geocoder(() => ({ status: 200, body: { address: { road: 'Nguyễn Sinh Cung' } } }));
    const notJson = await geocoder(() => ({ status: 200 }));
    const silent = await geocoder(() => 'never');
    for (const url of [refusing.url, wardless.url, notJson.url]) {
      expect(await createReverseGeocoder({ url }).reverse(vyDa.latitude, vyDa.longitude)).toEqual(fallback);
    }
    expect(await createReverseGeocoder({ url: silent.url, timeoutMs: 200 }).reverse(vyDa.latitude, vyDa.longitude)).toEqual(fallback);
    expect(silent.asked).toHaveLength(1);
    const closed = await geocoder(() => ({ status: 200 }));
    await new Promise((done) => { servers[servers.length - 1]!.close(done); });
    expect(await createReverseGeocoder({ url: closed.url }).reverse(vyDa.latitude, vyDa.longitude)).toEqual(fallback);
    expect(await createReverseGeocoder().reverse(vyDa.latitude, vyDa.longitude)).toEqual(fallback);
  });

  it('names, for each ward centre, its own ward, and keeps "Phường Đúc" as it is written', () => {
    for (const centre of WARD_CENTRES) expect(nearestWard(centre.latitude, centre.longitude)).toBe(centre.ward);
    expect(nearestWard(16.4510, 107.5770)).toBe('Phường Đúc');
  });
});
