import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { VerifyIdTokenOptions } from '../src/index.js';

/** An ES256 key pair as the platform holds it: private key to sign, public JWK to publish. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
}

/** Generates a fresh key pair for `alg` (ES256 unless told), published as `{ kid, alg, use: 'sig' }`. */
export async function createSigningKey(kid: string, alg = 'ES256'): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** The test clock: every token and every verification uses it unless a test says otherwise. */
export const NOW = 1_750_000_000;

/** The claims of a well-formed token for the app `kitchen-sink`. */
export const goodClaims = (issuer: string): JWTPayload => ({
  iss: issuer,
  aud: 'kitchen-sink',
  sub: 'pw-4f9a2c',
  iat: NOW,
  exp: NOW + 300,
  nonce: 'nonce-0123456789',
});

/** Options that accept `goodClaims(issuer)` at the test clock, with `extra` applied. */
export const optionsFor = (issuer: string, extra: Partial<VerifyIdTokenOptions> = {}): VerifyIdTokenOptions => ({
  appId: 'kitchen-sink',
  issuer,
  now: new Date(NOW * 1000),
  ...extra,
});

/** What to change in a token: claims to set (`undefined` removes one), and header members. */
export interface TokenChanges {
  readonly claims?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
}

/** Signs a token with `key` as the platform would, with `changes` applied to the claims and header. */
export async function signToken(key: SigningKey, issuer: string, changes: TokenChanges = {}): Promise<string> {
  const claims: Record<string, unknown> = { ...goodClaims(issuer), ...changes.claims };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const header = { alg: 'ES256', kid: key.kid, typ: 'citadel-id+jwt', ...changes.header };
  for (const [name, value] of Object.entries(header)) if (value === undefined) delete (header as Record<string, unknown>)[name];
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key.privateKey);
}

/** base64url of a JSON value, to hand-craft tokens jose would refuse to sign. */
export const encodePart = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of a well-formed receipt for the app `kitchen-sink`, as the platform signs them. */
export const receiptClaims = (issuer: string): JWTPayload => ({
  iss: issuer,
  aud: 'kitchen-sink',
  sub: 'pw-4f9a2c',
  iat: NOW,
  payment_id: 'pay_7Qx2',
  order_id: 'ord_9Lm4',
  amount: 150_000,
  currency: 'VND',
  reference: 'INV-2025-06-0042',
});

/** Signs a receipt with `key` as the platform would, with `changes` applied to the claims and header. */
export async function signReceiptToken(key: SigningKey, issuer: string, changes: TokenChanges = {}): Promise<string> {
  const claims: Record<string, unknown> = { ...receiptClaims(issuer), ...changes.claims };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const header: Record<string, unknown> = { alg: 'ES256', kid: key.kid, typ: 'citadel-receipt+jwt', ...changes.header };
  for (const [name, value] of Object.entries(header)) if (value === undefined) delete header[name];
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key.privateKey);
}
