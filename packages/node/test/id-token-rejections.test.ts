import { CompactSign, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken, type IdTokenErrorReason, type VerifyIdTokenOptions } from '../src/index.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { deadOrigin, startLocalServer } from './local-server.js';
import { createSigningKey, encodePart, goodClaims, NOW, optionsFor, signToken, type SigningKey, type TokenChanges } from './signing-keys.js';

let jwks: JwksServer;
let key: SigningKey;
let es384: SigningKey;

beforeAll(async () => {
  [key, es384] = await Promise.all([createSigningKey('key-1'), createSigningKey('key-384', 'ES384')]);
  jwks = await startJwksServer([key.jwk, es384.jwk]);
});
afterAll(() => jwks.close());

const options = (extra: Partial<VerifyIdTokenOptions> = {}) => optionsFor(jwks.origin, extra);

/** Expects `token` to be refused for `reason`, as a rejection (never a synchronous throw). */
async function expectRefused(token: string, reason: IdTokenErrorReason, extra: Partial<VerifyIdTokenOptions> = {}) {
  const pending = verifyIdToken(token, options(extra));
  await expect(pending).rejects.toMatchObject({ name: 'IdTokenError', reason });
}

const signed = (changes: TokenChanges) => signToken(key, jwks.origin, changes);
const unsigned = (header: object, claims: object, signature = '') => `${encodePart(header)}.${encodePart(claims)}.${signature}`;

describe('verifyIdToken refuses', () => {
  it('MALFORMED: anything that is not a compact JWS with JSON parts', async () => {
    const good = await signed({});
    const [header, payload, signature] = good.split('.') as [string, string, string];
    for (const token of ['', 'not a token', 'a.b', `${header}.${payload}`, `${header}.${payload}.${signature}.x`, `!!.${payload}.${signature}`,
      `${Buffer.from('{not json').toString('base64url')}.${payload}.${signature}`, `x${good}`.repeat(200)]) {
      await expectRefused(token, 'MALFORMED');
    }
    await expectRefused(undefined as unknown as string, 'MALFORMED');
  });

  it('MALFORMED: a header without kid', async () => {
    await expectRefused(await signed({ header: { kid: undefined } }), 'MALFORMED');
  });

  it('MALFORMED: a correctly signed payload that is not a JSON object', async () => {
    for (const payload of ['"just a string"', '[1,2]', '{not json']) {
      const token = await new CompactSign(new TextEncoder().encode(payload))
        .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'citadel-id+jwt' })
        .sign(key.privateKey);
      await expectRefused(token, 'MALFORMED');
    }
  });

  it('MALFORMED: claims of the wrong type', async () => {
    for (const claims of [{ sub: 42 }, { sub: '' }, { nonce: 7 }, { iat: 'now' }, { exp: String(NOW + 300) }, { nbf: 'soon' },
      { name: ['An'] }, { phone_number: 84901234567 }, { phone_number_verified: 'true' }, { phone_number_verified: 1 }, { phone_number_verified: null },
      { verification_level: 'gold' }, { ward: null }]) {
      await expectRefused(await signed({ claims }), 'MALFORMED');
    }
  });

  it('WRONG_TYPE: a missing or other typ', async () => {
    for (const typ of [undefined, 'JWT', 'at+jwt', 'citadel-id']) await expectRefused(await signed({ header: { typ } }), 'WRONG_TYPE');
  });

  it('WRONG_ALGORITHM: alg none, before any key is fetched', async () => {
    const fresh = await startJwksServer([key.jwk]);
    try {
      const claims = goodClaims(fresh.origin);
      for (const alg of ['none', 'None', 'NONE']) {
        await expectRefused(unsigned({ alg, kid: key.kid, typ: 'citadel-id+jwt' }, claims), 'WRONG_ALGORITHM', { issuer: fresh.origin });
      }
      expect(fresh.requests).toHaveLength(0);
    } finally {
      await fresh.close();
    }
  });

  it('WRONG_ALGORITHM: HS256, including one keyed with the public key (algorithm confusion)', async () => {
    const publicKeyBytes = new TextEncoder().encode(JSON.stringify(key.jwk));
    for (const secret of [publicKeyBytes, new Uint8Array(32).fill(7)]) {
      const token = await new SignJWT(goodClaims(jwks.origin)).setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'citadel-id+jwt' }).sign(secret);
      await expectRefused(token, 'WRONG_ALGORITHM');
    }
  });

  it('WRONG_ALGORITHM: another asymmetric algorithm, even with its key published', async () => {
    const token = await new SignJWT(goodClaims(jwks.origin)).setProtectedHeader({ alg: 'ES384', kid: es384.kid, typ: 'citadel-id+jwt' }).sign(es384.privateKey);
    await expectRefused(token, 'WRONG_ALGORITHM');
  });

  it('UNKNOWN_KEY: a kid the key set does not publish', async () => {
    const stranger = await createSigningKey('not-published');
    await expectRefused(await signToken(stranger, jwks.origin), 'UNKNOWN_KEY');
  });

  it('BAD_SIGNATURE: a payload swapped into a signed token', async () => {
    const [header, , signature] = (await signed({})).split('.') as [string, string, string];
    const forged = encodePart({ ...goodClaims(jwks.origin), sub: 'someone-else' });
    await expectRefused(`${header}.${forged}.${signature}`, 'BAD_SIGNATURE');
  });

  it('BAD_SIGNATURE: a token signed by another key under a published kid', async () => {
    const impostor = await createSigningKey(key.kid);
    await expectRefused(await signToken(impostor, jwks.origin), 'BAD_SIGNATURE');
  });

  it('BAD_SIGNATURE before any claim: a forged token for another app reads as forged', async () => {
    const impostor = await createSigningKey(key.kid);
    await expectRefused(await signToken(impostor, jwks.origin, { claims: { aud: 'other-app', exp: NOW - 1000 } }), 'BAD_SIGNATURE');
  });

  it('WRONG_ISSUER: another iss', async () => {
    for (const iss of ['https://evil.example', `${jwks.origin}/`, jwks.origin.replace('127.0.0.1', 'localhost')]) {
      await expectRefused(await signed({ claims: { iss } }), 'WRONG_ISSUER');
    }
  });

  it('WRONG_AUDIENCE: a token for another app, or for several', async () => {
    await expectRefused(await signed({ claims: { aud: 'other-app' } }), 'WRONG_AUDIENCE');
    await expectRefused(await signed({ claims: { aud: 'Kitchen-Sink' } }), 'WRONG_AUDIENCE');
    await expectRefused(await signed({ claims: { aud: ['kitchen-sink', 'other-app'] } }), 'WRONG_AUDIENCE');
  });

  it('EXPIRED: exp passed beyond the clock tolerance', async () => {
    await expectRefused(await signed({ claims: { iat: NOW - 300, exp: NOW - 6 } }), 'EXPIRED');
    await expectRefused(await signed({}), 'EXPIRED', { now: new Date((NOW + 305) * 1000) });
    await expectRefused(await signed({ claims: { iat: NOW - 300, exp: NOW - 1 } }), 'EXPIRED', { clockToleranceSeconds: 0 });
  });

  it('NOT_YET_VALID: iat or nbf in the future beyond the clock tolerance', async () => {
    await expectRefused(await signed({ claims: { iat: NOW + 6, exp: NOW + 306 } }), 'NOT_YET_VALID');
    await expectRefused(await signed({ claims: { nbf: NOW + 6 } }), 'NOT_YET_VALID');
    await expectRefused(await signed({ claims: { iat: NOW + 1, exp: NOW + 301 } }), 'NOT_YET_VALID', { clockToleranceSeconds: 0 });
    await expect(verifyIdToken(await signed({ claims: { iat: NOW + 5, exp: NOW + 305, nbf: NOW + 5 } }), options())).resolves.toMatchObject({ iat: NOW + 5 });
  });

  it('LIFETIME_TOO_LONG: exp - iat over 300 seconds', async () => {
    await expectRefused(await signed({ claims: { exp: NOW + 301 } }), 'LIFETIME_TOO_LONG');
    await expectRefused(await signed({ claims: { iat: NOW - 3600, exp: NOW + 3600 } }), 'LIFETIME_TOO_LONG');
  });

  it('MISSING_CLAIM: each required claim', async () => {
    for (const claim of ['iss', 'aud', 'sub', 'iat', 'exp', 'nonce']) {
      await expectRefused(await signed({ claims: { [claim]: undefined } }), 'MISSING_CLAIM');
    }
  });

  it('NONCE_MISMATCH: a nonce other than the one expected', async () => {
    const token = await signed({});
    await expectRefused(token, 'NONCE_MISMATCH', { nonce: 'nonce-from-another-sign-in' });
    await expectRefused(token, 'NONCE_MISMATCH', { nonce: 'nonce-012345678' });
    await expect(verifyIdToken(token, options())).resolves.toMatchObject({ nonce: 'nonce-0123456789' });
  });
});

describe('verifyIdToken refuses with JWKS_UNAVAILABLE', () => {
  it('when nothing listens at the JWKS URL', async () => {
    const origin = await deadOrigin();
    await expectRefused(await signToken(key, origin), 'JWKS_UNAVAILABLE', { issuer: origin });
  });

  it('when the JWKS URL answers an error, something not JSON, or JSON that is not a key set', async () => {
    for (const answer of [{ status: 500, body: '{"code":"INTERNAL","message":"x"}' }, { status: 200, body: '<html>' }, { status: 200, body: '{"keys":"no"}' }]) {
      const broken = await startJwksServer([]);
      broken.answer(answer);
      try {
        await expectRefused(await signToken(key, broken.origin), 'JWKS_UNAVAILABLE', { issuer: broken.origin });
        expect(broken.requests).toHaveLength(1);
      } finally {
        await broken.close();
      }
    }
  });

  it('when the JWKS URL redirects, even to the right key set (redirects are not followed)', async () => {
    const redirecting = await startLocalServer((_request, response) => {
      response.writeHead(302, { location: `${jwks.origin}/.well-known/jwks.json` }).end();
    });
    try {
      await expectRefused(await signToken(key, redirecting.origin), 'JWKS_UNAVAILABLE', { issuer: redirecting.origin });
    } finally {
      await redirecting.close();
    }
  });
});
