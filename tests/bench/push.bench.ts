// The Web Push delivery benchmark on PostgreSQL (a throwaway one, or DATABASE_URL): pushes the
// dispatcher delivers per second (lease the queue rows, encrypt aes128gcm and sign VAPID, POST
// through the guarded lookup, record each) to a push service on loopback that acknowledges at
// once, as a ratio to bare POSTs of the same bytes to the same service at the same concurrency,
// interleaved in the same run.
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createPushDispatcher } from '../../packages/server/src/push/dispatcher.js';
import { createVapid } from '../../packages/server/src/push/vapid.js';
import { openBenchDatabase } from './bench-postgres.js';
import { fixed, median } from './stats.js';

const PUSHES = 2000;
const BATCH = 50;
const ROUNDS = 3;

// A push service that acknowledges every push at once (201), reading the body and nothing more.
const service = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(201).end());
});
await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
const servicePort = (service.address() as AddressInfo).port;

const { db, close } = await openBenchDatabase('bench_push');

await db.query(`INSERT INTO apps (id, manifest) VALUES ('reports', $1)`, [JSON.stringify({
  name: { vi: 'Phản ánh hiện trường', en: 'On-site reporting' }, icons: [{ src: 'icon.svg', sizes: 'any' }], entry: 'http://reports.apps.localhost:8080/',
})]);
const SUBSCRIBERS = 100;
for (let i = 0; i < SUBSCRIBERS; i++) {
  const id = randomUUID();
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  await db.query("INSERT INTO citizens (id, phone, name, password_hash) VALUES ($1, $2, 'Cư dân', 'x')", [id, `+8490${String(i).padStart(7, '0')}`]);
  await db.query('INSERT INTO push_subscriptions (id, citizen_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4, $5)',
    [`sub_${i}`, id, `http://127.0.0.1:${servicePort}/push/${i}`, ecdh.getPublicKey().toString('base64url'), randomBytes(16).toString('base64url')]);
}

/** Queues `PUSHES` notifications, one push each, round-robin over the subscribers. */
const queue = async (round: number) => {
  await db.query(
    `INSERT INTO notifications (id, citizen_id, app_id, recipient, topic, title, body, path, idempotency_key, request_digest)
     SELECT 'ntf_b' || $1 || '_' || g, s.citizen_id, 'reports', 'sub', 'status', 'Phản ánh đã được xử lý', 'Mã PA-2026-000123: đã khắc phục đèn đường.', '/reports/PA-2026-000123', 'k' || $1 || '_' || g, 'd'
     FROM generate_series(1, $2) g JOIN push_subscriptions s ON s.id = 'sub_' || (g % $3)`, [round, PUSHES, SUBSCRIBERS]);
  await db.query(`INSERT INTO push_queue (subscription_id, notification_id) SELECT 'sub_' || (g % $3), 'ntf_b' || $1 || '_' || g FROM generate_series(1, $2) g`, [round, PUSHES, SUBSCRIBERS]);
};

const dispatcher = createPushDispatcher({ db, development: true, vapid: createVapid(db), batchSize: BATCH });
const dispatch = async () => {
  const start = performance.now();
  let sent = 0;
  while (sent < PUSHES) sent += await dispatcher.deliverDue();
  return PUSHES / ((performance.now() - start) / 1000);
};

// The floor: the same number of POSTs, `BATCH` at a time, of a body the size of an encrypted push.
const body = randomBytes(230);
const post = () => new Promise<void>((resolve, reject) => {
  const req = request({ host: '127.0.0.1', port: servicePort, method: 'POST', path: '/push/floor', agent: false, headers: { 'content-length': body.length, ttl: '86400' } }, (res) => {
    res.resume();
    res.on('end', () => resolve());
  });
  req.on('error', reject);
  req.end(body);
});
const bare = async () => {
  const start = performance.now();
  for (let done = 0; done < PUSHES; done += BATCH) await Promise.all(Array.from({ length: BATCH }, post));
  return PUSHES / ((performance.now() - start) / 1000);
};

console.log(`\nCitadel push bench (PostgreSQL; ${PUSHES} pushes to ${SUBSCRIBERS} subscriptions, ${BATCH} in flight, ${ROUNDS} interleaved rounds)\n`);
const rates: number[] = [];
const floors: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  await queue(round);
  floors.push(await bare());
  rates.push(await dispatch());
}
const [{ sent } = { sent: 0 }] = await db.query<{ sent: number }>("SELECT count(*)::int AS sent FROM push_queue WHERE status = 'sent'");
if (sent !== PUSHES * ROUNDS) throw new Error(`${sent} pushes were recorded sent, not ${PUSHES * ROUNDS}`);
console.log(`push delivery            ${fixed(median(rates) / median(floors))}×   ${Math.round(median(rates))} pushes/s leased, encrypted, signed, posted and recorded vs ${Math.round(median(floors))} bare POSTs/s`);
console.log(`                                rounds: pushes/s ${rates.map((r) => Math.round(r)).join(', ')}; POSTs/s ${floors.map((r) => Math.round(r)).join(', ')}`);
await close();
service.close();
