import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { copyFixture, startCitadelDev, type DevProcess } from '../support/citadel-dev.js';

// Issue 15, `citadel dev`: a copy of packages/cli/test/fixtures/dev-app (a mini-app with a Hono backend that verifies
// tokens and webhooks with @citadel/node) run by the built CLI on free ports, its simulator driven in real Chromium.

let project: ReturnType<typeof copyFixture>;
let dev: DevProcess;
let browser: Browser;
let page: Page;
let app: FrameLocator;

const call = (method: string) => page.locator(`[data-testid="call"][data-method="${method}"]`);
const backendPort = () => Number(/^Backend: http:\/\/localhost:(\d+)/m.exec(dev.output())?.[1]);
const accepts = (port: number) => new Promise<boolean>((done) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => (socket.destroy(), done(true)));
  socket.once('error', () => done(false));
});

beforeAll(async () => {
  project = copyFixture('dev-app');
  dev = await startCitadelDev(project.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(dev.simulator);
  // A step that cannot happen fails within the test's time, naming the step, rather than waiting for ever.
  page.setDefaultTimeout(20_000);
  app = page.frameLocator('citadel-app-view iframe');
}, 120_000);

afterEach((context) => {
  // What citadel dev, Vite and the backend printed explains a failure better than the page does.
  if (context.task.result?.state === 'fail') console.error(`citadel dev printed:\n${dev.output().slice(-4000)}`);
});

afterAll(async () => {
  await browser?.close();
  const port = dev ? backendPort() : 0;
  expect(await dev?.stop()).toBe(0);
  // citadel dev ended the backend it started: nothing listens on its port any more.
  if (port) expect(await accepts(port)).toBe(false);
  project?.remove();
});

describe('citadel dev', () => {
  it('prints its simulator on localhost, and frames the app from its own Vite dev server on another site', async () => {
    expect(dev.simulator).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(dev.output()).toMatch(/^App \(Vite\): http:\/\/dev-fixture\.apps\.localhost:\d+\/$/m);
    await expect.poll(() => app.locator('#greeting').textContent()).toBe('Xin chào');
    expect(await page.locator('citadel-app-view iframe').getAttribute('src')).toMatch(/^http:\/\/dev-fixture\.apps\.localhost:\d+\/$/);
    await expect.poll(() => call('app.ready').count()).toBe(1);
    // The manifest's icon, relative to the entry, comes from the dev server too.
    await expect.poll(() => page.locator('citadel-app-view header img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  it('signs in: the consent prompt, a token the backend verifies against the test platform, and the call in the inspector', async () => {
    await app.locator('#sign-in').click();
    await page.locator('[data-testid="consent-allow"]').click();
    await expect.poll(() => app.locator('#session').textContent()).toBe('Hello Nguyễn Thị Thử (pw-dev-citizen)');
    const getToken = call('identity.getToken');
    expect(await getToken.getAttribute('data-outcome')).toBe('ok');
    expect(await getToken.locator('[data-testid="call-duration"]').textContent()).toMatch(/^\d+ ms$/);
    expect(await getToken.locator('[data-testid="call-params"]').textContent()).toContain('"claims"');
    expect(await page.locator('[data-testid="decision"][data-permission="identity"]').getAttribute('data-granted')).toBe('true');
    expect(await page.locator('[data-testid="grants"]').textContent()).toContain('identity: cho phép');
  });

  it('lets the app notify: the permission prompt, then the test platform\'s grant, so the backend\'s send goes through', async () => {
    await app.locator('#notify').click();
    await page.locator('[data-testid="prompt-allow"]').click();
    await expect.poll(() => app.locator('#notification').textContent()).toMatch(/^granted true, notified \S+$/);
    expect(await page.locator('[data-testid="decision"][data-permission="notifications"]').getAttribute('data-granted')).toBe('true');
    expect(await call('notifications.requestPermission').getAttribute('data-outcome')).toBe('ok');
  });

  it('sends host events to the app: hide and show, then back (no back button shown: the host closes it) and a relaunch', async () => {
    await page.locator('[data-testid="event-hide"]').click();
    await page.locator('[data-testid="event-show"]').click();
    await expect.poll(() => app.locator('#events li').allTextContents()).toEqual(['hide', 'show']);
    await page.locator('[data-testid="event-back"]').click();
    await expect.poll(() => page.locator('[data-testid="app-closed"]').count()).toBe(1);
    await page.locator('[data-testid="relaunch"]').click();
    await expect.poll(() => app.locator('#greeting').textContent()).toBe('Xin chào');
  });

  it('mints tokens only for its own page: a write from the app\'s origin, or with no origin, is refused 403 CROSS_SITE', async () => {
    const appOrigin = /^App \(Vite\): (http:\/\/[^/]+)\//m.exec(dev.output())![1]!;
    for (const headers of [{ origin: appOrigin }, {}]) {
      const response = await fetch(`${dev.simulator}__citadel/identity/token`, {
        method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ nonce: 'nonce-from-elsewhere', claims: [] }),
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'CROSS_SITE' });
    }
  });

  it('answers what it does not do with UNSUPPORTED, and supports() says false', async () => {
    await app.locator('#locate').click();
    await expect.poll(() => app.locator('#location').textContent()).toBe('supports false, error: UNSUPPORTED');
    expect(await call('location.getCurrent').getAttribute('data-outcome')).toBe('UNSUPPORTED');
  });

  it('pays an order the backend created on the test platform: the sheet, the receipt, the signed webhook the backend verified', async () => {
    const verified = dev.line(/^\[backend\] webhook payment\.succeeded msg_[\w-]+ verified$/);
    await app.locator('#pay').click();
    await page.locator('[data-testid="pay-pin"]').fill('123456');
    await page.locator('[data-testid="pay-confirm"]').click();
    await expect.poll(() => app.locator('#payment').textContent()).toMatch(/^paid pay_/);
    await verified;
    expect(await call('payments.pay').getAttribute('data-outcome')).toBe('ok');
    await expect.poll(() => page.locator('[data-testid="log"]').textContent()).toContain('Webhook payment.succeeded → HTTP 204');
  });

  it('resets grants: the next sign-in asks again, and a refusal is PERMISSION_DENIED, shown as a decision', async () => {
    await page.locator('[data-testid="reset-grants"]').click();
    await expect.poll(() => page.locator('[data-testid="grants"]').textContent()).toBe('Không có');
    await app.locator('#sign-in').click();
    await page.locator('[data-testid="consent-deny"]').click();
    await expect.poll(() => app.locator('#session').textContent()).toBe('error: PERMISSION_DENIED');
    expect(await page.locator('[data-testid="decision"][data-granted="false"]').count()).toBe(1);
    expect(await call('identity.getToken').last().getAttribute('data-outcome')).toBe('ok');
    expect(await call('identity.getToken').first().getAttribute('data-outcome')).toBe('PERMISSION_DENIED');
  });

  it('relaunches the app in English, with the simulator\'s own words; viewports of 320, 390 and 768 px', async () => {
    await page.locator('[data-testid="lang-en"]').click();
    await expect.poll(() => app.locator('#greeting').textContent()).toBe('Hello');
    expect(await page.locator('[data-testid="reset-grants"]').textContent()).toBe('Reset all grants');
    for (const width of [320, 768, 390]) {
      await page.locator(`[data-testid="viewport-${width}"]`).click();
      await expect.poll(() => page.locator('citadel-app-view iframe').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(width);
      // At a laptop's 1280 px the frame and the inspector fit side by side, without scrolling sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    }
  });

  it('throttles: on "slow" the app\'s dev server and each bridge answer the simulator gives wait at least 400 ms', async () => {
    const entry = /^App \(Vite\): (\S+)$/m.exec(dev.output())![1]!.replace(/\/\/[^.]+\.apps\.localhost/, '//127.0.0.1');
    await page.locator('[data-testid="throttle"]').selectOption('slow');
    await expect.poll(async () => {
      const started = performance.now();
      await (await fetch(entry)).text();
      return performance.now() - started;
    }).toBeGreaterThanOrEqual(400);
    await page.locator('[data-testid="reset-grants"]').click();
    await app.locator('#sign-in').click();
    await page.locator('[data-testid="consent-allow"]').click();
    await expect.poll(() => app.locator('#session').textContent()).toBe('Hello Nguyễn Thị Thử (pw-dev-citizen)');
    const duration = await call('identity.getToken').first().locator('[data-testid="call-duration"]').textContent();
    expect(Number.parseInt(duration ?? '', 10)).toBeGreaterThanOrEqual(400);
    await page.locator('[data-testid="throttle"]').selectOption('off');
  });

  it('hot-reloads: an edit of the project\'s source shows in the frame', async () => {
    const file = join(project.dir, 'src/greeting.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("en: 'Hello'", "en: 'Hello again'"));
    await expect.poll(() => app.locator('#greeting').textContent(), { timeout: 30_000 }).toBe('Hello again');
  });
});
