import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookSecret, signWebhook as sign } from '@citadel/node';

/**
 * A stand-in for the platform's partner API (orders only), written from docs/platform-api.md:
 * HTTP Basic with the app's client credentials, an `Idempotency-Key` on every create, and
 * `201 { order }` (the same order, `200`, for a replayed key).
 */
export interface FakePartnerApi {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Every order create the API received: its key and body. */
  readonly creates: Array<{ key: string | undefined; body: Record<string, unknown> }>;
  /** Makes the next create answer this error. */
  failNext(status: number, code: string): void;
  close(): Promise<void>;
}

async function json(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** Starts the fake partner API. */
export async function startFakePartnerApi(): Promise<FakePartnerApi> {
  const clientId = 'kitchen-sink';
  const clientSecret = `cs_${randomBytes(16).toString('hex')}`;
  const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
  const creates: FakePartnerApi['creates'] = [];
  const byKey = new Map<string, unknown>();
  let failure: { status: number; code: string } | undefined;
  let n = 0;
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.headers.authorization !== basic) return send(401, { code: 'UNAUTHENTICATED', message: 'Bad client credentials' });
    if (request.method !== 'POST' || request.url !== '/api/partner/v1/orders') return send(404, { code: 'NOT_FOUND', message: 'Not here' });
    void json(request).then((body) => {
      const key = request.headers['idempotency-key'] as string | undefined;
      creates.push({ key, body });
      if (failure) {
        const { status, code } = failure;
        failure = undefined;
        return send(status, { code, message: 'Refused by the test' });
      }
      if (!key) return send(400, { code: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Send an Idempotency-Key' });
      const earlier = byKey.get(key);
      if (earlier) return send(200, { order: earlier });
      n += 1;
      const now = new Date();
      const order = {
        id: `ord_${String(n).padStart(22, '0')}`, amount: body['amount'], currency: 'VND', description: body['description'], reference: body['reference'],
        metadata: {}, status: 'open', expiresAt: new Date(now.getTime() + 900_000).toISOString(), createdAt: now.toISOString(), paidAt: null, payment: null,
      };
      byKey.set(key, order);
      send(201, { order });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    clientId,
    clientSecret,
    creates,
    failNext: (status, code) => { failure = { status, code }; },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** A new `whsec_…` webhook secret, as the platform issues them. */
export const newWebhookSecret = createWebhookSecret;

/**
 * Signs a webhook as the platform does, with `@citadel/node`'s `signWebhook` (the signer the
 * platform itself uses; docs/take-a-payment.md, Webhooks). Returns the three headers and the content type.
 */
export function signWebhook(secret: string, body: string, options: { id?: string; timestamp?: number } = {}): Record<string, string> {
  return { ...sign({ secret, body, ...options }), 'content-type': 'application/json' };
}
