import { createServer } from 'node:http';
import { verifyWebhook } from '@citadel/node';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalBundle, minimalManifest, zipFiles } from '../../packages/bundle-checks/test/zip-fixtures.js';
import { devSmsCode } from '../../host/test/support/journey.js';
import { startReceiver } from '../../tests/support/webhook-receiver.js';
import { askForCode, focusedTestId, focusedText, registerCitizen, signInOnConsole, startConsolePlatform, type ConsolePlatform } from './support/console-platform.js';

const OWNER = { phone: '0905 200 300', password: 'mật khẩu dài 1', name: 'Lê Thị Chủ' };
const REVIEWER = { phone: '0905 400 500', password: 'mật khẩu dài 2', name: 'Phan Văn Duyệt' };
const OPERATOR = { phone: '0905 800 900', password: 'mật khẩu dài 3', name: 'Trần Vận Hành' };

/**
 * A bundle of the `parking` app at `version`, declaring `location` (and any further `permissions`) that no script uses
 * (a warning each), with `extra` files.
 */
const bundle = (version: string, extra: Record<string, string> = {}, permissions: string[] = []) => ({
  name: `parking-${version}.zip`,
  mimeType: 'application/zip',
  buffer: Buffer.from(zipFiles(minimalBundle({
    'manifest.json': JSON.stringify({ ...minimalManifest('parking', ['location', ...permissions]), version }), ...extra,
  }))),
});

// The developer console in real Chromium on its own origin, against the real platform and the citizen's host, as one
// journey: a partner signs up on the console, creates an organisation and apps (a look-alike refused), uploads bundles (a leaked secret
// refused, naming file and line), submits; a reviewer approves or rejects with a reason; the partner releases; a citizen
// opens the app in the host; version 2 adds `payments` and goes to 50 % (paused, resumed) and then 100 %, and the
// citizen is asked again before it opens; the partner rolls back to version 1 in one action; the operator suspends the
// app with a reason the partner reads.
describe('the developer console, end to end', () => {
  let env: ConsolePlatform;
  let owner: { context: BrowserContext; page: Page };
  let reviewer: { context: BrowserContext; page: Page };
  /** Messages the console pages logged as errors (a CSP refusal among them). */
  const errors: string[] = [];

  const open = async (width: number) => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${env.consoleOrigin}/`);
    return { context, page };
  };
  const heading = (page: Page) => page.locator('h1:visible').first().textContent();
  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const version = (page: Page, n: number) => page.getByTestId(`version-${n}`);
  const releaseNow = (page: Page) => page.getByTestId('release-now').textContent();

  beforeAll(async () => {
    env = await startConsolePlatform();
    await registerCitizen(env.origin, REVIEWER);
    await registerCitizen(env.origin, OPERATOR);
    // The operator grants the role (`npm run operator -- role grant <phone> reviewer` does this UPDATE).
    await env.database.query("UPDATE citizens SET roles = '{reviewer}' WHERE phone = '+84905400500'");
    await env.database.query("UPDATE citizens SET roles = '{operator}' WHERE phone = '+84905800900'");
    owner = await open(320);
    reviewer = await open(390);
  });
  afterAll(() => env?.close());

  it('signs up on the console\'s own origin at 320 px: the number, its code, a name and a password, in Vietnamese, with English a tap away', async () => {
    const { page } = owner;
    expect(new URL(page.url()).host).toBe(`console.localhost:${env.server.port}`);
    expect(await heading(page)).toBe('Đăng nhập bảng điều khiển');
    // Checked before anything is sent.
    await page.getByTestId('signin-phone').fill('12345');
    await page.getByTestId('signin-submit').click();
    expect(await page.getByTestId('signin-phone-problem').textContent()).toContain('số di động Việt Nam');
    // No account yet: a password cannot sign in.
    await page.getByTestId('signin-phone').fill(OWNER.phone);
    await page.getByTestId('signin-password').fill(OWNER.password);
    await page.getByTestId('signin-submit').click();
    expect(await page.getByTestId('signin-error').textContent()).toBe('Số điện thoại hoặc mật khẩu không đúng.');

    await page.getByTestId('to-signup').click();
    await expect.poll(() => focusedText(page)).toBe('h1: Tạo tài khoản');
    expect(await askForCode(page, 'signup', OWNER.phone)).toBe('Đã gửi mã xác thực qua SMS tới 0905200300; mã dùng được trong 5 phút.');
    // The platform takes another code for this number in a minute: the button counts it down.
    expect(await page.getByTestId('signup-resend').isDisabled()).toBe(true);
    expect(await page.getByTestId('signup-resend').textContent()).toMatch(/^\s*Gửi lại mã sau \d+ giây\s*$/);
    // The platform's password rule, checked before sending, in Vietnamese.
    await page.getByTestId('signup-code').fill(await devSmsCode(env.origin, OWNER.phone));
    await page.getByTestId('signup-name').fill(OWNER.name);
    await page.getByTestId('signup-password').fill('ngắn');
    await page.getByTestId('signup-submit').click();
    expect(await page.getByTestId('signup-password-problem').textContent()).toBe('Mật khẩu cần từ 8 đến 128 ký tự.');
    await expect.poll(() => focusedTestId(page)).toBe('signup-password');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByTestId('signup-password').fill(OWNER.password);
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toContain(OWNER.name);
    await expect.poll(() => focusedText(page)).toBe('h1: Tổ chức của bạn');
    expect(await page.getByTestId('orgs-empty').isVisible()).toBe(true);
    // Not a reviewer: no review queue.
    expect(await page.getByTestId('nav-review').count()).toBe(0);

    await page.getByTestId('lang-switch').click();
    expect(await heading(page)).toBe('Your organisations');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('lang-switch').click();
    expect(await heading(page)).toBe('Tổ chức của bạn');

    // The console's session is the console's: the host's origin, in the same browser, is signed out.
    const host = await owner.context.newPage();
    await host.goto(`${env.origin}/`);
    expect(await host.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    await host.close();
  });

  it('creates an organisation, refuses a look-alike app naming the app it reads as, and creates a good one', async () => {
    const { page } = owner;
    await page.getByTestId('org-id').fill('Hue Parking');
    await page.getByTestId('org-name').fill('Bãi xe Huế');
    await page.getByTestId('create-org-submit').click();
    expect(await page.getByTestId('org-id-problem').textContent()).toContain('chữ thường');
    await page.getByTestId('org-id').fill('hue-parking');
    await page.getByTestId('create-org-submit').click();
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking');
    await expect.poll(() => focusedText(page)).toBe('h1: Bãi xe Huế');
    expect(await page.getByTestId('org-role').textContent()).toContain('Chủ sở hữu');
    expect(await page.getByTestId('member-item').textContent()).toContain(OWNER.name);

    // The owner invites by phone; the invitation waits for its person.
    await page.getByTestId('invite-phone').fill('0905 600 700');
    await page.getByTestId('invite-role').selectOption('developer');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('invite-done').waitFor();
    await expect.poll(() => page.getByTestId('member-item').count()).toBe(2);
    expect(await page.getByTestId('members-list').textContent()).toContain('Đã mời, chờ đăng nhập');

    const createApp = async (id: string, vi: string, en: string) => {
      await page.getByTestId('app-id').fill(id);
      await page.getByTestId('app-name-vi').fill(vi);
      await page.getByTestId('app-name-en').fill(en);
      await page.getByTestId('create-app-submit').click();
    };
    // A reserved id is refused before it is sent.
    await createApp('console', 'Bảng điều khiển', 'Console');
    expect(await page.getByTestId('app-id-problem').textContent()).toBe('"console" là tên dành riêng cho nền tảng. Hãy chọn mã khác.');
    await createApp('parking', 'Gửi xe', 'Parking');
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking/apps/parking');
    // Before its first release, an app goes by the name it was created with.
    await expect.poll(() => focusedText(page)).toBe('h1: Gửi xe');
    expect(await page.getByTestId('versions-empty').isVisible()).toBe(true);

    await page.getByTestId('to-org').click();
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking');
    // A Cyrillic "а" in "Pаrking": the platform refuses it, naming the app it reads as.
    await createApp('car-park', 'Bãi đỗ xe', 'P\u0430rking');
    expect(await page.getByTestId('create-app-error').textContent()).toBe('"P\u0430rking" đọc giống tên của ứng dụng "parking" (không kể hoa thường, dấu, chữ trông giống nhau). Hãy chọn tên khác.');
    expect(await page.getByTestId('app-item').count()).toBe(1);
    expect(await page.getByTestId('app-release').textContent()).toBe('Chưa phát hành');
    await page.getByTestId('app-link-parking').click();
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking/apps/parking');
  });

  it('refuses a bundle leaking a secret, naming file and line; takes a good one as a draft with its findings; submits it', async () => {
    const { page } = owner;
    await page.getByTestId('upload-submit').click();
    expect(await page.getByTestId('upload-file-problem').textContent()).toBe('Hãy chọn một tệp .zip.');
    await page.getByTestId('upload-file').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
    await page.getByTestId('upload-submit').click();
    expect(await page.getByTestId('upload-unreadable').textContent()).toContain('Tệp không phải là một tệp .zip đọc được.');
    await page.getByTestId('upload-file').setInputFiles(bundle('1.0.0', { 'assets/config.js': `export const secret = "cs_${'A'.repeat(43)}";` }));
    await page.getByTestId('upload-submit').click();
    expect(await page.getByTestId('upload-error').textContent()).toContain('không qua được kiểm tra tự động');
    const refused = page.getByTestId('upload-findings');
    expect(await refused.textContent()).toContain('Khoá bí mật lộ ra');
    expect(await refused.getByTestId('finding-where').first().textContent()).toBe('tệp assets/config.js, dòng 1');
    expect(await refused.textContent()).not.toContain('A'.repeat(43));
    expect(await page.getByTestId('versions-empty').isVisible()).toBe(true);

    await page.getByTestId('upload-file').setInputFiles(bundle('1.0.0'));
    await page.getByTestId('upload-submit').click();
    expect(await page.getByTestId('upload-done').textContent()).toBe('Đã lưu phiên bản 1 thành bản nháp.');
    expect(await version(page, 1).getByTestId('version-state').textContent()).toBe('Bản nháp');
    // The checks' warning: a permission declared that no script uses, in manifest.json.
    const findings = page.getByTestId('version-1-findings');
    expect(await findings.getByTestId('finding').count()).toBe(1);
    expect(await findings.textContent()).toContain('Cảnh báo');
    expect(await findings.textContent()).toContain('location');
    expect(await findings.getByTestId('finding-where').textContent()).toBe('tệp manifest.json');
    await page.getByTestId('version-1-files').locator('summary').click();
    expect(await page.getByTestId('version-1-files').textContent()).toContain('assets/index.js');

    await page.getByTestId('submit-1').click();
    await page.getByTestId('submit-1-done').waitFor();
    expect(await version(page, 1).getByTestId('version-state').textContent()).toBe('Đang chờ duyệt');
    expect(await page.getByTestId('release-none').textContent()).toBe('Chưa có phiên bản nào được duyệt để phát hành.');
  });

  it('shows a reviewer the queue with findings, permission changes and files; a rejection needs its reason', async () => {
    const { page } = reviewer;
    await signInOnConsole(page, env.origin, REVIEWER);
    await page.getByTestId('nav-review').click();
    await expect.poll(() => pathOf(page)).toBe('/review');
    await expect.poll(() => focusedText(page)).toBe('h1: Phiên bản chờ duyệt');
    const item = page.getByTestId('review-parking-1');
    expect(await item.locator('h2').textContent()).toBe('Gửi xe, phiên bản 1');
    expect(await item.getByTestId('permissions-added').textContent()).toBe('location');
    expect(await item.getByTestId('permissions-removed').textContent()).toBe('không có');
    expect(await item.getByTestId('review-parking-1-findings').textContent()).toContain('manifest.json');
    expect(await item.getByTestId('review-parking-1-files').textContent()).toContain('index.html');
    await page.getByTestId('reject-parking-1').click();
    expect(await page.getByTestId('reject-reason-parking-1-problem').textContent()).toBe('Vui lòng điền mục này.');
    await page.getByTestId('approve-parking-1').click();
    expect(await page.getByTestId('decide-done').textContent()).toBe('Đã duyệt Gửi xe, phiên bản 1.');
    expect(await page.getByTestId('review-empty').textContent()).toBe('Không có phiên bản nào chờ duyệt.');

    // The owner, who is no reviewer, is told so on the queue's page.
    await owner.page.goto(`${env.consoleOrigin}/review`);
    expect(await owner.page.getByTestId('review-forbidden').textContent()).toBe('Chỉ người duyệt của nền tảng xem được hàng đợi này.');
    await owner.page.goto(`${env.consoleOrigin}/orgs/hue-parking/apps/parking`);
  });

  it('releases; a citizen opens it; version 2 adds payments, goes to 50 % (paused, resumed) then 100 %, and the citizen is asked again; rolls back in one action', async () => {
    const { page } = owner;
    expect(await version(page, 1).getByTestId('version-state').textContent()).toBe('Đã duyệt');
    await page.getByTestId('release-submit').click();
    await page.getByTestId('release-done').waitFor();
    expect(await releaseNow(page)).toBe('Bản ổn định: phiên bản 1');

    // A citizen opens version 1 in the city's app.
    const citizen = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
    const tab = await citizen.newPage();
    await tab.goto(`${env.origin}/`);
    await tab.getByTestId('app-parking').first().click();
    await env.appFrame(tab, 'parking');
    await tab.getByTestId('app-close').click();

    // Version 2 adds `payments`, submitted and approved; version 3, rejected with a reason.
    for (const [semver, extra, added] of [['1.1.0', {}, ['payments']], ['1.2.0', { 'assets/extra.css': 'p{color:red}' }, ['payments']]] as const) {
      await page.getByTestId('upload-file').setInputFiles(bundle(semver, extra, [...added]));
      await page.getByTestId('upload-submit').click();
      await page.getByTestId('upload-done').waitFor();
    }
    await page.getByTestId('submit-2').click();
    await page.getByTestId('submit-2-done').waitFor();
    await page.getByTestId('submit-3').click();
    await page.getByTestId('submit-3-done').waitFor();
    const queue = reviewer.page;
    await queue.reload();
    expect(await queue.getByTestId('review-parking-2').getByTestId('permissions-added').textContent()).toBe('payments');
    await queue.getByTestId('approve-parking-2').click();
    await queue.getByTestId('decide-done').waitFor();
    await queue.getByTestId('reject-reason-parking-3').fill('Thiếu chính sách quyền riêng tư');
    await queue.getByTestId('reject-parking-3').click();
    await expect.poll(() => queue.getByTestId('decide-done').textContent()).toBe('Đã từ chối Gửi xe, phiên bản 3.');

    await page.reload();
    expect(await version(page, 3).getByTestId('version-state').textContent()).toBe('Bị từ chối');
    expect(await version(page, 3).getByTestId('version-reason').textContent()).toBe('Lý do của người duyệt: Thiếu chính sách quyền riêng tư');
    await page.getByTestId('release-version').selectOption('2');
    await page.getByTestId('release-percent').fill('0');
    await page.getByTestId('release-submit').click();
    expect(await page.getByTestId('release-percent-problem').textContent()).toBe('Nhập một số nguyên từ 1 đến 100.');
    await page.getByTestId('release-percent').fill('50');
    await page.getByTestId('release-submit').click();
    await expect.poll(() => releaseNow(page)).toBe('Bản ổn định: phiên bản 1; Phiên bản 2 cho 50% người dùng');

    await page.getByTestId('release-pause').click();
    await expect.poll(() => releaseNow(page)).toBe('Bản ổn định: phiên bản 1; Phiên bản 2 cho 50% người dùng (tạm dừng)');
    expect(await page.getByTestId('release-pause').textContent()).toContain('Tiếp tục phát hành');
    await page.getByTestId('release-pause').click();
    await expect.poll(() => releaseNow(page)).toBe('Bản ổn định: phiên bản 1; Phiên bản 2 cho 50% người dùng');

    await page.getByTestId('release-version').selectOption('2');
    await page.getByTestId('release-percent').fill('100');
    await page.getByTestId('release-submit').click();
    await expect.poll(() => releaseNow(page)).toBe('Bản ổn định: phiên bản 2');
    // What a citizen's host opens now: version 2, after saying what it adds.
    expect(((await (await fetch(`${env.origin}/api/apps/parking/launch`)).json()) as { manifest: { version: string } }).manifest.version).toBe('1.1.0');
    await tab.getByTestId('app-parking').first().click();
    const asked = tab.getByTestId('app-updated');
    await asked.waitFor();
    expect(await asked.textContent()).toContain('Gửi xe có phiên bản mới');
    expect(await asked.textContent()).toContain('thanh toán');
    await tab.getByTestId('app-update-open').click();
    await env.appFrame(tab, 'parking');
    await citizen.close();

    // One button per other approved version.
    expect(await page.locator('[data-testid^=rollback-]').count()).toBe(1);
    await page.getByTestId('rollback-1').click();
    await expect.poll(() => releaseNow(page)).toBe('Bản ổn định: phiên bản 1');
    expect(((await (await fetch(`${env.origin}/api/apps/parking/launch`)).json()) as { manifest: { version: string } }).manifest.version).toBe('1.0.0');

    expect(await heading(page)).toBe('Gửi xe');
    await page.getByTestId('to-org').click();
    await expect.poll(() => page.getByTestId('app-release').textContent()).toBe('Bản ổn định: phiên bản 1');
    expect(await page.getByTestId('app-link-parking').textContent()).toBe('Gửi xe');
  });

  it('lets the operator suspend the app with a reason its partner reads on the app\'s page, and reinstate it', async () => {
    const operator = await open(390);
    try {
      await signInOnConsole(operator.page, env.origin, OPERATOR);
      await operator.page.getByTestId('nav-operator').click();
      await expect.poll(() => focusedText(operator.page)).toBe('h1: Tạm ngừng ứng dụng');
      await operator.page.getByTestId('suspend-parking').click();
      expect(await operator.page.getByTestId('suspend-reason-parking-problem').textContent()).toBe('Vui lòng điền mục này.');
      await operator.page.getByTestId('suspend-reason-parking').fill('Nhiều phản ánh thu phí sai');
      await operator.page.getByTestId('suspend-parking').click();
      expect(await operator.page.getByTestId('switch-done').textContent()).toBe('Đã tạm ngừng Gửi xe. Đối tác đã được báo lý do.');
      expect(await operator.page.getByTestId('operator-status-parking').textContent()).toBe('Đã tạm ngừng');
      expect((await fetch(`${env.origin}/api/apps/parking/launch`)).status).toBe(403);

      const { page } = owner;
      await page.goto(`${env.consoleOrigin}/orgs/hue-parking/apps/parking`);
      expect(await page.getByTestId('suspension-banner').textContent()).toContain('Nhà vận hành nền tảng đã tạm ngừng ứng dụng này');
      expect(await page.getByTestId('suspension-reason').textContent()).toBe('Nhiều phản ánh thu phí sai');
      // The owner, who is no operator, has no switch and is told so on its page.
      expect(await page.getByTestId('nav-operator').count()).toBe(0);
      await page.goto(`${env.consoleOrigin}/operator`);
      expect(await page.getByTestId('operator-forbidden').textContent()).toBe('Chỉ người vận hành nền tảng dùng được công tắc này.');

      await operator.page.getByTestId('reinstate-parking').click();
      await expect.poll(() => operator.page.getByTestId('operator-status-parking').textContent()).toBe('Đang hoạt động');
      expect((await fetch(`${env.origin}/api/apps/parking/launch`)).status).toBe(200);
      await page.goto(`${env.consoleOrigin}/orgs/hue-parking/apps/parking`);
      await page.getByTestId('app-status').waitFor();
      expect(await page.getByTestId('suspension-banner').count()).toBe(0);
    } finally {
      await operator.context.close();
    }
  });

  it('adds a linked app\'s version once its own origin serves the proof the console shows; a wrong proof is refused with the reason', async () => {
    const { page } = owner;
    /** The partner's own origin on loopback: the proof file with `token`, and a page only the host may frame. */
    const partnerOrigin = async (token: string) => {
      const server = createServer((request, response) => {
        response.setHeader('content-security-policy', `frame-ancestors ${env.origin}`);
        const proof = request.url === '/.well-known/citadel-app.json';
        response.setHeader('content-type', proof ? 'application/json' : 'text/html');
        response.end(proof ? JSON.stringify({ appId: 'bus-times', token }) : '<!doctype html><title>Bus times</title>');
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const manifest = { ...minimalManifest('bus-times'), name: { vi: 'Giờ xe buýt', en: 'Bus times' }, icons: [{ src: `${origin}/icon.svg`, sizes: 'any' }], entry: `${origin}/` };
      return { file: { name: 'manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(manifest)) }, close: () => new Promise<void>((done) => server.close(() => done())) };
    };
    await page.goto(`${env.consoleOrigin}/orgs/hue-parking`);
    await page.getByTestId('app-id').fill('bus-times');
    await page.getByTestId('app-name-vi').fill('Giờ xe buýt');
    await page.getByTestId('app-name-en').fill('Bus times');
    await page.getByTestId('app-kind-linked').check();
    await page.getByTestId('create-app-submit').click();
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking/apps/bus-times');
    const proof = JSON.parse((await page.getByTestId('linked-proof').textContent())!) as { appId: string; token: string };
    expect(proof).toEqual({ appId: 'bus-times', token: expect.stringMatching(/^citadel-app-verify=/) });

    const wrong = await partnerOrigin('citadel-app-verify=not-the-one');
    try {
      await page.getByTestId('linked-manifest').setInputFiles(wrong.file);
      await page.getByTestId('linked-submit').click();
      expect(await page.getByTestId('linked-error').textContent()).toBe('Nền tảng chưa xác minh được nguồn của ứng dụng liên kết; xem lý do bên dưới.');
      expect(await page.getByTestId('linked-refusal').textContent()).toBe('Tệp chứng minh ghi ứng dụng khác hoặc mã khác với mã nền tảng đã cấp.');
    } finally {
      await wrong.close();
    }
    const right = await partnerOrigin(proof.token);
    try {
      await page.getByTestId('linked-manifest').setInputFiles(right.file);
      await page.getByTestId('linked-submit').click();
      expect(await page.getByTestId('linked-done').textContent()).toBe('Nguồn đã được xác minh; đã lưu phiên bản 1 thành bản nháp.');
      expect(await version(page, 1).getByTestId('version-state').textContent()).toBe('Bản nháp');
    } finally {
      await right.close();
    }
  });

  it('manages the app\'s client secrets and webhooks: a second secret, the first revoked, a test event logged with its status, delivered again', async () => {
    const { page } = owner;
    /** The partner's backend on loopback: takes every webhook with a 204. */
    const receiver = await startReceiver();
    const { received } = receiver;
    /** What the partner API answers these credentials (a partner backend's call). */
    const partnerStatus = async (clientId: string, clientSecret: string) => (await fetch(`${env.origin}/api/partner/v1/webhooks`, {
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    })).status;
    const created = async () => {
      await page.getByTestId('credential-create').click();
      await page.getByTestId('credential-done').waitFor();
      const [clientId, clientSecret] = await page.getByTestId('new-secret-value').allTextContents();
      return { clientId: clientId!, clientSecret: clientSecret! };
    };
    try {
      await page.goto(`${env.consoleOrigin}/orgs/hue-parking/apps/parking`);
      await page.getByTestId('to-credentials').click();
      await expect.poll(() => pathOf(page)).toBe('/orgs/hue-parking/apps/parking/credentials');
      await expect.poll(() => focusedText(page)).toBe('h1: Khoá bí mật của parking');
      expect(await page.getByTestId('credentials-empty').textContent()).toBe('Ứng dụng chưa có khoá bí mật nào.');
      const first = await created();
      expect(first.clientSecret).toMatch(/^cs_/);
      const second = await created();
      expect(await page.getByTestId('credential-item').count()).toBe(2);
      // A third is refused, in the person's language, naming the limit.
      await page.getByTestId('credential-create').click();
      expect(await page.getByTestId('credential-error').textContent()).toBe('Mỗi ứng dụng có tối đa 2 khoá bí mật đang hoạt động. Hãy thu hồi một khoá trước khi tạo khoá mới.');
      const firstItem = page.locator(`[data-testid=credential-item][data-client-id="${first.clientId}"]`);
      await firstItem.getByTestId('credential-revoke').click();
      await page.getByTestId('revoke-done').waitFor();
      expect(await firstItem.getByTestId('credential-state').textContent()).toBe('Đã thu hồi');
      expect(await partnerStatus(first.clientId, first.clientSecret)).toBe(401);
      expect(await partnerStatus(second.clientId, second.clientSecret)).toBe(200);

      await page.getByTestId('to-app').click();
      await page.getByTestId('to-webhooks').click();
      await expect.poll(() => focusedText(page)).toBe('h1: Webhook của parking');
      await page.getByTestId('webhook-test').click();
      expect(await page.getByTestId('test-error').textContent()).toBe('Hãy đặt địa chỉ nhận webhook trước khi gửi thử.');
      await page.getByTestId('webhook-url').fill(receiver.url);
      await page.getByTestId('webhook-event-consent.revoked').uncheck();
      await page.getByTestId('webhook-save').click();
      expect(await page.getByTestId('webhook-done').textContent()).toBe('Đã lưu. Đây là khoá webhook đầu tiên của ứng dụng:');
      const secret = (await page.getByTestId('webhook-secret-value').textContent())!;
      expect(secret).toMatch(/^whsec_/);

      await page.getByTestId('webhook-test').click();
      await page.getByTestId('test-done').waitFor();
      const delivery = page.getByTestId('delivery-item').first();
      expect(await delivery.locator('h3').textContent()).toBe('webhook.test');
      // The log reads itself again while the delivery is pending.
      await expect.poll(() => delivery.getByTestId('delivery-status').textContent()).toBe('Đã gửi');
      expect(await delivery.getByTestId('attempt-outcome').allTextContents()).toEqual(['Mã trả về 204']);
      // The reviewers' decisions, which waited for a URL, went out too; one test event arrived, signed.
      const tests = () => received.filter((r) => (JSON.parse(r.body) as { type: string }).type === 'webhook.test');
      expect(tests()).toHaveLength(1);
      await expect(verifyWebhook({ secret, headers: tests()[0]!.headers, body: tests()[0]!.body })).resolves.toMatchObject({ type: 'webhook.test' });

      await delivery.getByTestId('delivery-redeliver').click();
      await page.getByTestId('redeliver-done').waitFor();
      await expect.poll(() => delivery.getByTestId('attempt-outcome').allTextContents()).toEqual(['Mã trả về 204', 'Mã trả về 204']);
      expect(await delivery.getByTestId('delivery-status').textContent()).toBe('Đã gửi');
      expect(tests().map((r) => r.headers['webhook-id'])).toEqual([tests()[0]!.headers['webhook-id'], tests()[0]!.headers['webhook-id']]);

      await page.getByTestId('lang-switch').click();
      expect(await heading(page)).toBe('Webhooks of parking');
      expect(await delivery.getByTestId('delivery-status').textContent()).toBe('Delivered');
      expect(await delivery.getByTestId('attempt-outcome').first().textContent()).toBe('Status 204');
      await page.getByTestId('lang-switch').click();
    } finally {
      await receiver.close();
    }
  });

  it('fits 320 px without sideways scrolling, signs out, and logged no error (the strict CSP refused nothing)', async () => {
    const { page } = owner;
    for (const path of ['/', '/orgs/hue-parking', '/orgs/hue-parking/apps/parking', '/orgs/hue-parking/apps/bus-times',
      '/orgs/hue-parking/apps/parking/credentials', '/orgs/hue-parking/apps/parking/webhooks']) {
      await page.goto(`${env.consoleOrigin}${path}`);
      await page.locator('h1:visible').first().waitFor();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đang tải' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.getByTestId('sign-out').click();
    await expect.poll(() => heading(page)).toBe('Đăng nhập bảng điều khiển');
    expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    // The 401s of the signed-out reads, the wrong password and the look-alike refusals are answers, not page errors;
    // only those are logged, as Chromium logs every failed fetch.
    expect(errors.filter((text) => !/status of (400|401|403|409|422)/.test(text))).toEqual([]);
  });
});
