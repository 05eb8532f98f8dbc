import { describe, expect, it } from 'vitest';
import { isMethodName, methodNames, methods, permissionNames } from '../src/index.js';

describe('method registry', () => {
  it('has only own names: prototype members are never methods', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '']) {
      expect(isMethodName(name)).toBe(false);
    }
    expect(methodNames.every(isMethodName)).toBe(true);
  });

  it('names every method namespace.name with a since version and a known permission', () => {
    for (const name of methodNames) {
      const spec = methods[name];
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(spec.since).toMatch(/^\d+\.\d+$/);
      expect(spec.permission === null || permissionNames.includes(spec.permission)).toBe(true);
      expect(spec.summary.length).toBeGreaterThan(10);
    }
  });

  it('files each sensitive capability under its grant (the one table docs/security-model.md describes)', () => {
    const byPermission = Object.fromEntries(methodNames.map((m) => [m, methods[m].permission]));
    expect(byPermission).toMatchObject({
      'location.getCurrent': 'location', 'location.watch': 'location', 'location.clearWatch': 'location',
      'identity.getToken': 'identity', 'identity.getProfile': 'identity',
      'payments.pay': 'payments', 'notifications.requestPermission': 'notifications',
      'storage.get': null, 'ui.setTitle': null, 'app.ready': null,
    });
  });

  it('params schemas are strict: unknown keys are refused', () => {
    expect(methods['storage.get'].params.safeParse({ key: 'a' }).success).toBe(true);
    expect(methods['storage.get'].params.safeParse({ key: 'a', extra: 1 }).success).toBe(false);
    expect(methods['app.ready'].params.safeParse({ x: 1 }).success).toBe(false);
    expect(methods['identity.getToken'].params.safeParse({ nonce: 'short' }).success).toBe(false);
  });
});
