import { readFileSync } from 'node:fs';
import { createWebhookSecret } from '@citadel/node';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer } from '../server/app.js';
import { readServerEnv } from '../server/env.js';

// An in-process platform signs identity tokens and webhooks exactly as the real one does: the backend under test
// verifies them with @citadel/node against the platform's published keys and its webhook secret.
const manifest: unknown = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const appOrigin = 'http://__APP_ID__.apps.localhost:8080';

let platform: TestPlatform;
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
  platform = await createTestPlatform({ manifest });
  server = createServer(readServerEnv({
    CITADEL_PLATFORM_URL: platform.url,
    CITADEL_APP_ID: platform.appId,
    CITADEL_CLIENT_ID: platform.credentials.clientId,
    CITADEL_CLIENT_SECRET: platform.credentials.clientSecret,
    CITADEL_WEBHOOK_SECRET: platform.webhookSecret,
    CITADEL_APP_ORIGIN: appOrigin,
  }));
});
afterAll(() => platform.close());

const postSession = (body: unknown) => server.request('/api/session', {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: appOrigin },
  body: JSON.stringify(body),
});

test('accepts an identity token the platform signed for this app and nonce, once', async () => {
  const token = platform.signIdToken({ sub: 'pw-citizen-1', nonce: 'nonce-0123456789' });
  const answer = await postSession({ token, nonce: 'nonce-0123456789' });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBe(appOrigin);
  expect(await answer.json()).toMatchObject({ sub: 'pw-citizen-1' });
  const again = await postSession({ token, nonce: 'nonce-0123456789' });
  expect(again.status).toBe(401);
  expect(await again.json()).toMatchObject({ code: 'REPLAYED' });
});

test('refuses a token for another nonce, for another app, or not signed by the platform', async () => {
  const otherNonce = await postSession({ token: platform.signIdToken({ nonce: 'nonce-aaaaaaaaaa' }), nonce: 'nonce-bbbbbbbbbb' });
  expect(otherNonce.status).toBe(401);
  const otherApp = await postSession({ token: platform.signIdToken({ aud: 'another-app', nonce: 'nonce-cccccccccc' }), nonce: 'nonce-cccccccccc' });
  expect(otherApp.status).toBe(401);
  const [header, payload] = platform.signIdToken({ nonce: 'nonce-dddddddddd' }).split('.');
  const forged = await postSession({ token: `${header}.${payload}.${'A'.repeat(86)}`, nonce: 'nonce-dddddddddd' });
  expect(forged.status).toBe(401);
  expect(await postSession({ token: 'x' })).toHaveProperty('status', 400);
});

test('accepts a webhook the platform signed, and refuses a forged one', async () => {
  const event = { type: 'webhook.test', data: { requestedAt: new Date().toISOString() } } as const;
  const signed = platform.signWebhook(event);
  const accepted = await server.request('/webhooks', { method: 'POST', headers: signed.headers, body: signed.body });
  expect(accepted.status).toBe(200);
  const forged = platform.signWebhook(event, { secret: createWebhookSecret() });
  const refused = await server.request('/webhooks', { method: 'POST', headers: forged.headers, body: forged.body });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ code: 'BAD_SIGNATURE' });
});

test('answers its health check', async () => {
  expect(await (await server.request('/health')).json()).toEqual({ ok: true });
});
