import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { Manifest, methods } from '@citadel/protocol';
import { findBridgeCalls } from '../src/bridge-calls.js';
import { checkPermissions } from '../src/permissions-check.js';
import { minimalManifest } from './zip-fixtures.js';

/** `app` (which has `client` from `connect()`) bundled with the built SDK and minified, as a partner's build ships it. */
async function built(app: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { connect } from './index.js';\nconst client = await connect();\n${app}`, resolveDir: resolve(import.meta.dirname, '../../sdk/dist'), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

/** The methods `code` names that need a permission (the SDK itself names `app.ready` and `app.close`, which need none). */
const methodsIn = (code: string) => findBridgeCalls(code).map((call) => call.method).filter((m) => methods[m].permission !== null).sort();
const manifest = (...permissions: string[]) => Manifest.parse(minimalManifest('parking', permissions));
const script = (text: string, file = 'assets/index.js') => ({ file, text, line: 1 });

describe('bridge calls in built code', () => {
  it('finds none in the SDK itself, which names every namespace', async () => {
    const code = await built('await client.ready();');
    expect(code).toContain('"payments"');
    expect(methodsIn(code)).toEqual([]);
  });

  it('finds namespace calls, minified', async () => {
    const code = await built('await client.payments.pay({ orderId: "o-1" }); await client.location.getCurrent();');
    expect(code).toMatch(/\.payments\.pay\(/);
    expect(methodsIn(code)).toEqual(['location.getCurrent', 'payments.pay']);
  });

  it('finds calls by name, members destructured from a namespace, and optional chaining', async () => {
    const cases: Array<[string, string]> = [
      ['await client.call("identity.getProfile");', 'identity.getProfile'],
      ["if (client.supports('notifications.requestPermission')) {}", 'notifications.requestPermission'],
      ['const { getToken } = client.identity; await getToken({ nonce: "12345678" });', 'identity.getToken'],
      ['await client?.location?.watch?.({});', 'location.watch'],
    ];
    for (const [app, method] of cases) {
      const code = await built(app);
      expect(methodsIn(code), `${app}\n→ ${code.slice(-200)}`).toContain(method);
    }
  });

  it('finds calls in code that was not minified: across lines, and with brackets', () => {
    expect(methodsIn('await client\n  .payments\n  .pay({ orderId })')).toEqual(['payments.pay']);
    expect(methodsIn('client["location"]["clearWatch"]({ watchId })')).toEqual(['location.clearWatch']);
    expect(methodsIn("client['identity'].getProfile()")).toEqual(['identity.getProfile']);
    expect(methodsIn('client.notifications[`getPermission`]()')).toEqual(['notifications.getPermission']);
  });

  it('reads hostile text in linear time', () => {
    // Each took minutes when a pattern started at "{" and ran to its end (quadratic).
    for (const code of [`{${'pay '.repeat(250_000)}`, `{${'}=payments '.repeat(100_000)}`, 'payments '.repeat(250_000)]) {
      const started = performance.now();
      findBridgeCalls(code);
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it('does not take look-alikes for calls', () => {
    expect(methodsIn('window.location.href; myapi.pay(1); x.payments_pay(); const identity = 1; "payments.payLater"; paymentsXpay')).toEqual([]);
  });
});

describe('permissions against the manifest', () => {
  it('passes when every permission a call needs is declared, and reports both lists', () => {
    const result = checkPermissions([script('e.payments.pay({orderId:t});e.storage.get({key:`k`})')], manifest('payments'));
    expect(result).toEqual({ findings: [], declared: ['payments'], used: ['payments'] });
  });

  it('refuses a call whose permission is undeclared, naming the method, file and line', () => {
    const result = checkPermissions([
      script('let a=1;\nawait e.location.getCurrent();\ne.location.getCurrent()'),
      { file: 'index.html', text: 'client.payments.pay({orderId})', line: 12 },
    ], manifest());
    expect(result.used).toEqual(['location', 'payments']);
    expect(result.findings).toEqual([
      { check: 'permissions', severity: 'error', file: 'assets/index.js', line: 2, rule: 'location.getCurrent', message: 'assets/index.js calls location.getCurrent, which needs the "location" permission the manifest does not declare' },
      { check: 'permissions', severity: 'error', file: 'index.html', line: 12, rule: 'payments.pay', message: 'index.html calls payments.pay, which needs the "payments" permission the manifest does not declare' },
    ]);
  });

  it('warns of a declared permission no call needs', () => {
    const result = checkPermissions([script('e.identity.getToken({nonce:n})')], manifest('identity', 'location'));
    expect(result.findings).toEqual([{
      check: 'permissions', severity: 'warning', file: 'manifest.json', rule: 'location',
      message: expect.stringContaining('The manifest declares "location", but no script calls a method that needs it (location.getCurrent, location.watch, location.clearWatch)'),
    }]);
  });

  it('reports only what is used when there is no valid manifest', () => {
    expect(checkPermissions([script('e.payments.pay()')], undefined)).toEqual({ findings: [], declared: [], used: ['payments'] });
  });
});
