import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { kitchenSinkAlone, useHostPlatform } from './support/host-platform.js';
import { signedUpCitizen } from './support/journey.js';

/**
 * The kitchen sink's page replaced by one that speaks the bridge by hand and floods it: calls in bursts, never
 * waiting for answers, until the host ends its session.
 */
const floodingPage = `<!doctype html><meta charset="utf-8"><script>
addEventListener('message', (e) => {
  if (e.source !== parent || e.data?.type !== 'citadel:welcome' || !e.ports[0]) return;
  const port = e.ports[0];
  let closed = false;
  let id = 0;
  port.onmessage = (m) => { if (m.data?.type === 'citadel:closed') closed = true; };
  const burst = () => {
    if (closed) return;
    for (let i = 0; i < 300; i++) port.postMessage({ type: 'citadel:call', id: ++id, method: 'ui.getTheme', params: {} });
    setTimeout(burst, 0);
  };
  burst();
});
parent.postMessage({ type: 'citadel:hello', v: '1.0' }, '*');
</script>`;

describe('citizen host: an app that floods the bridge is closed, the citizen told and the operator told', () => {
  const env = useHostPlatform(kitchenSinkAlone());

  it('closes the flooding app, says why in Vietnamese and English, reports it, and stays usable', async () => {
    const { context, page } = await signedUpCitizen(env, { name: 'Phan Văn Em', phone: '0916 555 444', password: 'quá nhiều yêu cầu' },
      { context: { viewport: { width: 390, height: 800 } } });
    await context.route(`http://kitchen-sink.apps.localhost:${env.server.port}/**`, (route) =>
      route.request().resourceType() === 'document' ? route.fulfill({ contentType: 'text/html', body: floodingPage }) : route.continue());
    await page.goto(`${env.origin}/`);
    const report = page.waitForResponse((r) => r.url().endsWith('/api/apps/kitchen-sink/abuse-reports'));
    await page.getByTestId('app-kitchen-sink').click();

    const notice = page.getByTestId('abuse-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Ứng dụng Trải nghiệm nền tảng đã bị đóng vì gửi quá nhiều yêu cầu');
    await expectAccessible(page, 'app closed for flooding notice');
    expect(await page.locator('citadel-app-view').count()).toBe(0);
    expect(await page.locator('iframe').count()).toBe(0);
    expect((await report).status()).toBe(204);
    const events = await env.database.query<{ kind: string; subject: string }>("SELECT kind, subject FROM security_events WHERE kind = 'frame-rate-abuse'");
    expect(events).toEqual([{ kind: 'frame-rate-abuse', subject: 'kitchen-sink' }]);

    // The host answers the citizen at once: the language switch and the search still work.
    await page.getByTestId('lang').click();
    expect(await notice.textContent()).toContain('The app Platform demo was closed because it sent too many requests');
    await page.getByTestId('search').fill('platform');
    expect(await page.getByTestId('app-kitchen-sink').count()).toBe(1);
    await notice.getByRole('button').click();
    expect(await page.getByTestId('abuse-notice').count()).toBe(0);
    await context.close();
  });
});
