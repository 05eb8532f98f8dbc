import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebhookSecret, verifyWebhook } from '@citadel/node';
import { createRegistryAdmin, openDatabase, type Database, type DatabaseConfig } from '@citadel/server';
import { reconcile } from '../../packages/server/src/payments/reconcile.js';
import { createCredentials } from '../../packages/server/src/registry/credentials.js';
import { createPostgresDatabase } from '../../packages/server/test/support/databases.js';
import { spawnServer } from '../../packages/server/test/support/spawn-server.js';
import { hostClient } from '../bench/http-client.js';
import { registerWithDevCode, setPinWithDevCode } from '../support/dev-codes.js';

// Kill the platform with SIGKILL in the middle of a payment load, restart it, and check that
// nothing was lost: the ledger balances, every payment a client saw succeed is in it, and every
// payment's webhook is delivered. On PostgreSQL and on PGlite (on disk).
const repo = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(repo, 'miniapps/kitchen-sink/manifest.json'), 'utf8')) as { id: string };
const CITIZENS = 12;
const ORDERS = 120;
const KILL_AFTER = 30;

const startServer = spawnServer;

const killed = (child: ChildProcess) => new Promise<void>((done) => {
  child.once('exit', () => done());
  child.kill('SIGKILL');
});

describe.each([
  { name: 'postgres', config: async (): Promise<DatabaseConfig> => ({ kind: 'postgres', url: await createPostgresDatabase() }) },
  { name: 'pglite', config: async (): Promise<DatabaseConfig> => ({ kind: 'pglite', dataDir: join(mkdtempSync(join(tmpdir(), 'citadel-crash-')), 'pglite') }) },
])('a SIGKILL in the middle of a payment load, on $name', ({ config }) => {
  const servers: ChildProcess[] = [];
  let receiver: Server | undefined;
  afterAll(() => {
    for (const child of servers) child.kill('SIGKILL');
    receiver?.close();
  });

  it('loses nothing: the ledger balances, every payment seen is there, every webhook arrives', async () => {
    const dbConfig = await config();
    const env: Record<string, string> = dbConfig.kind === 'postgres' ? { DATABASE_URL: dbConfig.url } : { CITADEL_DATA_DIR: resolve(dbConfig.dataDir!, '..'), DATABASE_URL: '' };
    // With PGlite only one process may open the data directory: the test reads it only while no server runs.
    const withDb = async <T>(fn: (db: Database) => Promise<T>) => {
      const db = await openDatabase(dbConfig);
      try { return await fn(db); } finally { await db.close(); }
    };

    // A partner webhook receiver on loopback that verifies every delivery and records its event.
    const delivered = new Map<string, string>();
    let secret = '';
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        verifyWebhook({ secret, headers: req.headers, body }).then(
          (event) => { delivered.set(String((event.data as { paymentId: string }).paymentId), event.id); res.writeHead(204).end(); },
          () => res.writeHead(400).end());
      });
    });
    await new Promise<void>((done) => receiver!.listen(0, '127.0.0.1', () => done()));
    const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/webhooks`;

    const first = await startServer(env);
    servers.push(first.child);
    // With PostgreSQL the test may write while the server runs; with PGlite, stop, write, restart.
    let running = first;
    const issued = await (async () => {
      if (dbConfig.kind === 'pglite') await killed(first.child);
      const creds = await withDb(async (db) => {
        await createRegistryAdmin(db).setStatus(manifest.id, 'active');
        const c = await createCredentials(db).issue(manifest.id);
        secret = createWebhookSecret();
        await db.query('UPDATE apps SET webhook_url = $2, webhook_secret = $3 WHERE id = $1', [manifest.id, hook, secret]);
        return c;
      });
      if (dbConfig.kind === 'pglite') {
        running = await startServer(env);
        servers.push(running.child);
      }
      return creds;
    })();

    const call = hostClient(running.port);
    const basic = `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`;
    const partner = async (i: number) => {
      const answer = await call('POST', '/api/partner/v1/orders', { amount: 10_000 + i, description: `Hóa đơn ${i}`, reference: `crash-${i}` }, '',
        { authorization: basic, 'idempotency-key': `crash-${i}` });
      if (answer.status !== 201) throw new Error(`order ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.order.id as string;
    };
    const cookies: string[] = [];
    for (let i = 0; i < CITIZENS; i++) {
      const phone = `0988${String(i).padStart(6, '0')}`;
      const registered = await registerWithDevCode(call, running.port, { phone, password: 'crash test', name: `Citizen ${i}` });
      cookies.push(registered.cookie!);
      await setPinWithDevCode(call, running.port, cookies[i]!, phone, '246810');
      await call('POST', '/api/wallet/topups', { amount: 10_000_000, source: 'dev-bank' }, cookies[i], { 'idempotency-key': `crash-topup-${i}` });
    }
    const orders: string[] = [];
    for (let i = 0; i < ORDERS; i++) orders.push(await partner(i));

    // The load: payments in flight from every citizen; SIGKILL once KILL_AFTER have succeeded.
    const seen: string[] = [];
    let next = 0;
    let dead = false;
    const worker = async (w: number) => {
      while (!dead && next < orders.length) {
        const orderId = orders[next++]!;
        const answer = await call('POST', `/api/payments/orders/${orderId}/pay`, { appId: manifest.id, stepUp: { method: 'pin', pin: '246810' } }, cookies[w % CITIZENS]).catch(() => undefined);
        if (answer?.status === 200) {
          seen.push(answer.body.paymentId);
          if (seen.length === KILL_AFTER && !dead) {
            dead = true;
            running.child.kill('SIGKILL');
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    expect(seen.length).toBeGreaterThanOrEqual(KILL_AFTER);
    await new Promise((done) => setTimeout(done, 200));

    const after = async () => withDb(async (db) => ({
      report: await reconcile(db),
      payments: (await db.query<{ id: string }>('SELECT id FROM payments')).map((r) => r.id),
    }));
    const crashed = dbConfig.kind === 'pglite' ? await after() : undefined;
    if (crashed) {
      expect(crashed.report.problems).toEqual([]);
      for (const id of seen) expect(crashed.payments).toContain(id);
    }

    // Restart: the outbox delivers every payment's webhook, including those cut off by the kill.
    const restarted = await startServer(env);
    servers.push(restarted.child);
    const stored = dbConfig.kind === 'postgres' ? await after() : crashed!;
    if (dbConfig.kind === 'postgres') {
      expect(stored.report.problems).toEqual([]);
      for (const id of seen) expect(stored.payments).toContain(id);
    }
    // A delivery the killed process had claimed waits out its lease (10 s, renewed only while a POST runs) before it
    // is retried: every webhook is in within 15 s of the restart (docs/security-model.md).
    const restartedAt = Date.now();
    await expect.poll(() => stored.payments.filter((id) => !delivered.has(id)), { timeout: 15_000, interval: 250 }).toEqual([]);
    console.log(`[crash] every webhook delivered ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`);
    await killed(restarted.child);
    const final = await after();
    expect(final.report.problems).toEqual([]);
    expect(final.payments.sort()).toEqual(stored.payments.sort());
  }, 300_000);
});
