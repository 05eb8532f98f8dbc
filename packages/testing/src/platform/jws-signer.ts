import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { TOKEN_ALGORITHM } from '@citadel/protocol/tokens';

/** One ES256 key of the test platform: its public half as a JWKS, and compact JWS signing with it. */
export interface JwsSigner {
  /** What `/.well-known/jwks.json` answers. */
  readonly jwks: { readonly keys: readonly object[] };
  /** A compact JWS of `claims`, with `typ` in its header. */
  sign(typ: string, claims: Readonly<Record<string, unknown>>): string;
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs with `node:crypto` alone, from the documented format (docs/sign-in-with-citadel.md), not with the library
 * that verifies, so a token that passes `verifyIdToken` passes because it is what the platform sends.
 */
export function createJwsSigner(): JwsSigner {
  const kid = `test-${randomBytes(6).toString('hex')}`;
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: TOKEN_ALGORITHM, use: 'sig' }] },
    sign(typ, claims) {
      const input = `${part({ alg: TOKEN_ALGORITHM, kid, typ })}.${part(claims)}`;
      // JWS ES256 signatures are the raw r || s pair (RFC 7518 §3.4), not DER.
      const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return `${input}.${signature.toString('base64url')}`;
    },
  };
}
