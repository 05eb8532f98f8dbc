import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Citadel platform's token side and its partner orders endpoint, written from docs/sign-in-with-citadel.md
 * with node:crypto only (no jose), so the example is checked against the documented format
 * rather than against the library that verifies it.
 */
export interface FakePlatform {
  /** `http://127.0.0.1:<port>`: the issuer. */
  readonly origin: string;
  /** Signs an identity token for `claims` (merged over a valid set; `undefined` removes one). */
  issue(claims?: Readonly<Record<string, unknown>>): string;
  /** The orders the partner API created, by idempotency key (a replayed key answers the same order). */
  readonly orders: Map<string, { id: string; body: Record<string, unknown> }>;
  /** When set, the next order is refused with this code. */
  refuseNext: string | undefined;
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
  const orders = new Map<string, { id: string; body: Record<string, unknown> }>();
  const self = { refuseNext: undefined as string | undefined };
  const server = createServer((request, response) => {
    if (request.url === '/api/partner/v1/orders' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        const json = { 'content-type': 'application/json' };
        if (self.refuseNext) {
          const code = self.refuseNext;
          self.refuseNext = undefined;
          return void response.writeHead(400, json).end(JSON.stringify({ code, message: 'Refused' }));
        }
        const key = String(request.headers['idempotency-key']);
        const order = orders.get(key) ?? { id: `ord_${orders.size + 1}`, body };
        orders.set(key, order);
        const now = new Date().toISOString();
        response.writeHead(201, json).end(JSON.stringify({ order: {
          id: order.id, amount: body['amount'], currency: 'VND', description: body['description'], reference: body['reference'],
          metadata: body['metadata'] ?? {}, status: 'open', expiresAt: new Date(Date.now() + 900_000).toISOString(), createdAt: now, paidAt: null, payment: null } }));
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
    orders,
    get refuseNext() { return self.refuseNext; },
    set refuseNext(code) { self.refuseNext = code; },
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

/** A Standard Webhooks delivery of `event`, signed with `secret` (`whsec_<base64>`), as the platform sends it. */
export function signedWebhook(secret: string, id: string, event: Record<string, unknown>, at = new Date()) {
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { body, headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` } };
}
