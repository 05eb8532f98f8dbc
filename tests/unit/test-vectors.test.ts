// The published test vectors (docs/test-vectors/) reach their stated verdicts with @citadel/node, and with the plain
// libraries a partner in another stack would use: jose for the tokens, standardwebhooks for the webhooks.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyIdToken, verifyReceipt, verifyWebhook } from '@citadel/node';

interface TokenCase { readonly name: string; readonly token: string; readonly verdict: string }
interface TokenVectors { readonly issuer: string; readonly appId: string; readonly now: number; readonly typ: string; readonly jwks: JSONWebKeySet; readonly cases: TokenCase[] }
interface WebhookVectors {
  readonly secret: string; readonly now: number; readonly toleranceSeconds: number;
  readonly cases: Array<{ readonly name: string; readonly headers: Record<string, string>; readonly body: string; readonly verdict: string }>;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/test-vectors', file), 'utf8')) as T;
const identity = read<TokenVectors>('identity-tokens.json');
const receipts = read<TokenVectors>('receipts.json');
const webhooks = read<WebhookVectors>('webhooks.json');

const verdictOf = (promise: Promise<unknown>) => promise.then(() => 'accept', (error: { reason?: string }) => error.reason ?? `threw ${String(error)}`);

/** What a partner writes with plain jose from the docs: ES256 only, `typ`, issuer, audience, required claims, `iat` not ahead; for identity tokens, a lifetime of at most 300 s. */
async function plainVerdict(vectors: TokenVectors, token: string, requiredClaims: string[]): Promise<'accept' | 'reject'> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(vectors.jwks), {
      algorithms: ['ES256'], typ: vectors.typ, issuer: vectors.issuer, audience: vectors.appId, requiredClaims,
      currentDate: new Date(vectors.now * 1000), clockTolerance: 5,
    });
    // Two rules jose leaves to the caller: `iat` not in the future, and (identity tokens) a lifetime of at most 300 s.
    if (payload.iat! > vectors.now + 5) return 'reject';
    if (vectors === identity && (payload.exp! - payload.iat!) > 300) return 'reject';
    return 'accept';
  } catch {
    return 'reject';
  }
}

let jwks: Server;
let jwksUrl: string;
beforeAll(async () => {
  jwks = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(identity.jwks)));
  await new Promise<void>((done) => jwks.listen(0, '127.0.0.1', done));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((done) => jwks.close(() => done())));

describe('published test vectors', () => {
  it('cover every kind of case, and share one key', () => {
    expect(identity.cases.length).toBeGreaterThanOrEqual(10);
    expect(receipts.cases.length).toBeGreaterThanOrEqual(4);
    expect(webhooks.cases.length).toBeGreaterThanOrEqual(6);
    expect(receipts.jwks).toEqual(identity.jwks);
  });

  it.each(identity.cases)('identity token: $name → $verdict', async ({ token, verdict }) => {
    const options = { appId: identity.appId, issuer: identity.issuer, jwksUrl, now: new Date(identity.now * 1000) };
    expect(await verdictOf(verifyIdToken(token, options))).toBe(verdict);
    expect(await plainVerdict(identity, token, ['iss', 'aud', 'sub', 'iat', 'exp', 'nonce'])).toBe(verdict === 'accept' ? 'accept' : 'reject');
  });

  it.each(receipts.cases)('receipt: $name → $verdict', async ({ token, verdict }) => {
    const options = { appId: receipts.appId, issuer: receipts.issuer, jwksUrl, now: new Date(receipts.now * 1000) };
    expect(await verdictOf(verifyReceipt(token, options))).toBe(verdict);
    expect(await plainVerdict(receipts, token, ['iss', 'aud', 'sub', 'iat', 'payment_id', 'order_id', 'amount', 'currency', 'reference'])).toBe(verdict === 'accept' ? 'accept' : 'reject');
  });

  it.each(webhooks.cases)('webhook: $name → $verdict', async ({ headers, body, verdict }) => {
    const now = new Date(webhooks.now * 1000);
    expect(await verdictOf(verifyWebhook({ secret: webhooks.secret, headers, body, now, toleranceSeconds: webhooks.toleranceSeconds }))).toBe(verdict);
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const plain = (() => {
        try {
          new Webhook(webhooks.secret).verify(body, headers);
          return 'accept';
        } catch {
          return 'reject';
        }
      })();
      expect(plain).toBe(verdict === 'accept' ? 'accept' : 'reject');
    } finally {
      vi.useRealTimers();
    }
  });
});
