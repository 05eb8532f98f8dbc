import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { kitchenSinkAlone, useHostPlatform } from './support/host-platform.js';

// A plain app page (tests/fixtures/app.html), published as a hosted app's version 1 with `location`, then as
// version 2 that adds `notifications`: the citizen who opened version 1 is told, in their language, before it opens.
const page = resolve(import.meta.dirname, '../../tests/fixtures/dist/apps');
const manifest = (permissions: string[], version: string) => ({
  id: 'parking',
  version,
  name: { vi: 'Gửi xe', en: 'Parking' },
  description: { vi: 'Tìm chỗ gửi xe', en: 'Find parking' },
  icons: [{ src: '/icon.svg', sizes: 'any' }],
  entry: 'http://parking.apps.localhost/app.html',
  category: 'public-services',
  permissions: permissions.map((name) => ({ name, reason: { vi: 'Cần thiết', en: 'Needed' } })),
  minProtocol: '1.0',
});

describe('a version that adds a permission, through the real host and platform', () => {
  const env = useHostPlatform([...kitchenSinkAlone()!, { manifest: manifest(['location'], '1.0.0'), dir: page }]);

  it('opens version 1 at once, then says what version 2 adds before opening it, in Vietnamese and English', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${env.origin}/`);
    await tab.getByTestId('app-parking').first().click();
    await env.appFrame(tab, 'parking');
    await tab.getByTestId('app-close').click();

    await env.platform.publish({ manifest: manifest(['location', 'notifications'], '1.1.0'), dir: page });
    await tab.getByTestId('app-parking').first().click();
    const notice = tab.getByTestId('app-updated');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Gửi xe có phiên bản mới');
    expect(await notice.textContent()).toContain('Phiên bản này muốn dùng thêm: thông báo.');
    await expectAccessible(tab, 'app updated notice');
    expect(tab.frames().some((f) => f.url().includes('parking.apps'))).toBe(false);
    // Going back opens nothing, and asks again next time.
    await tab.getByTestId('app-update-close').click();
    await tab.getByTestId('lang').click();
    await tab.getByTestId('app-parking').first().click();
    await notice.waitFor();
    expect(await notice.textContent()).toContain('This version wants to use more: notifications.');
    await tab.getByTestId('app-update-open').click();
    const frame = await env.appFrame(tab, 'parking');
    expect(new URL(frame.url()).searchParams.get('citadel_version')).toMatch(/^[0-9a-f]{16}$/);
    // Accepted: the next opening goes straight in.
    await tab.getByTestId('app-close').click();
    await tab.getByTestId('app-parking').first().click();
    await env.appFrame(tab, 'parking');
    expect(await tab.getByTestId('app-updated').count()).toBe(0);
    await context.close();
  });
});
