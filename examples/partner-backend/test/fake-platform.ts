import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ID_TOKEN_TYPE } from '@citadel/node';

/**
 * A stand-in for the Citadel platform's token side, written from docs/sign-in-with-citadel.md
 * with node:crypto only (no jose), so the example is checked against the documented format
 * rather than against the library that verifies it. The token's `typ` is `@citadel/node`'s
 * `ID_TOKEN_TYPE`, declared once in `@citadel/protocol/tokens`.
 */
export interface FakePlatform {
  /** `http://127.0.0.1:<port>`: the issuer. */
  readonly origin: string;
  /** Signs an identity token for `claims` (merged over a valid set; `undefined` removes one). */
  issue(claims?: Readonly<Record<string, unknown>>): string;
  close(): Promise<void>;
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signEs256(privateKey: KeyObject, kid: string, claims: Readonly<Record<string, unknown>>): string {
  const input = `${part({ alg: 'ES256', kid, typ: ID_TOKEN_TYPE })}.${part(claims)}`;
  // JWS ES256 signatures are the raw r || s pair (RFC 7518 §3.4), not DER.
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/** Starts a platform that publishes one ES256 key at `/.well-known/jwks.json`. */
export async function startFakePlatform(appId: string): Promise<FakePlatform> {
  const kid = 'test-key-1';
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] });
  const server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    issue(changes = {}) {
      const now = Math.floor(Date.now() / 1000);
      const claims: Record<string, unknown> = { iss: origin, aud: appId, sub: 'pw-7c1e', iat: now, exp: now + 300, nonce: 'nonce-abcdefgh', ...changes };
      for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
      return signEs256(privateKey, kid, claims);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
