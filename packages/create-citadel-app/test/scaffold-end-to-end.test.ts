import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tests/support/chromium.js';
import { startCitadelDev, type DevProcess } from '../../../tests/support/citadel-dev.js';
import { packedPackages } from '../../../tests/support/packed-packages.js';
import { partnerEnv, runIn, type StepResult } from './run-in.js';
import { removeTempFolders, tempFolder } from './temp-folder.js';

// Issue 15: a partner's first ten minutes, from the packed tarballs (create-citadel-app's own too, run with npm exec as
// npm create runs it), in a folder outside the repository. The two
// projects run side by side: the slow part is npm install (warm cache), which waits on the network and the disk.

const repo = resolve(import.meta.dirname, '../../..');
const projects = [
  { name: 'lit-backend', args: ['--id', 'lit-backend', '--template', 'lit', '--backend'] },
  { name: 'vanilla', args: ['--id', 'plain-app', '--template', 'vanilla', '--no-backend'] },
] as const;
/** What a partner runs after `npm create citadel-app`, in order; a step runs only when the one before it passed. */
const steps = [
  ['npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']],
  ['npm test', 'npm', ['test']],
  ['npm run build', 'npm', ['run', 'build']],
  ['npx citadel validate dist', 'npx', ['--no-install', 'citadel', 'validate', 'dist']],
] as const;

let root: string;
let tarballs: string;
const results = new Map<string, Map<string, StepResult>>();

async function runSteps(dir: string): Promise<Map<string, StepResult>> {
  const done = new Map<string, StepResult>();
  for (const [step, command, args] of steps) {
    const result = await runIn(dir, command, args);
    done.set(step, result);
    if (result.status !== 0) break;
  }
  return done;
}

beforeAll(async () => {
  root = tempFolder('create-citadel-app-e2e-');
  // The run's one pack, shared with tests/unit/packages-install.test.ts.
  const packed = await packedPackages();
  tarballs = dirname(packed[0]!.tarball);
  // The packed create-citadel-app, as `npm create` runs it, with the one @citadel package it needs from the tarballs.
  const runner = ['create-citadel-app', '@citadel/protocol'].map((name) => `--package=${packed.find((pack) => pack.name === name)!.tarball}`);
  for (const project of projects) {
    const created = await runIn(root, 'npm', ['exec', '--yes', ...runner, '--', 'create-citadel-app', project.name, ...project.args, '--packages', tarballs]);
    if (created.status !== 0) throw new Error(`create-citadel-app ${project.name} failed:\n${created.output}`);
  }
  await Promise.all(projects.map(async ({ name }) => results.set(name, await runSteps(join(root, name)))));
}, 600_000);

afterAll(removeTempFolders);

describe('npm create citadel-app, then the project\'s own scripts, outside the repository', () => {
  it('works in a folder outside the repository, on the packed @citadel packages', () => {
    expect(relative(repo, root).startsWith('..')).toBe(true);
    expect(relative(repo, tarballs).startsWith('..')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'vanilla/package.json'), 'utf8')) as { overrides: Record<string, string> };
    expect(Object.keys(manifest.overrides)).toContain('@citadel/protocol');
    expect(Object.values(manifest.overrides).every((spec) => spec.startsWith(`file:${tarballs}/citadel-`))).toBe(true);
  });

  describe.each(projects.map((project) => project.name))('%s', (name) => {
    it.each(steps.map(([step]) => step))('%s passes', (step) => {
      const result = results.get(name)?.get(step);
      expect(result, `${step} ran`).toBeDefined();
      expect(result!.status, `${step} in ${name}:\n${result!.output}`).toBe(0);
    });
  });

  it('ran every test of each project: the app\'s against the mock host, and the backend\'s against the test platform', () => {
    expect(results.get('lit-backend')?.get('npm test')?.output).toMatch(/Tests\s+\S*8 passed/);
    expect(results.get('lit-backend')?.get('npm test')?.output).toMatch(/webhook webhook\.test msg_\S+ verified/);
    expect(results.get('vanilla')?.get('npm test')?.output).toMatch(/Tests\s+\S*4 passed/);
  });

  it('built a bundle whose manifest names the backend for the platform\'s CSP, only with a backend', () => {
    const bundled = (name: string) => JSON.parse(readFileSync(join(root, name, 'dist/manifest.json'), 'utf8')) as { id: string; backends?: string[] };
    expect(bundled('lit-backend')).toMatchObject({ id: 'lit-backend', backends: ['http://localhost:8787'] });
    expect(bundled('vanilla')).toMatchObject({ id: 'plain-app' });
    expect(bundled('vanilla').backends).toBeUndefined();
    expect(results.get('vanilla')?.get('npx citadel validate dist')?.output).toContain('passes the platform\'s checks (0 errors');
  });
});

// Issue 15, done when: the scaffolded project's own `citadel dev` (installed from the tarball, not this repository's
// build) frames the app; in real Chromium the app calls identity.getToken, its backend verifies the token against the
// test platform's JWKS, and the inspector shows the call; `citadel webhooks trigger payment.succeeded` reaches the
// same backend, which verifies it.
describe('the scaffolded project under its own citadel dev, in Chromium', () => {
  let dev: DevProcess;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const dir = () => join(root, 'lit-backend');

  beforeAll(async () => {
    const installed = results.get('lit-backend')?.get('npm install');
    if (installed?.status !== 0) throw new Error('npm install failed in lit-backend: see the test above');
    dev = await startCitadelDev(dir(), ['--port', '0'], { bin: join(dir(), 'node_modules/@citadel/cli/dist/bin.js'), env: partnerEnv() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(dev.simulator);
    app = page.frameLocator('citadel-app-view iframe');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  });

  it('runs the CLI installed from the tarball, and frames the app from the project\'s Vite dev server', async () => {
    expect(relative(repo, join(dir(), 'node_modules/@citadel/cli')).startsWith('..')).toBe(true);
    expect(dev.output()).toMatch(/^App \(Vite\): http:\/\/lit-backend\.apps\.localhost:\d+\/$/m);
    await expect.poll(() => app.locator('hello-screen h1').textContent()).toBe('Xin chào');
  });

  it('signs in: identity.getToken from the app, the token verified by the scaffolded backend, the call in the inspector', async () => {
    await app.locator('hello-screen button').click();
    await page.locator('[data-testid="consent-allow"]').click();
    await expect.poll(() => app.locator('hello-screen [role="status"]').textContent()).toMatch(/^Đã đăng nhập với mã \S+/);
    const call = page.locator('[data-testid="call"][data-method="identity.getToken"]');
    expect(await call.getAttribute('data-outcome')).toBe('ok');
    expect(await call.locator('[data-testid="call-duration"]').textContent()).toMatch(/^\d+ ms$/);
  });

  it('citadel webhooks trigger payment.succeeded reaches the scaffolded backend, which verifies it', async () => {
    const secret = /^Webhook secret: (whsec_\S+)/m.exec(dev.output())?.[1];
    const backend = /^Backend: (http:\/\/localhost:\d+)/m.exec(dev.output())?.[1];
    expect(secret && backend, dev.output()).toBeTruthy();
    const verified = dev.line(/^\[backend\] webhook payment\.succeeded \S+ verified$/);
    const triggered = await runIn(dir(), 'npx', ['--no-install', 'citadel', 'webhooks', 'trigger', 'payment.succeeded', '--forward-to', `${backend}/webhooks`, '--secret', secret!]);
    expect(triggered.status, triggered.output).toBe(0);
    expect(triggered.output).toMatch(/HTTP 2\d\d/);
    await verified;
    const forged = await runIn(dir(), 'npx', ['--no-install', 'citadel', 'webhooks', 'trigger', 'payment.succeeded', '--forward-to', `${backend}/webhooks`, '--secret', `whsec_${Buffer.alloc(32, 7).toString('base64')}`]);
    expect(forged.status).toBe(1);
  });
});
