import { describe, expect, it } from 'vitest';
import { verifyIdToken, type VerifyIdTokenOptions } from '../src/index.js';

const base: VerifyIdTokenOptions = { appId: 'kitchen-sink', issuer: 'http://localhost:8080' };

describe('verifyIdToken options', () => {
  it('rejects (never throws) with TypeError on a misconfiguration, before looking at the token', async () => {
    const wrong: Array<Partial<Record<keyof VerifyIdTokenOptions, unknown>>> = [
      { appId: '' },
      { appId: undefined },
      { issuer: 'http://localhost:8080/' },
      { issuer: 'https://hue-s.example.vn/citadel' },
      { issuer: 'hue-s.example.vn' },
      { issuer: 'http://hue-s.example.vn' },
      { issuer: 'http://localhost.evil.example' },
      { issuer: 'https://user:pass@hue-s.example.vn' },
      { jwksUrl: 'http://keys.example.vn/.well-known/jwks.json' },
      { nonce: '' },
      { clockToleranceSeconds: -1 },
      { clockToleranceSeconds: Number.NaN },
      { now: new Date(Number.NaN) },
      { now: 1_750_000_000 },
    ];
    for (const change of wrong) {
      let pending: Promise<unknown> | undefined;
      expect(() => { pending = verifyIdToken('a.b.c', { ...base, ...change } as VerifyIdTokenOptions); }).not.toThrow();
      await expect(pending, JSON.stringify(change)).rejects.toBeInstanceOf(TypeError);
    }
    await expect(verifyIdToken('a.b.c', undefined as unknown as VerifyIdTokenOptions)).rejects.toBeInstanceOf(TypeError);
  });

  it('accepts https origins, and http only on loopback hosts', async () => {
    for (const issuer of ['https://hue-s.example.vn', 'http://localhost:8080', 'http://platform.localhost:8080', 'http://127.0.0.1:8080', 'http://[::1]:8080']) {
      // A well-formed options object gets as far as the token, which is refused as malformed.
      await expect(verifyIdToken('not-a-jwt', { ...base, issuer }), issuer).rejects.toMatchObject({ reason: 'MALFORMED' });
    }
  });
});
