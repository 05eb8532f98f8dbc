import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient, createWebhookSecret, verifyWebhook, type PartnerClient } from '@citadel/node';
import type { Database } from '../../server/src/db/database.js';
import { citizenPayer } from '../../server/test/support/citizen-payer.js';
import { testDatabases } from '../../server/test/support/databases.js';
import { BUILT_APP_DIR, testManifest, testPlatform } from '../../server/test/support/platform.js';
import { startReceiver, type Receiver } from '../../../tests/support/webhook-receiver.js';
import { runCli } from './run-cli.js';
import { spawnCli } from './spawn-cli.js';

// Issue 15: "`citadel webhooks listen --forward-to <url>` receives the app's webhooks and forwards them, signed, to a
// local backend". The platform listens on a free port and its own dispatcher is off: every delivery the receiver
// gets came through the CLI, a child process, from the partner API's event feed. The app has no webhook URL.

/** A loopback port with nothing listening on it: a backend (or a platform) that is down. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise<void>((closed) => server.close(() => closed()));
  return port;
}

describe.each(testDatabases)('citadel webhooks listen against a running platform on $name', ({ open }) => {
  const secret = createWebhookSecret();
  let db: Database;
  let close: () => Promise<void>;
  let receiver: Receiver;
  let partner: PartnerClient;
  let pay: ReturnType<typeof citizenPayer>;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await open();
    const server = await testPlatform(db, {
      apps: [{ manifest: testManifest('parking', ['payments']), dir: BUILT_APP_DIR }], port: 0, deliverWebhooks: false, deliverPushes: false,
    });
    const listening = await server.listen();
    close = () => listening.close();
    const platformUrl = `http://localhost:${listening.port}`;
    const issued = await server.credentials.issue('parking');
    partner = createPartnerClient({ platformUrl, clientId: issued.clientId, clientSecret: issued.clientSecret });
    pay = citizenPayer(server, `localhost:${listening.port}`);
    env = { CITADEL_CLIENT_ID: issued.clientId, CITADEL_CLIENT_SECRET: issued.clientSecret, CITADEL_PLATFORM_URL: platformUrl, CITADEL_WEBHOOK_SECRET: secret };
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await close?.();
    await db?.close();
  });

  const paidOrder = async () => {
    const order = await partner.orders.create({ amount: 30_000, description: 'Gửi xe cả ngày', reference: `P-${randomUUID()}` }, { idempotencyKey: randomUUID() });
    await pay('parking', order.id);
    return order;
  };
  const refund = (orderId: string, amount: number) => partner.orders.refund(orderId, { amount }, { idempotencyKey: randomUUID() });

  it('forwards a payment\'s events signed with the secret, a line each; keeps going past a failing backend; stops on Ctrl-C', async () => {
    const listen = spawnCli(['webhooks', 'listen', '--forward-to', receiver.url], env);
    try {
      await listen.output('stdout', /^Ready: forwarding parking's webhook events from now to /m);
      const order = await paidOrder();
      const delivery = await receiver.next((body) => body.type === 'payment.succeeded' && body.data['orderId'] === order.id);
      const event = await verifyWebhook({ secret, headers: delivery.headers, body: delivery.body });
      expect(event).toMatchObject({ type: 'payment.succeeded', data: { orderId: order.id, amount: 30_000, reference: order.reference } });
      // The platform's own delivery of it, waiting for a URL, has the same id: a backend deduplicating on it acts once.
      const [queued] = (await partner.webhooks.list()).filter((d) => d.type === 'payment.succeeded');
      expect(delivery.headers['webhook-id']).toBe(queued!.id);
      await listen.output('stdout', new RegExp(`^\\S+Z  payment\\.succeeded  ${queued!.id}  → ✓ HTTP 204 in \\d+ ms$`, 'm'));

      receiver.answerWith(500, 'down for maintenance');
      await refund(order.id, 10_000);
      await listen.output('stdout', /  payment\.refunded  (msg_\S+)  → ✗ HTTP 500 in \d+ ms$/m);
      receiver.reset();
      await refund(order.id, 5_000);
      const second = await receiver.next((body) => body.type === 'payment.refunded' && body.data['refunded'] === 15_000);
      expect(await verifyWebhook({ secret, headers: second.headers, body: second.body })).toMatchObject({ data: { orderId: order.id, amount: 5_000 } });
      await listen.output('stdout', /  payment\.refunded  msg_\S+  → ✓ HTTP 204 in \d+ ms$/m);

      expect(await listen.interrupt()).toBe(0);
      expect(listen.printed.stdout).toMatch(/^Stopped\.$/m);
      expect(listen.printed.stderr).toBe('');
    } finally {
      listen.kill();
    }
  });

  it('replays after --since, reports a backend that does not answer and goes on to the next event', async () => {
    const order = await paidOrder();
    const [succeeded] = (await partner.webhooks.list()).filter((d) => d.type === 'payment.succeeded');
    await refund(order.id, 1_000);
    await refund(order.id, 2_000);
    const listen = spawnCli(['webhooks', 'listen', '--forward-to', `http://127.0.0.1:${await deadPort()}/hooks`, '--since', succeeded!.id], env);
    try {
      await listen.output('stdout', new RegExp(`^Ready: forwarding parking's webhook events after ${succeeded!.id} to `, 'm'));
      const failures = await listen.output('stdout', /(\S+Z  payment\.refunded  msg_\S+  → ✗ no answer: No answer from http:\/\/127\.0\.0\.1:\d+: .+\n){2}/);
      expect(failures[0]).toContain('ECONNREFUSED');
      expect(await listen.interrupt()).toBe(0);
    } finally {
      listen.kill();
    }
  });

  it('waits out a platform that does not answer, with a backoff, and stops on Ctrl-C', async () => {
    const listen = spawnCli(['webhooks', 'listen', '--forward-to', receiver.url], { ...env, CITADEL_PLATFORM_URL: `http://127.0.0.1:${await deadPort()}` });
    try {
      await listen.output('stderr', /^! platform: NETWORK: No answer from .+; trying again in 1 s$/m);
      await listen.output('stderr', /; trying again in 2 s$/m);
      expect(await listen.interrupt()).toBe(0);
    } finally {
      listen.kill();
    }
  });

  it('refuses what trying again cannot mend with exit 1: missing variables, wrong credentials, an unknown --since', async () => {
    const none = await runCli(['webhooks', 'listen', '--forward-to', receiver.url], { CITADEL_CLIENT_ID: '', CITADEL_CLIENT_SECRET: '', CITADEL_PLATFORM_URL: '' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('MISSING_ENV: Set CITADEL_CLIENT_ID, CITADEL_CLIENT_SECRET, CITADEL_PLATFORM_URL');
    const noSecret = await runCli(['webhooks', 'listen', '--forward-to', receiver.url], { ...env, CITADEL_WEBHOOK_SECRET: '' });
    expect(noSecret.stderr).toContain('MISSING_ENV: Give the webhook secret');
    const wrong = await runCli(['webhooks', 'listen', '--forward-to', receiver.url], { ...env, CITADEL_CLIENT_SECRET: 'cs_not_it' });
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringContaining('✗ citadel webhooks listen: 401 UNAUTHENTICATED') });
    const unknown = await runCli(['webhooks', 'listen', '--forward-to', receiver.url, '--since', 'msg_AAAAAAAAAAAAAAAAAAAAAA'], env);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('400 INVALID_PARAMS: after: no event of this app has this id') });
  });
});
