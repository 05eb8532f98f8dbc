import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { nearestWard } from '../../miniapps/reporting/backend/src/geocode/ward-centres.js';
import { startReportingBackend } from '../../miniapps/reporting/backend/src/server.js';
import { forTheSuite } from './support/for-the-suite.js';
import { noSideScroll, signedUpCitizen, startJourney } from './support/journey.js';
import { startGeocoder, startTileServer } from './support/map-fixtures.js';

const APP = 'reporting';
const screenshots = resolve(import.meta.dirname, '../../tests/screenshots');

// Real maps (issue 16): the reporting app built with a tile server on another loopback origin (its manifest's
// `backends` then lets the app's policy load them), its backend with a loopback Nominatim-compatible geocoder; the
// citizen's position and the report's labelled pin, a tap moving the pin, the street and ward under it (the ward
// centres once the geocoder fails), the report carrying the moved position; then an alert's polygon in the host.
describe('maps: the report map with configured tiles and reverse geocoding, and an alert area', () => {
  const suite = forTheSuite(async () => {
    const tiles = await startTileServer();
    const geocoder = await startGeocoder({ road: 'Lê Lợi', suburb: 'Phường Vĩnh Ninh' });
    const journey = await startJourney(APP, (options) => startReportingBackend({ ...options, geocoderUrl: `${geocoder.url}/reverse` }),
      { VITE_MAP_TILE_URL: `${tiles.url}/{z}/{x}/{y}.svg` })
      .catch(async (error: unknown) => { await Promise.all([tiles.close(), geocoder.close()]); throw error; });
    return { ...journey, tiles, geocoder, close: () => journey.close().then(() => Promise.all([tiles.close(), geocoder.close()])).then(() => undefined) };
  });

  /** A new citizen at 390 px (at `position` when given) in the app, signed in to its backend, with a description typed. */
  const newReport = async (name: string, phone: string, description: string, position?: { latitude: number; longitude: number }) => {
    const { context, page } = await signedUpCitizen(suite, { name, phone, password: 'mật khẩu bản đồ' }, { context: { viewport: { width: 390, height: 844 } } });
    if (position) {
      await context.grantPermissions(['geolocation'], { origin: suite.origin });
      await context.setGeolocation(position);
    }
    await page.goto(`${suite.origin}/app/${APP}`);
    const frame = await suite.appFrame(page);
    await page.getByTestId('prompt-chip').click();
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('who').getAttribute('data-staff')).toBe('false');
    await frame.getByTestId('description').fill(description);
    return { context, page, frame };
  };

  it('shows the position and a labelled pin, moves the pin on a tap, names street and ward, and files the moved position', async () => {
    const { context, page, frame } = await newReport('Phạm Thị Lan', '0905 444 555', 'Ổ gà lớn giữa đường, xe máy dễ ngã', { latitude: 16.4637, longitude: 107.5909 });

    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-precise').check();
    await page.getByTestId('prompt-allow').click();
    const map = frame.getByTestId('report-map');
    const pin = map.locator('[data-kind="report"]');
    await pin.waitFor();
    await expect.poll(() => map.locator('.kit-pin-label').textContent()).toBe('Nơi xảy ra sự việc');
    expect(await map.locator('.kit-here-label').textContent()).toBe('Bạn ở đây');
    expect(await map.locator('path.kit-here').count()).toBe(1);
    expect(await frame.getByTestId('position').textContent()).toBe('16.46370, 107.59090');
    // The street and ward from the geocoder, asked for the host's position.
    await expect.poll(() => frame.getByTestId('address').textContent()).toBe('Lê Lợi, Phường Vĩnh Ninh');
    expect(await frame.getByTestId('address').getAttribute('data-source')).toBe('geocoder');
    const asked = suite.geocoder.requests.at(-1)!;
    expect([asked.searchParams.get('format'), asked.searchParams.get('lat'), asked.searchParams.get('lon')]).toEqual(['jsonv2', '16.4637', '107.5909']);
    // The configured tiles load from their own origin, which the app's policy allows.
    await expect.poll(() => map.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await map.locator('img.leaflet-tile-loaded').first().getAttribute('src')).toMatch(new RegExp(`^${suite.tiles.url}/17/\\d+/\\d+\\.svg$`));
    expect(suite.tiles.requests.length).toBeGreaterThan(0);
    await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, 'map-390.png') });

    // A tap 60 px right of and 40 px above the pin moves it there: east and north. The geocoder now fails.
    suite.geocoder.state.failing = true;
    const box = (await map.boundingBox())!;
    const before = (await pin.boundingBox())!;
    const target = { x: before.x + before.width / 2 + 60 - box.x, y: before.y + before.height / 2 - 40 - box.y };
    await map.click({ position: target });
    await expect.poll(() => frame.getByTestId('position').textContent()).not.toBe('16.46370, 107.59090');
    const after = (await pin.boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (box.x + target.x))).toBeLessThan(3);
    expect(Math.abs(after.y + after.height / 2 - (box.y + target.y))).toBeLessThan(3);
    const [lat, lon] = (await frame.getByTestId('position').textContent())!.split(', ').map(Number) as [number, number];
    expect(lat).toBeGreaterThan(16.4637);
    expect(lon).toBeGreaterThan(107.5909);
    // The ward of the nearest ward centre, said to be approximate, when the geocoder does not answer.
    await expect.poll(() => frame.getByTestId('address').getAttribute('data-source')).toBe('wards');
    expect(await frame.getByTestId('address').textContent()).toBe(`Phường ${nearestWard(lat, lon)} (phường gần đúng)`);
    expect(await noSideScroll(frame)).toBe(true);

    await frame.getByTestId('submit').click();
    await expect.poll(() => frame.getByTestId('tracking-code').count(), { timeout: 15_000 }).toBe(1);
    const code = (await frame.getByTestId('tracking-code').textContent())!;
    const [stored] = await suite.backend.database.query<{ latitude: number; longitude: number }>('SELECT latitude, longitude FROM reports WHERE code = $1', [code]);
    expect(stored!.latitude).toBeCloseTo(lat, 4);
    expect(stored!.longitude).toBeCloseTo(lon, 4);
    expect(stored!.latitude).not.toBeCloseTo(16.4637, 4);
    await context.close();
  });

  it('lets a citizen who keeps their location to themselves tap the spot on a map of the city', async () => {
    suite.geocoder.state.failing = false;
    const { context, page, frame } = await newReport('Hồ Văn Minh', '0905 444 666', 'Cây đổ chắn ngang vỉa hè');
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-deny').click();
    await expect.poll(() => frame.getByTestId('location-state').textContent()).toBe('Bạn chưa cho phép dùng vị trí.');
    // The map opens on the city, with no position yet and no blue dot: sending now would have no position.
    const map = frame.getByTestId('report-map');
    await map.locator('[data-kind="report"]').waitFor();
    expect(await map.locator('path.kit-here').count()).toBe(0);
    expect(await frame.getByTestId('position').textContent()).toBe('');
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2 - 50, y: box.height / 2 + 30 } });
    await expect.poll(() => frame.getByTestId('position').textContent()).toMatch(/^16\.46\d{3}, 107\.59\d{3}$/);
    await expect.poll(() => frame.getByTestId('address').textContent()).toBe('Lê Lợi, Phường Vĩnh Ninh');
    const [lat, lon] = (await frame.getByTestId('position').textContent())!.split(', ').map(Number) as [number, number];
    // West and south of the city centre the map opened on.
    expect(lat).toBeLessThan(16.4637);
    expect(lon).toBeLessThan(107.5909);
    await frame.getByTestId('submit').click();
    await expect.poll(() => frame.getByTestId('tracking-code').count(), { timeout: 15_000 }).toBe(1);
    const code = (await frame.getByTestId('tracking-code').textContent())!;
    const [stored] = await suite.backend.database.query<{ latitude: number; longitude: number }>('SELECT latitude, longitude FROM reports WHERE code = $1', [code]);
    expect([stored!.latitude, stored!.longitude].map((n) => n.toFixed(5))).toEqual([lat.toFixed(5), lon.toFixed(5)]);
    await context.close();
  });

  it('draws an alert\'s polygon on the map of its detail page', async () => {
    const authority = await signedUpCitizen(suite, { name: 'Ban Chỉ huy PCTT', phone: '0905 777 999', password: 'mật khẩu cảnh báo' },
      { context: { viewport: { width: 390, height: 844 } } });
    await suite.database.query("UPDATE citizens SET roles = '{authority}' WHERE phone = '+84905777999'");
    // A ring around the riverside of Vĩnh Ninh and Phú Hội, [latitude, longitude] as CAP writes it.
    const ring = [[16.4700, 107.5850], [16.4700, 107.5990], [16.4620, 107.5990], [16.4620, 107.5850], [16.4700, 107.5850]];
    const id = await authority.page.evaluate(async (polygon) => {
      const response = await fetch('/api/alerts', {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'map-test-1' },
        body: JSON.stringify({
          sender: 'Ban Chỉ huy PCTT', severity: 'severe', category: 'flood',
          headline: { vi: 'Ngập ven sông Hương' }, description: { vi: 'Nước tràn bờ đoạn Lê Lợi.' },
          area: { description: 'Ven sông Hương', wards: [], polygons: [polygon] }, expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      });
      return ((await response.json()) as { alert: { id: string } }).alert.id;
    }, ring);
    await authority.page.goto(`${suite.origin}/alerts/${id}`);
    const area = authority.page.getByTestId('alert-area-map');
    await expect.poll(() => area.locator('path.alert-polygon').count()).toBe(1);
    expect(await area.getAttribute('aria-label')).toBe('Bản đồ vùng cảnh báo');
    await expectAccessible(authority.page, 'alert detail with its area map');
    // Fitted to the ring: the drawn shape is wider than tall (14 × 8 hundredths of a degree) and inside the map.
    const shape = (await area.locator('path.alert-polygon').boundingBox())!;
    const frame = (await area.boundingBox())!;
    expect(shape.width).toBeGreaterThan(shape.height);
    expect(shape.x).toBeGreaterThanOrEqual(frame.x);
    expect(shape.x + shape.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(await noSideScroll(authority.page)).toBe(true);
    await area.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await authority.page.screenshot({ path: resolve(screenshots, 'alert-area-390.png') });
    await authority.context.close();
  });
});
