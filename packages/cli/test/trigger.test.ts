import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookSecret, verifyWebhook } from '@citadel/node';
import { WebhookEventBody, webhookEventTypes } from '@citadel/protocol/webhooks';
import { sampleEventData } from '../src/sample-events.js';
import { runCli } from './run-cli.js';

// Issue 15, done when: "`citadel webhooks trigger payment.succeeded` reaches the scaffolded backend, and the backend
// verifies it". This receiver stands in for the backend: it verifies each delivery with @citadel/node's
// verifyWebhook and answers 204, or 400 with the reason.

const secret = createWebhookSecret();
const verified: { type: string; data: unknown }[] = [];
let receiver: Server;
let url: string;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      verifyWebhook({ secret, headers: request.headers, body: Buffer.concat(chunks) }).then((event) => {
        verified.push({ type: event.type, data: event.data });
        response.writeHead(204).end();
      }, (error: Error) => response.writeHead(400, { 'content-type': 'text/plain' }).end(`refused: ${error.message}`));
    });
  });
  await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
  // `localhost`, as a partner writes their backend's URL: the CLI resolves it to loopback.
  url = `http://localhost:${(receiver.address() as { port: number }).port}/webhooks`;
});
afterAll(() => new Promise<void>((closed) => receiver.close(() => closed())));

describe('citadel webhooks trigger', () => {
  it('sends payment.succeeded signed with the secret; the backend verifies it with verifyWebhook; exit 0', async () => {
    verified.length = 0;
    const run = await runCli(['webhooks', 'trigger', 'payment.succeeded', '--forward-to', url], { CITADEL_WEBHOOK_SECRET: secret });
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/^✓ payment\.succeeded \(msg_\w+\) → http:\/\/localhost:\d+\/webhooks: HTTP 204$/m);
    expect(verified).toEqual([{ type: 'payment.succeeded', data: expect.objectContaining({ orderId: 'ord_test_1', amount: 50_000, currency: 'VND' }) }]);
  });

  it('takes the secret from --secret too; a wrong secret is refused by the backend: its status printed, exit 1', async () => {
    verified.length = 0;
    expect(await runCli(['webhooks', 'trigger', 'consent.revoked', '--forward-to', url, '--secret', secret])).toMatchObject({ code: 0 });
    const wrong = await runCli(['webhooks', 'trigger', 'payment.succeeded', '--forward-to', url, '--secret', createWebhookSecret()]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(': HTTP 400');
    expect(wrong.stdout).toContain('refused:');
    expect(verified.map((event) => event.type)).toEqual(['consent.revoked']);
  });

  it('refuses an unknown event type naming the known ones, a missing secret, and a secret that is not one', async () => {
    const unknown = await runCli(['webhooks', 'trigger', 'payment.failed', '--forward-to', url], { CITADEL_WEBHOOK_SECRET: secret });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('UNKNOWN_EVENT: Unknown event type "payment.failed": one of payment.succeeded, payment.refunded');
    const none = await runCli(['webhooks', 'trigger', 'payment.succeeded', '--forward-to', url], { CITADEL_WEBHOOK_SECRET: '' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('MISSING_ENV');
    const notSecret = await runCli(['webhooks', 'trigger', 'payment.succeeded', '--forward-to', url, '--secret', 'hunter2']);
    expect(notSecret.code).toBe(1);
    expect(notSecret.stderr).toContain('INVALID_SECRET');
  });

  it('has a sample for every event type that parses with the protocol\'s schema', () => {
    const at = new Date().toISOString();
    for (const type of webhookEventTypes) {
      const parsed = WebhookEventBody.safeParse({ type, timestamp: at, data: sampleEventData[type](at) });
      expect(parsed.success, type).toBe(true);
    }
  });
});
