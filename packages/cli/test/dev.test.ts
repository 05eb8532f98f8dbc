import { describe, expect, it } from 'vitest';
import { folderOf, runCli } from './run-cli.js';

// `citadel dev` refuses a folder it cannot run, before starting anything: each refusal's code on stderr, exit 1.
// What it runs is tested in real Chromium (tests/browser/citadel-dev.test.ts).

const manifest = {
  id: 'dev-refusals', version: '1.0.0', name: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' },
  icons: [{ src: 'icon.png', sizes: '192x192' }], entry: 'https://dev-refusals.apps.citadel.example/', category: 'utilities',
  permissions: [], minProtocol: '1.0',
};
const inFolder = (files: Record<string, string>, args: string[] = []) => runCli(['dev', '--port', '0', ...args], {}, folderOf(files));

describe('citadel dev refuses', () => {
  it('a folder without manifest.json (NO_MANIFEST)', async () => {
    const run = await inFolder({ 'package.json': '{}' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ citadel dev: NO_MANIFEST: No manifest\.json in .+: run citadel dev in your app's folder/);
  });

  it('a manifest that is not JSON, or that the schema refuses, naming the field (INVALID_MANIFEST)', async () => {
    const notJson = await inFolder({ 'manifest.json': '{ id:', 'package.json': '{}' });
    expect(notJson.stderr).toContain('INVALID_MANIFEST');
    const wrong = await inFolder({ 'manifest.json': JSON.stringify({ ...manifest, entry: 'http://example.com/' }), 'package.json': '{}' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/INVALID_MANIFEST: .+manifest\.json: entry must be an https URL/);
  });

  it('a folder without package.json (NO_PACKAGE), and a project without vite (NO_VITE)', async () => {
    const noPackage = await inFolder({ 'manifest.json': JSON.stringify(manifest) });
    expect(noPackage.stderr).toContain('NO_PACKAGE');
    const noVite = await inFolder({ 'manifest.json': JSON.stringify(manifest), 'package.json': '{ "type": "module" }' });
    expect(noVite.code).toBe(1);
    expect(noVite.stderr).toContain('NO_VITE: The project in');
    expect(noVite.stderr).toContain('has no vite: npm install --save-dev vite');
  });

  it('a --port that is not 0 to 65535 (INVALID_PORT), naming the range', async () => {
    const run = await inFolder({ 'manifest.json': JSON.stringify(manifest), 'package.json': '{}' }, ['--port', '70000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('INVALID_PORT: --port must be a whole number from 0 to 65535, not 70000');
  });

  it('a CITADEL_WEBHOOK_SECRET that is not a webhook secret (INVALID_ENV), before starting anything', async () => {
    const run = await runCli(['dev', '--port', '0'], { CITADEL_WEBHOOK_SECRET: 'whsec_short' }, folderOf({ 'manifest.json': JSON.stringify(manifest), 'package.json': '{}' }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('INVALID_ENV: CITADEL_WEBHOOK_SECRET must be whsec_ and the base64 of at least 16 bytes');
  });
});
