import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isReceiptError, ReceiptError, verifyIdToken, verifyReceipt,
  type ReceiptErrorReason, type VerifyReceiptOptions,
} from '../src/index.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { deadOrigin } from './local-server.js';
import { createSigningKey, encodePart, NOW, optionsFor, receiptClaims, signReceiptToken, signToken, type SigningKey, type TokenChanges } from './signing-keys.js';

let jwks: JwksServer;
let key: SigningKey;

beforeAll(async () => {
  key = await createSigningKey('key-1');
  jwks = await startJwksServer([key.jwk]);
});
afterAll(() => jwks.close());

const options = (extra: Partial<VerifyReceiptOptions> = {}): VerifyReceiptOptions => ({ appId: 'kitchen-sink', issuer: jwks.origin, now: new Date(NOW * 1000), ...extra });
const signed = (changes: TokenChanges = {}) => signReceiptToken(key, jwks.origin, changes);

async function expectRefused(receipt: string, reason: ReceiptErrorReason, extra: Partial<VerifyReceiptOptions> = {}) {
  await expect(verifyReceipt(receipt, options(extra))).rejects.toMatchObject({ name: 'ReceiptError', reason });
}

describe('verifyReceipt: accepted receipts', () => {
  it('resolves with what the receipt proves, in camelCase, and nothing else', async () => {
    expect(await verifyReceipt(await signed({ claims: { extra: 'ignored' } }), options())).toStrictEqual({
      paymentId: 'pay_7Qx2', orderId: 'ord_9Lm4', amount: 150_000, currency: 'VND', reference: 'INV-2025-06-0042', sub: 'pw-4f9a2c', iat: NOW,
    });
  });

  it('has no expiry: a year-old receipt still verifies', async () => {
    await expect(verifyReceipt(await signed(), options({ now: new Date((NOW + 365 * 86_400) * 1000) }))).resolves.toMatchObject({ paymentId: 'pay_7Qx2' });
  });

  it('shares the identity tokens’ cached key set: one JWKS fetch for both', async () => {
    const own = await createSigningKey('shared');
    const platform = await startJwksServer([own.jwk]);
    try {
      await verifyIdToken(await signToken(own, platform.origin), optionsFor(platform.origin));
      await verifyReceipt(await signReceiptToken(own, platform.origin), options({ issuer: platform.origin }));
      await verifyReceipt(await signReceiptToken(own, platform.origin), options({ issuer: platform.origin }));
      expect(platform.requests).toHaveLength(1);
    } finally {
      await platform.close();
    }
  });
});

describe('verifyReceipt refuses', () => {
  it('MALFORMED: not a compact JWS, no kid, or claims of the wrong type', async () => {
    for (const receipt of ['', 'not a receipt', 'a.b', `${'x'.repeat(9000)}`]) await expectRefused(receipt, 'MALFORMED');
    await expectRefused(undefined as unknown as string, 'MALFORMED');
    await expectRefused(await signed({ header: { kid: undefined } }), 'MALFORMED');
    for (const claims of [{ amount: '150000' }, { amount: 0 }, { amount: -5 }, { amount: 1.5 }, { currency: 'USD' }, { currency: 'vnd' },
      { payment_id: 7 }, { order_id: '' }, { reference: null }, { sub: '' }, { iat: 'now' }]) {
      await expectRefused(await signed({ claims }), 'MALFORMED');
    }
  });

  it('WRONG_TYPE: an identity token is not a receipt, and a receipt is not an identity token', async () => {
    await expectRefused(await signed({ header: { typ: 'citadel-id+jwt' } }), 'WRONG_TYPE');
    await expectRefused(await signed({ header: { typ: undefined } }), 'WRONG_TYPE');
    await expectRefused(await signToken(key, jwks.origin), 'WRONG_TYPE');
    await expect(verifyIdToken(await signed({ claims: { exp: NOW + 60, nonce: 'nonce-0123456789' } }), optionsFor(jwks.origin)))
      .rejects.toMatchObject({ name: 'IdTokenError', reason: 'WRONG_TYPE' });
  });

  it('WRONG_ALGORITHM: none, HS256 keyed with the public key, or another asymmetric algorithm', async () => {
    const claims = receiptClaims(jwks.origin);
    await expectRefused(`${encodePart({ alg: 'none', kid: key.kid, typ: 'citadel-receipt+jwt' })}.${encodePart(claims)}.`, 'WRONG_ALGORITHM');
    const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'citadel-receipt+jwt' })
      .sign(new TextEncoder().encode(JSON.stringify(key.jwk)));
    await expectRefused(hmac, 'WRONG_ALGORITHM');
    const es384 = await createSigningKey('key-384', 'ES384');
    await expectRefused(await signReceiptToken(es384, jwks.origin, { header: { alg: 'ES384' } }), 'WRONG_ALGORITHM');
  });

  it('UNKNOWN_KEY and BAD_SIGNATURE: an unpublished kid, another key under a published kid, a swapped payload', async () => {
    await expectRefused(await signReceiptToken(await createSigningKey('not-published'), jwks.origin), 'UNKNOWN_KEY');
    await expectRefused(await signReceiptToken(await createSigningKey(key.kid), jwks.origin), 'BAD_SIGNATURE');
    const [header, , signature] = (await signed()).split('.') as [string, string, string];
    await expectRefused(`${header}.${encodePart({ ...receiptClaims(jwks.origin), amount: 1_500_000 })}.${signature}`, 'BAD_SIGNATURE');
  });

  it('WRONG_ISSUER and WRONG_AUDIENCE', async () => {
    await expectRefused(await signed({ claims: { iss: 'https://evil.example' } }), 'WRONG_ISSUER');
    await expectRefused(await signed({ claims: { aud: 'other-app' } }), 'WRONG_AUDIENCE');
    await expectRefused(await signed({ claims: { aud: ['kitchen-sink', 'other-app'] } }), 'WRONG_AUDIENCE');
  });

  it('EXPIRED and NOT_YET_VALID', async () => {
    await expectRefused(await signed({ claims: { exp: NOW - 60 } }), 'EXPIRED');
    await expectRefused(await signed({ claims: { iat: NOW + 60 } }), 'NOT_YET_VALID');
    await expectRefused(await signed({ claims: { nbf: NOW + 60 } }), 'NOT_YET_VALID');
    await expect(verifyReceipt(await signed({ claims: { iat: NOW + 5 } }), options())).resolves.toMatchObject({ iat: NOW + 5 });
  });

  it('MISSING_CLAIM: each required claim', async () => {
    for (const claim of ['iss', 'aud', 'sub', 'iat', 'payment_id', 'order_id', 'amount', 'currency', 'reference']) {
      await expectRefused(await signed({ claims: { [claim]: undefined } }), 'MISSING_CLAIM');
    }
  });

  it('JWKS_UNAVAILABLE when the key set cannot be fetched', async () => {
    const origin = await deadOrigin();
    await expectRefused(await signReceiptToken(key, origin), 'JWKS_UNAVAILABLE', { issuer: origin });
  });

  it('rejects (never throws) with TypeError on a misconfiguration', async () => {
    for (const change of [{ appId: '' }, { issuer: 'http://hue-s.example.vn' }, { issuer: `${jwks.origin}/` }, { jwksUrl: 'http://keys.example.vn/jwks' }, { now: new Date(Number.NaN) }]) {
      let pending: Promise<unknown> | undefined;
      expect(() => { pending = verifyReceipt('a.b.c', options(change as Partial<VerifyReceiptOptions>)); }).not.toThrow();
      await expect(pending, JSON.stringify(change)).rejects.toBeInstanceOf(TypeError);
    }
    await expect(verifyReceipt('a.b.c', undefined as unknown as VerifyReceiptOptions)).rejects.toThrow(/verifyReceipt/);
  });

  it('serialises its error as { code, message }', async () => {
    const error = await verifyReceipt('nope', options()).catch((caught: unknown) => caught);
    expect(isReceiptError(error)).toBe(true);
    expect(error).toBeInstanceOf(ReceiptError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'MALFORMED', message: expect.any(String) });
  });
});
