import { randomBytes } from 'node:crypto';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialFormat } from '@citadel/protocol/api';
import { minimalBundle, zipFiles } from '../../bundle-checks/test/zip-fixtures.js';
import { folderOf, runCli } from './run-cli.js';

// Issue 15: `citadel validate` runs the platform's publishing checks offline, on a built folder or a zip.

const kitchenSink = resolve(import.meta.dirname, '../../../miniapps/kitchen-sink/dist');
/** A client secret in the platform's format, as a partner might leave one in a build. */
const leakedSecret = () => `${credentialFormat.clientSecret.prefix}${randomBytes(credentialFormat.clientSecret.bytes).toString('base64url')}`;

describe('citadel validate', () => {
  it('passes a built demo app (miniapps/kitchen-sink/dist, after npm run build), exit 0', async () => {
    expect(existsSync(join(kitchenSink, 'manifest.json')), 'kitchen-sink is built').toBe(true);
    const run = await runCli(['validate', kitchenSink]);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('passes the platform\'s checks (0 errors');
  });

  it('refuses a folder with a leaked client secret, exit 1, naming the file and line', async () => {
    const folder = folderOf(minimalBundle({ 'assets/config.js': `export const id = 1;\nexport const secret = "${leakedSecret()}";\n` }));
    const run = await runCli(['validate', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^error\s+assets\/config\.js:2\s+\S+\s+.*client secret/m);
    expect(run.stdout).toContain('the platform would refuse this bundle (1 error');
  });

  it('prints the report with --json: passed false, the finding with its file and line, never the secret', async () => {
    const secret = leakedSecret();
    const folder = folderOf(minimalBundle({ 'assets/config.js': `\n\nconst s = "${secret}";` }));
    const run = await runCli(['validate', '--json', folder]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { passed: boolean; findings: { check: string; file?: string; line?: number }[] };
    expect(report.passed).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining({ check: 'secret', severity: 'error', file: 'assets/config.js', line: 3 })]);
    expect(run.stdout).not.toContain(secret);
  });

  it('reads a zip as the platform reads an upload, and checks the manifest against --app', async () => {
    const folder = folderOf({});
    const zip = join(folder, 'bundle.zip');
    writeFileSync(zip, zipFiles(minimalBundle()));
    expect(await runCli(['validate', zip])).toMatchObject({ code: 0 });
    const other = await runCli(['validate', '--app', 'water', zip]);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('id: must be "water"');
  });

  it('refuses what is not a bundle: a file that is not a zip, a path that does not exist, a folder holding a symbolic link', async () => {
    const folder = folderOf({ 'notes.zip': 'not a zip at all' });
    const notZip = await runCli(['validate', join(folder, 'notes.zip')]);
    expect(notZip.code).toBe(1);
    expect(notZip.stdout).toMatch(/^error\s+\(bundle\)\s+NOT_A_ZIP\s+Not a zip archive/m);
    const missing = await runCli(['validate', join(folder, 'nowhere')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('NO_BUNDLE');
    const linked = folderOf(minimalBundle());
    symlinkSync('/etc/hostname', join(linked, 'assets/host.txt'));
    const link = await runCli(['validate', linked]);
    expect(link.code).toBe(1);
    expect(link.stderr).toContain('NO_BUNDLE: assets/host.txt is not a regular file');
  });

  it('has --help naming what it checks', async () => {
    const help = await runCli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: citadel validate [options] [bundle]');
    expect(help.stdout).toContain('--json');
  });
});
