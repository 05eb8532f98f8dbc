import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWebhookSecret } from '@citadel/node';
import { credentialFormat } from '@citadel/protocol/api';
import { scanSecrets } from '../src/secret-scan.js';
import { bundleFiles, minimalBundle } from './zip-fixtures.js';

// Made the way the platform issues them (registry/credentials.ts, @citadel/node).
const issued = (format: { prefix: string; bytes: number }) => `${format.prefix}${randomBytes(format.bytes).toString('base64url')}`;
const clientSecret = issued(credentialFormat.clientSecret);
const clientId = issued(credentialFormat.clientId);
const webhookSecret = createWebhookSecret();
const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

describe('secret scan', () => {
  it('finds a client secret, a webhook secret and a PEM private key, each named by file, line and rule', async () => {
    const findings = await scanSecrets(bundleFiles(minimalBundle({
      'assets/config.js': `export const config = {\n  api: "/api",\n  secret: "${clientSecret}",\n  webhook: '${webhookSecret}',\n};\n`,
      'keys/server.txt': `Our key:\n${privateKey}`,
    })));
    expect(findings).toEqual([
      { check: 'secret', severity: 'error', file: 'assets/config.js', line: 3, rule: '@citadel/secretlint-rule-client-secret', message: expect.stringContaining('client secret') },
      { check: 'secret', severity: 'error', file: 'assets/config.js', line: 4, rule: '@citadel/secretlint-rule-webhook-secret', message: expect.stringContaining('webhook signing secret') },
      { check: 'secret', severity: 'error', file: 'keys/server.txt', line: 2, rule: '@secretlint/secretlint-rule-privatekey', message: expect.stringContaining('private key') },
    ]);
  });

  it('never echoes a secret, nor a piece of one', async () => {
    const findings = await scanSecrets(bundleFiles({ 'a.js': `const s="${clientSecret}",w="${webhookSecret}",k=${JSON.stringify(privateKey)};` }));
    expect(findings).toHaveLength(3);
    const text = JSON.stringify(findings);
    const keyBody = privateKey.split('\n')[1]!;
    for (const secret of [clientSecret, webhookSecret, keyBody]) {
      for (let at = 0; at + 12 <= secret.length; at += 4) expect(text).not.toContain(secret.slice(at, at + 12));
    }
    expect(findings.every((f) => f.message.includes('****'))).toBe(true);
  });

  it('finds a private key as minified code holds it, on one line with escaped newlines', async () => {
    const findings = await scanSecrets(bundleFiles({ 'assets/index.js': `var a=1;const k=${JSON.stringify(privateKey)};export{k};` }));
    expect(findings).toMatchObject([{ file: 'assets/index.js', line: 1, rule: '@secretlint/secretlint-rule-privatekey' }]);
  });

  it('runs secretlint\'s recommended rules: a GitHub token in a source map', async () => {
    const token = `ghp_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'a').slice(0, 36)}`;
    const findings = await scanSecrets(bundleFiles({ 'assets/index.js.map': JSON.stringify({ version: 3, sourcesContent: [`const token = "${token}";`] }) }));
    expect(findings).toMatchObject([{ severity: 'error', file: 'assets/index.js.map', rule: '@secretlint/secretlint-rule-github' }]);
  });

  it('does not let the bundle silence the scan with secretlint-disable comments', async () => {
    const key = JSON.stringify(privateKey);
    const findings = await scanSecrets(bundleFiles({
      'a.js': `// secretlint-disable\nconst s = "${clientSecret}", k = ${key};\n// secretlint-enable`,
      'b.js': `// secretlint-disable-next-line\nconst s = "${clientSecret}";\nconst k = ${key}; // secretlint-disable-line`,
    }));
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['a.js', '@citadel/secretlint-rule-client-secret'], ['a.js', '@secretlint/secretlint-rule-privatekey'],
      ['b.js', '@citadel/secretlint-rule-client-secret'], ['b.js', '@secretlint/secretlint-rule-privatekey'],
    ]);
  });

  it('warns of a client id, which is no secret but has no place in a page', async () => {
    expect(await scanSecrets(bundleFiles({ 'index.html': `<script>const id = "${clientId}";</script>` }))).toEqual([
      { check: 'secret', severity: 'warning', file: 'index.html', line: 1, rule: '@citadel/secretlint-rule-client-id', message: expect.stringContaining('client id') },
    ]);
  });

  it('matches the platform formats exactly, not a longer token that starts alike', async () => {
    const longer = `${clientSecret}A`;
    const files = bundleFiles({ 'a.txt': `${longer} x${clientSecret} ck_short whsec_c2hvcnQ= cs_${'a'.repeat(42)}` });
    expect(await scanSecrets(files)).toEqual([]);
  });

  it('finds nothing in a clean bundle', async () => {
    expect(await scanSecrets(bundleFiles(minimalBundle()))).toEqual([]);
  });
});
