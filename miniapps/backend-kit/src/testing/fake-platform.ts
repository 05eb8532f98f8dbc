import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ID_TOKEN_TYPE } from '@citadel/node';

/**
 * A stand-in for the Citadel platform as a backend meets it, written from docs/ with node:crypto
 * only (no jose), so backends are checked against the documented formats rather than against the
 * library that verifies them: the JWKS and identity tokens, partner orders and refunds, partner notifications.
 * The tokens' `typ` is `@citadel/node`'s `ID_TOKEN_TYPE`, declared once in `@citadel/protocol/tokens`.
 */
export interface FakePlatform {
  /** `http://127.0.0.1:<port>`: the issuer. */
  readonly origin: string;
  /**
   * Signs an identity token for `claims` (merged over a valid set; `undefined` removes one). A token with a
   * `phone_number` carries `phone_number_verified: true`, as the platform's does for a confirmed number, unless
   * `claims` sets it: `false` for a number nobody confirmed, `undefined` for a token without the claim.
   */
  issue(claims?: Readonly<Record<string, unknown>>): string;
  /** The orders the partner API created, by idempotency key (a replayed key answers the same order). */
  readonly orders: Map<string, { id: string; body: Record<string, unknown> }>;
  /** When set, the next order is refused with `400` and this code. */
  refuseNext: string | undefined;
  /** The notifications the partner API accepted, with their idempotency keys (a replayed key is not added twice). */
  readonly sent: Array<{ key: string; body: Record<string, unknown> }>;
  /** The subs that allowed notifications; everyone else gets `403 NOTIFICATIONS_NOT_GRANTED`. */
  readonly granted: Set<string>;
  /** Notifications one sub may receive before `429 QUOTA_EXCEEDED`; default unlimited. */
  quotaPerSub: number | undefined;
  /** The refunds the partner API made, by idempotency key (a replayed key answers the same refund). */
  readonly refunds: Map<string, { id: string; orderId: string; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signEs256(privateKey: KeyObject, kid: string, claims: Readonly<Record<string, unknown>>): string {
  const input = `${part({ alg: 'ES256', kid, typ: ID_TOKEN_TYPE })}.${part(claims)}`;
  // JWS ES256 signatures are the raw r || s pair (RFC 7518 §3.4), not DER.
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** Starts a platform for `appId` that publishes one ES256 key at `/.well-known/jwks.json`. */
export async function startFakePlatform(appId: string): Promise<FakePlatform> {
  const kid = 'test-key-1';
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] });
  const state = {
    orders: new Map<string, { id: string; body: Record<string, unknown> }>(),
    sent: [] as Array<{ key: string; body: Record<string, unknown> }>,
    granted: new Set<string>(),
    refuseNext: undefined as string | undefined,
    quotaPerSub: undefined as number | undefined,
    refunds: new Map<string, { id: string; orderId: string; body: Record<string, unknown> }>(),
  };

  function refund(orderId: string, body: Record<string, unknown>, key: string, response: ServerResponse) {
    const made = state.refunds.get(key) ?? { id: `rfd_${state.refunds.size + 1}`, orderId, body };
    state.refunds.set(key, made);
    json(response, 201, { refund: { id: made.id, orderId, paymentId: 'pay_refunded', amount: body['amount'], reason: body['reason'] ?? '', createdAt: new Date().toISOString() } });
  }

  function order(body: Record<string, unknown>, key: string, response: ServerResponse) {
    if (state.refuseNext) {
      const code = state.refuseNext;
      state.refuseNext = undefined;
      return json(response, 400, { code, message: 'Refused' });
    }
    const made = state.orders.get(key) ?? { id: `ord_${state.orders.size + 1}`, body };
    state.orders.set(key, made);
    const now = new Date().toISOString();
    json(response, 201, { order: {
      id: made.id, amount: body['amount'], currency: 'VND', description: body['description'], reference: body['reference'],
      metadata: body['metadata'] ?? {}, status: 'open', expiresAt: new Date(Date.now() + 900_000).toISOString(), createdAt: now, paidAt: null, payment: null } });
  }

  function notify(body: Record<string, unknown>, key: string, response: ServerResponse) {
    const to = String(body['to']);
    if (!state.granted.has(to)) return json(response, 403, { code: 'NOTIFICATIONS_NOT_GRANTED', message: 'Not allowed' });
    let index = state.sent.findIndex((s) => s.key === key);
    if (index < 0) {
      const received = state.sent.filter((s) => s.body['to'] === to).length;
      if (state.quotaPerSub !== undefined && received >= state.quotaPerSub) {
        return json(response, 429, { code: 'QUOTA_EXCEEDED', message: 'Daily quota used', limit: state.quotaPerSub, window: 'day' });
      }
      index = state.sent.push({ key, body }) - 1;
    }
    json(response, 201, { muted: false, notification: {
      id: `ntf_${index + 1}`, to, topic: body['topic'], path: body['path'], state: 'queued', createdAt: new Date().toISOString() } });
  }

  const server = createServer((request, response) => {
    const key = String(request.headers['idempotency-key']);
    if (request.method === 'POST' && request.url === '/api/partner/v1/orders') return void readBody(request).then((b) => order(b, key, response));
    if (request.method === 'POST' && request.url === '/api/partner/v1/notifications') return void readBody(request).then((b) => notify(b, key, response));
    const refundOf = /^\/api\/partner\/v1\/orders\/([^/]+)\/refunds$/.exec(request.url ?? '');
    if (request.method === 'POST' && refundOf) return void readBody(request).then((b) => refund(decodeURIComponent(refundOf[1]!), b, key, response));
    if (request.url !== '/.well-known/jwks.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    orders: state.orders,
    sent: state.sent,
    granted: state.granted,
    refunds: state.refunds,
    get refuseNext() { return state.refuseNext; },
    set refuseNext(code) { state.refuseNext = code; },
    get quotaPerSub() { return state.quotaPerSub; },
    set quotaPerSub(limit) { state.quotaPerSub = limit; },
    issue(changes = {}) {
      const now = Math.floor(Date.now() / 1000);
      const verified = changes['phone_number'] !== undefined && !('phone_number_verified' in changes) ? { phone_number_verified: true } : {};
      const claims: Record<string, unknown> = { iss: origin, aud: appId, sub: 'pw-7c1e', iat: now, exp: now + 300, nonce: 'nonce-abcdefgh', ...verified, ...changes };
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
