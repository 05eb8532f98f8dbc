import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startTourismBackend } from '../../miniapps/tourism/backend/src/server.js';
import { noSideScroll, paymentSheet as sheet, PHONE, signedUpCitizen, topUp, useJourney } from './support/journey.js';

const APP = 'tourism';
/** Where the tests' 390 px screenshots go (git-ignored). */
const SCREENSHOTS = resolve(import.meta.dirname, '../../tests/screenshots');
/** A picture that has loaded: its natural width, 0 until then. */
const loadedWidth = (img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0);

// Du lịch Huế, end to end: a citizen tops up their wallet, finds what is near them (with the
// host's location prompt), opens the Imperial City, buys a ticket through the host-drawn payment
// sheet, sees it paid (the backend's word, from the platform's signed webhook) with its QR code,
// and rates the place.
describe('the tourism mini-app, end to end through the real host, platform and its backend', () => {
  const journey = useJourney(APP, (options) => startTourismBackend({ ...options }));

  it('finds what is near, buys an Imperial City ticket, shows it paid with its QR code, and rates the place', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Trần Thị Hoa', phone: '0905 222 888', password: 'mật khẩu du lịch' }, { pin: true });
    await context.grantPermissions(['geolocation'], { origin: journey.origin });
    // On Lê Huân street, just inside the Citadel, a short walk from the Noon Gate.
    await context.setGeolocation({ latitude: 16.4690, longitude: 107.5790 });
    await topUp(page, journey.origin, 500_000);

    await page.goto(`${journey.origin}/app/${APP}`);
    const frame = await journey.appFrame(page);
    // The list is public, searchable without accents.
    await expect.poll(() => frame.getByTestId('place-card').count()).toBeGreaterThanOrEqual(28);
    // At 390 px: the search box is labelled and a touch target of at least 44 px (it was 21 px tall).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await frame.getByRole('searchbox', { name: 'Tìm điểm đến' }).getAttribute('data-testid')).toBe('search');
    expect((await frame.getByTestId('search').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Each card has its place's picture, from the app's own origin, sized before it loads, loaded only near the screen.
    const thumb = frame.locator('[data-testid="place-card"][data-id="dai-noi"] [data-testid="place-photo"]');
    await expect.poll(() => thumb.evaluate(loadedWidth)).toBeGreaterThan(0);
    expect(await thumb.evaluate((img: HTMLImageElement) => [new URL(img.currentSrc).origin === location.origin, img.loading, img.width, img.height]))
      .toEqual([true, 'lazy', 96, 72]);
    expect(await frame.locator('[data-testid="place-card"]').last().getByTestId('place-photo').evaluate(loadedWidth)).toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'tourism-places-390.png') });
    await page.setViewportSize(PHONE);
    await frame.getByTestId('search').fill('thien mu');
    await expect.poll(() => frame.getByTestId('place-card').count()).toBe(1);
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'tourism: places and search');

    // Near me, through the host's location prompt.
    await frame.getByTestId('tab-near').click();
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-precise').check();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('near-place').count()).toBe(5);
    expect(await frame.getByTestId('near-place').first().getAttribute('data-id')).toBe('dai-noi');
    expect(await frame.getByTestId('near-place').first().getByTestId('distance').textContent()).toMatch(/^\d+ m$/);
    expect(await frame.getByTestId('near-toilet').count()).toBe(5);
    // Where the citizen is shows as the map's "Bạn" pin, never as raw coordinates.
    expect(await frame.getByTestId('here').textContent()).toBe('Quanh vị trí hiện tại của bạn (chấm «Bạn» trên bản đồ).');
    expect(await frame.getByTestId('near-toilet').first().textContent()).toMatch(/Ngọ Môn.*\d+ m/);
    // On the map: the citizen's position and a labelled pin for each place and toilet listed.
    const map = frame.getByTestId('near-map');
    await expect.poll(() => map.locator('[data-kind]').count()).toBe(10);
    expect(await map.locator('path.kit-here').count()).toBe(1);
    expect(await map.locator('.kit-here-label').textContent()).toBe('Bạn');
    expect(await map.locator('.kit-pin-label').allTextContents()).toEqual(expect.arrayContaining(['Đại Nội Huế']));
    expect(await map.locator('.kit-pin-label').count()).toBe(10);
    // Built without VITE_MAP_TILE_URL: the web kit's offline fixture tiles, drawn in the page, no tile server asked.
    await expect.poll(() => map.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await map.locator('img.leaflet-tile').evaluateAll((tiles) => tiles.every((t) => (t as HTMLImageElement).src.startsWith('data:image/svg+xml,')))).toBe(true);
    await expectAccessible(page, 'tourism: near me with the map');
    expect(await noSideScroll(frame)).toBe(true);

    // The Imperial City: hours, price; one ticket bought at the backend's price.
    await frame.getByTestId('near-place').first().click();
    await expect.poll(() => frame.getByTestId('place-name').textContent()).toBe('Đại Nội Huế');
    // Its picture, said in Vietnamese for a screen reader.
    const photo = frame.locator('[data-testid="place"] [data-testid="place-photo"]');
    await expect.poll(() => photo.evaluate(loadedWidth)).toBeGreaterThan(0);
    expect(await photo.getAttribute('alt')).toBe('Hình vẽ minh hoạ: cổng thành có lầu hai tầng mái vàng');
    expect(await frame.getByTestId('place-hours').textContent()).toBe('Mở cửa 06:30–17:30');
    expect(await frame.getByTestId('place-price').textContent()).toMatch(/200\.000\s*₫/);
    await expectAccessible(page, 'tourism: place');
    await frame.getByTestId('buy').click();
    // The first signed call: the host asks once to share the pairwise id with the app.
    await page.getByTestId('consent-allow').click();
    await sheet(page, 'ready').waitFor();
    expect(await page.getByTestId('pay-amount').textContent()).toMatch(/200\.000\s*₫/);
    expect(await page.getByTestId('pay-description').textContent()).toContain('Vé tham quan Đại Nội Huế × 1');
    await page.getByTestId('pay-pin').fill('246810');
    await page.getByTestId('pay-confirm').click();

    // Paid only once the backend saw the platform's signed webhook; then the QR code.
    await expect.poll(() => frame.getByTestId('ticket-status').getAttribute('data-status'), { timeout: 20_000 }).toBe('paid');
    expect(Number(await frame.getByTestId('ticket-qr').getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    // The app moved on to the ticket, which holds the focus (the web kit's screens), not the page's body.
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('view');
    const code = (await frame.getByTestId('ticket-code').textContent())!;
    expect(code).toMatch(/^TK-[\w-]+\.dai-noi\.1\.[\w-]{22}$/);
    await expectAccessible(page, 'tourism: ticket paid');
    // The gate's check (no origin: not a browser call) confirms the code.
    const check = await (await fetch(`${journey.backend.url}/public/tickets/check?code=${encodeURIComponent(code)}`)).json();
    expect(check).toMatchObject({ valid: true, placeId: 'dai-noi', quantity: 1 });
    expect(await noSideScroll(frame)).toBe(true);
    await frame.getByTestId('tab-tickets').click();
    await expect.poll(() => frame.locator('[data-testid="ticket"] [data-testid="ticket-status"]').getAttribute('data-status')).toBe('paid');
    await expectAccessible(page, 'tourism: tickets');

    // Rate the place; the review shows, without the citizen's name.
    await frame.getByTestId('tab-places').click();
    await frame.getByTestId('search').fill('dai noi');
    await frame.locator('[data-testid="place-card"][data-id="dai-noi"]').click();
    await frame.getByTestId('star-5').click();
    await frame.getByTestId('review-comment').fill('Rất đẹp, nên đi buổi sáng sớm.');
    await frame.getByTestId('review-submit').click();
    await expect.poll(() => frame.getByTestId('review-result').textContent()).toContain('5/5');
    await expect.poll(() => frame.getByTestId('review-entry').count()).toBe(1);
    expect(await frame.getByTestId('review-entry').getAttribute('data-stars')).toBe('5');
    expect(await frame.getByTestId('review-comment-text').textContent()).toBe('Rất đẹp, nên đi buổi sáng sớm.');
    expect(await frame.getByTestId('review-summary').textContent()).toContain('5★ (1');
    expect(await frame.getByTestId('place').textContent()).not.toContain('Trần Thị Hoa');
    await context.close();
  });
});
