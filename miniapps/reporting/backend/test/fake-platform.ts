import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Citadel platform's token side and its partner notifications endpoint, written from docs/sign-in-with-citadel.md
 * with node:crypto only (no jose), so the example is checked against the documented format
 * rather than against the library that verifies it.
 */
export interface FakePlatform {
  /** `http://127.0.0.1:<port>`: the issuer. */
  readonly origin: string;
  /** Signs an identity token for `claims` (merged over a valid set; `undefined` removes one). */
  issue(claims?: Readonly<Record<string, unknown>>): string;
  /** The notifications the partner API accepted, with their idempotency keys. */
  readonly sent: Array<{ key: string; body: Record<string, unknown> }>;
  /** The subs that allowed notifications; everyone else gets 403 NOTIFICATIONS_NOT_GRANTED. */
  readonly granted: Set<string>;
  close(): Promise<void>;
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signEs256(privateKey: KeyObject, kid: string, claims: Readonly<Record<string, unknown>>): string {
  const input = `${part({ alg: 'ES256', kid, typ: 'citadel-id+jwt' })}.${part(claims)}`;
  // JWS ES256 signatures are the raw r || s pair (RFC 7518 §3.4), not DER.
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/** Starts a platform that publishes one ES256 key at `/.well-known/jwks.json`. */
export async function startFakePlatform(appId: string): Promise<FakePlatform> {
  const kid = 'test-key-1';
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] });
  const sent: Array<{ key: string; body: Record<string, unknown> }> = [];
  const granted = new Set<string>();
  const server = createServer((request, response) => {
    if (request.url === '/api/partner/v1/notifications' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        const json = { 'content-type': 'application/json' };
        if (!granted.has(String(body['to']))) {
          return void response.writeHead(403, json).end(JSON.stringify({ code: 'NOTIFICATIONS_NOT_GRANTED', message: 'Not allowed' }));
        }
        sent.push({ key: String(request.headers['idempotency-key']), body });
        response.writeHead(201, json).end(JSON.stringify({ muted: false, notification: {
          id: `ntf_${sent.length}`, to: body['to'], topic: body['topic'], path: body['path'], state: 'queued', createdAt: new Date().toISOString() } }));
      });
      return;
    }
    if (request.url !== '/.well-known/jwks.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    sent,
    granted,
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
