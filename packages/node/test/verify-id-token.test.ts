import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdTokenError, isIdTokenError, verifyIdToken, type VerifyIdTokenOptions } from '../src/index.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { createSigningKey, NOW, optionsFor, signToken, type SigningKey } from './signing-keys.js';

let jwks: JwksServer;
let current: SigningKey;
let previous: SigningKey;

beforeAll(async () => {
  [current, previous] = await Promise.all([createSigningKey('key-2025-06'), createSigningKey('key-2025-05')]);
  jwks = await startJwksServer([current.jwk, previous.jwk]);
});
afterAll(() => jwks.close());

const options = (extra: Partial<VerifyIdTokenOptions> = {}) => optionsFor(jwks.origin, extra);

describe('verifyIdToken: accepted tokens', () => {
  it('resolves with every granted claim, in camelCase, and nothing else', async () => {
    const token = await signToken(current, jwks.origin, {
      claims: { name: 'Nguyễn Văn An', phone_number: '+84901234567', phone_number_verified: true, verification_level: 'verified', ward: 'Phú Hội', extra: 'ignored' },
    });
    expect(await verifyIdToken(token, options({ nonce: 'nonce-0123456789' }))).toStrictEqual({
      sub: 'pw-4f9a2c',
      aud: 'kitchen-sink',
      iss: jwks.origin,
      iat: NOW,
      exp: NOW + 300,
      nonce: 'nonce-0123456789',
      name: 'Nguyễn Văn An',
      phoneNumber: '+84901234567',
      phoneNumberVerified: true,
      verificationLevel: 'verified',
      ward: 'Phú Hội',
    });
  });

  it('reads phone_number_verified false as false, not as absent', async () => {
    const token = await signToken(current, jwks.origin, { claims: { phone_number: '+84901234567', phone_number_verified: false } });
    expect(await verifyIdToken(token, options())).toMatchObject({ phoneNumber: '+84901234567', phoneNumberVerified: false });
  });

  it('leaves out the claims the citizen did not grant', async () => {
    const claims = await verifyIdToken(await signToken(current, jwks.origin), options());
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'nonce', 'sub']);
  });

  it('uses the current time and <issuer>/.well-known/jwks.json by default', async () => {
    const key = await createSigningKey('defaults');
    const platform = await startJwksServer([key.jwk]);
    try {
      const now = Math.floor(Date.now() / 1000);
      const token = await signToken(key, platform.origin, { claims: { iat: now, exp: now + 300 } });
      const claims = await verifyIdToken(token, { appId: 'kitchen-sink', issuer: platform.origin });
      expect(claims.iat).toBe(now);
      expect(platform.requests.map((request) => request.url)).toEqual(['/.well-known/jwks.json']);
    } finally {
      await platform.close();
    }
  });

  it('accepts a token signed by either key while two are published (rotation with overlap)', async () => {
    for (const key of [current, previous]) {
      const token = await signToken(key, jwks.origin, { claims: { sub: `signed-by-${key.kid}` } });
      expect((await verifyIdToken(token, options())).sub).toBe(`signed-by-${key.kid}`);
    }
  });

  it('accepts up to the clock tolerance past exp, and the full 300-second lifetime', async () => {
    const token = await signToken(current, jwks.origin);
    await expect(verifyIdToken(token, options({ now: new Date((NOW + 304) * 1000) }))).resolves.toMatchObject({ exp: NOW + 300 });
    await expect(verifyIdToken(token, options({ now: new Date((NOW + 300) * 1000), clockToleranceSeconds: 0 }))).rejects.toMatchObject({ reason: 'EXPIRED' });
  });

  it('accepts an application/ prefix on typ (RFC 7515 §4.1.9)', async () => {
    const token = await signToken(current, jwks.origin, { header: { typ: 'application/citadel-id+jwt' } });
    await expect(verifyIdToken(token, options())).resolves.toMatchObject({ sub: 'pw-4f9a2c' });
  });
});

describe('verifyIdToken: the key set', () => {
  it('fetches a JWKS URL once and reuses it across calls', async () => {
    const key = await createSigningKey('cache-test');
    const own = await startJwksServer([key.jwk]);
    try {
      for (let i = 0; i < 3; i++) await verifyIdToken(await signToken(key, own.origin), options({ issuer: own.origin }));
      expect(own.requests).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('fetches from jwksUrl when given', async () => {
    const key = await createSigningKey('elsewhere');
    const keyHost = await startJwksServer([key.jwk]);
    try {
      const token = await signToken(key, 'https://hue-s.example.vn');
      const claims = await verifyIdToken(token, options({ issuer: 'https://hue-s.example.vn', jwksUrl: `${keyHost.origin}/.well-known/jwks.json` }));
      expect(claims.iss).toBe('https://hue-s.example.vn');
      expect(keyHost.requests).toHaveLength(1);
    } finally {
      await keyHost.close();
    }
  });
});

describe('IdTokenError', () => {
  it('serialises as { code, message } without the cause or stack', async () => {
    const error = await verifyIdToken('not a token', options()).catch((caught: unknown) => caught);
    expect(isIdTokenError(error)).toBe(true);
    expect(error).toBeInstanceOf(IdTokenError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'MALFORMED', message: expect.any(String) });
  });
});
