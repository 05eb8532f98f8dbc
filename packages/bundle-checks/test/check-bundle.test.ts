import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWebhookSecret } from '@citadel/node';
import { MAX_FINDINGS_PER_FILE, checkBundle, readBundle } from '../src/index.js';
import { bundleFiles, minimalBundle, minimalManifest, zipFiles, zipOf } from './zip-fixtures.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('checkBundle', () => {
  it('passes a good bundle read from an archive, listing its files with hashes and types', async () => {
    const report = await checkBundle(await readBundle(zipFiles(minimalBundle())), { appId: 'parking' });
    expect(report).toMatchObject({ passed: true, findings: [], permissionsDeclared: [], permissionsUsed: [], manifest: { id: 'parking' } });
    expect(report.files.map((f) => f.path)).toEqual(['assets/index.css', 'assets/index.js', 'assets/sdk.js', 'icon.svg', 'index.html', 'manifest.json']);
    expect(report.files[4]).toEqual({
      path: 'index.html', size: Buffer.byteLength(minimalBundle()['index.html'] as string),
      sha256: sha256(minimalBundle()['index.html']!), contentType: 'text/html; charset=utf-8',
    });
    expect(report.files.find((f) => f.path === 'icon.svg')?.contentType).toBe('image/svg+xml');
  });

  it('fails on any error and names each: three secrets, a permission, a remote script, a file type', async () => {
    const clientSecret = `cs_${randomBytes(32).toString('base64url')}`;
    const webhookSecret = createWebhookSecret();
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const report = await checkBundle(bundleFiles(minimalBundle({
      'assets/index.js': `const a="${clientSecret}",b="${webhookSecret}",c=${JSON.stringify(key)};e.payments.pay({orderId:a});`,
      'index.html': '<script src="https://cdn.example.com/tracker.js"></script>',
      'run.sh': 'rm -rf /',
    })), { appId: 'parking' });
    expect(report.passed).toBe(false);
    expect(report.findings.map((f) => [f.check, f.severity, f.file, f.rule ?? ''])).toEqual([
      ['file-type', 'error', 'run.sh', ''],
      ['secret', 'error', 'assets/index.js', '@citadel/secretlint-rule-client-secret'],
      ['secret', 'error', 'assets/index.js', '@citadel/secretlint-rule-webhook-secret'],
      ['secret', 'error', 'assets/index.js', '@secretlint/secretlint-rule-privatekey'],
      ['permissions', 'error', 'assets/index.js', 'payments.pay'],
      ['remote-script', 'error', 'index.html', '<script src>'],
    ]);
    expect(report.permissionsUsed).toEqual(['payments']);
    expect(JSON.stringify(report)).not.toContain(clientSecret);
    expect(JSON.stringify(report)).not.toContain(webhookSecret.slice(6, 30));
  });

  it('passes with warnings only', async () => {
    const report = await checkBundle(bundleFiles(minimalBundle({ 'manifest.json': JSON.stringify(minimalManifest('parking', ['location'])) })), { appId: 'parking' });
    expect(report).toMatchObject({ passed: true, permissionsDeclared: ['location'], permissionsUsed: [], findings: [{ check: 'permissions', severity: 'warning' }] });
  });

  it('lists at most 20 findings of one check in one file, and counts the rest, in linear time', async () => {
    const started = performance.now();
    const report = await checkBundle(bundleFiles(minimalBundle({ 'assets/index.js': 'import"//cdn.example.com/a.js";\n'.repeat(150_000) })), { appId: 'parking' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(MAX_FINDINGS_PER_FILE).toBe(20);
    expect(report.passed).toBe(false);
    expect(report.findings).toHaveLength(21);
    expect(report.findings[19]).toMatchObject({ check: 'remote-script', file: 'assets/index.js', line: 20 });
    expect(report.findings[20]).toEqual({ check: 'remote-script', severity: 'error', file: 'assets/index.js', message: '149980 more remote-script findings in assets/index.js, not listed' });
  });

  it('checks the budgets it is given', async () => {
    const report = await checkBundle(bundleFiles(minimalBundle()), { appId: 'parking', limits: { maxFiles: 2 } });
    expect(report.findings).toEqual([expect.objectContaining({ check: 'budget', rule: 'maxFiles' })]);
  });

  it('reports no manifest when manifest.json is not one', async () => {
    const report = await checkBundle(bundleFiles(minimalBundle({ 'manifest.json': '{}' })), { appId: 'parking' });
    expect(report.passed).toBe(false);
    expect(report).not.toHaveProperty('manifest');
  });
});

describe('bundle hash', () => {
  it('is the same for the same files in any archive order, and changes with any byte or path', async () => {
    const files = minimalBundle();
    const hashOf = async (archive: Uint8Array) => (await checkBundle(await readBundle(archive), { appId: 'parking' })).bundleHash;
    const forward = await hashOf(zipFiles(files));
    const backward = await hashOf(zipOf(Object.entries(files).reverse().map(([name, data]) => ({ name, data, stored: true }))));
    expect(backward).toBe(forward);
    expect(await hashOf(zipFiles({ ...files, 'assets/index.css': 'body{margin:1px}' }))).not.toBe(forward);
    const { 'icon.svg': icon, ...rest } = files;
    expect(await hashOf(zipFiles({ ...rest, 'icon2.svg': icon! }))).not.toBe(forward);
  });

  it('is SHA-256 over "<sha256>  <path>\\n" lines sorted by path, as sha256sum writes them', async () => {
    const report = await checkBundle(bundleFiles({ 'b.txt': 'b', 'a.txt': 'a' }), { appId: 'parking' });
    expect(report.bundleHash).toBe(sha256(`${sha256('a')}  a.txt\n${sha256('b')}  b.txt\n`));
  });
});

describe("the platform's own mini-apps, as built by npm run build", () => {
  const miniapps = resolve(import.meta.dirname, '../../../miniapps');
  const apps = readdirSync(miniapps).filter((name) => existsSync(join(miniapps, name, 'manifest.json')));

  /** Every file under `dir`, by its path from `dir`. */
  const filesUnder = (dir: string): Record<string, Uint8Array> => Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]),
  );

  it('are all there', () => {
    expect(apps.length).toBeGreaterThanOrEqual(5);
    for (const app of apps) expect(existsSync(join(miniapps, app, 'dist', 'index.html')), `${app} is built`).toBe(true);
  });

  it.each(apps)('%s passes with no error, and uses every permission it declares', async (app) => {
    const manifest = readFileSync(join(miniapps, app, 'manifest.json'));
    const archive = zipFiles({ ...filesUnder(join(miniapps, app, 'dist')), 'manifest.json': manifest });
    const report = await checkBundle(await readBundle(archive), { appId: JSON.parse(manifest.toString()).id });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.permissionsUsed).toEqual(report.permissionsDeclared);
  });
});
