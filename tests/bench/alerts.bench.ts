// The alerts benchmark on PostgreSQL (a throwaway one, or DATABASE_URL): the time to fan one
// official alert out to 1.3 million citizens (Hue-S's account count) into inboxes and Web Push
// queues, as a ratio to the bare INSERT … SELECT of the same rows into tables of the same shape on
// the same server, interleaved in the same run; and Web Push encryption (web-push's aes128gcm
// encryption and VAPID signature) per second, as a ratio to the ECDH key agreement alone.
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import webpush from 'web-push';
import { createAlerts } from '../../packages/server/src/alerts/publish.js';
import { openBenchDatabase } from './bench-postgres.js';
import { fixed, median } from './stats.js';

const CITIZENS = Number(process.env.ALERT_BENCH_CITIZENS ?? 1_300_000);
/** One citizen in five has turned push on. */
const PUSH_SHARE = 5;
const ROUNDS = 2;
const ENCRYPTIONS = 2000;
// Wards of Huế: the alert names all of them, so it reaches every citizen.
const WARDS = ['Phú Hội', 'Vỹ Dạ', 'Vĩnh Ninh', 'Phước Vĩnh', 'Trường An', 'An Cựu', 'Phú Nhuận', 'Xuân Phú', 'Thuận Hòa', 'Thuận Lộc',
  'Thuận Thành', 'Tây Lộc', 'Đông Ba', 'Gia Hội', 'Phú Hậu', 'Kim Long', 'Hương Long', 'Thủy Biều', 'Thủy Xuân', 'Phường Đúc',
  'An Tây', 'An Đông', 'An Hòa', 'Hương Sơ', 'Hương Vinh', 'Phú Thượng', 'Thủy Vân', 'Hương An', 'Thủy Dương', 'Phú Bài'];

const { db, close } = await openBenchDatabase('bench_alerts');

console.log(`\nCitadel alerts bench (PostgreSQL; ${CITIZENS.toLocaleString('en')} citizens in ${WARDS.length} wards, 1 in ${PUSH_SHARE} with push; ${ROUNDS} interleaved rounds)\n`);
const setupStart = performance.now();
for (let from = 1; from <= CITIZENS; from += 200_000) {
  await db.query(
    `INSERT INTO citizens (id, phone, name, password_hash, ward)
     SELECT gen_random_uuid(), '+849' || lpad(g::text, 8, '0'), 'Cư dân', 'x', ($3::text[])[1 + g % $4]
     FROM generate_series($1::int, $2::int) AS g`, [from, Math.min(CITIZENS, from + 199_999), WARDS, WARDS.length]);
}
await db.query(
  `INSERT INTO push_subscriptions (id, citizen_id, endpoint, p256dh, auth)
   SELECT 'sub_' || n, id, 'https://push.example.net/send/' || n, 'key', 'auth'
   FROM (SELECT id, row_number() OVER () AS n FROM citizens) c WHERE n % $1 = 0`, [PUSH_SHARE]);
// The floor: tables shaped like the inbox and the push queue, filled by the plainest statements.
await db.query('CREATE TABLE floor_recipients (LIKE alert_recipients INCLUDING ALL)');
await db.query('CREATE TABLE floor_push (LIKE push_queue INCLUDING DEFAULTS)');
await db.query('ALTER TABLE floor_push ADD PRIMARY KEY (id)');
await db.query('VACUUM ANALYZE');
console.log(`  setup ${fixed((performance.now() - setupStart) / 1000, 1)} s`);

const alerts = createAlerts(db);
const timed = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
};
const floor = () => timed(() => db.transaction(async (tx) => {
  await tx.query("INSERT INTO floor_recipients (citizen_id, alert_id) SELECT id, 'alr_floor' FROM citizens");
  await tx.query("INSERT INTO floor_push (id, subscription_id, alert_id, urgency) SELECT nextval('push_queue_id_seq'), id, 'alr_floor', 'high' FROM push_subscriptions");
}));
let reached = 0;
let queued = 0;
const fanOut = () => timed(async () => {
  const { alert } = await alerts.publish({
    identifier: `bench:${randomUUID()}`, sender: 'Ban Chỉ huy PCTT thành phố Huế', severity: 'extreme', category: 'flood',
    headline: { vi: 'Lũ khẩn cấp trên sông Hương', en: 'Flood emergency on the Perfume River' },
    description: { vi: 'Mực nước vượt báo động 3.', en: 'Water above alarm level 3.' },
    area: { description: 'Toàn thành phố Huế', wards: WARDS, polygons: [] },
    sentAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  }, null);
  reached = alert.recipients;
  queued = Number((await db.query<{ count: string }>('SELECT count(*) FROM push_queue WHERE alert_id = $1', [alert.id]))[0]!.count);
});
const clear = async () => {
  await db.query('TRUNCATE alert_recipients, push_queue, floor_recipients, floor_push');
  await db.query('DELETE FROM alerts');
  await db.query('VACUUM ANALYZE alert_recipients, push_queue, floor_recipients, floor_push');
};

const floors: number[] = [];
const fans: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  await clear();
  floors.push(await floor());
  await clear();
  fans.push(await fanOut());
}
if (reached !== CITIZENS) throw new Error(`the alert reached ${reached} citizens, not ${CITIZENS}`);
const fan = median(fans);
const bare = median(floors);
console.log(`alert fan-out            ${fixed(fan / bare)}×   ${fixed(fan, 1)} s to ${reached.toLocaleString('en')} inboxes + ${queued.toLocaleString('en')} push rows vs ${fixed(bare, 1)} s bare INSERT … SELECT of the same rows`);
console.log(`                                rounds: fan-out ${fans.map((s) => fixed(s, 1)).join(', ')} s; floor ${floors.map((s) => fixed(s, 1)).join(', ')} s`);
await close();

// Web Push encryption: what the dispatcher does per push before it is posted.
const vapid = webpush.generateVAPIDKeys();
const subscriptions = Array.from({ length: 16 }, () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint: 'https://push.example.net/send/x', keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
});
const payload = JSON.stringify({ kind: 'alert', id: 'alr_bench', severity: 'extreme', headline: { vi: 'Lũ khẩn cấp trên sông Hương' }, url: '/alerts/alr_bench' });
const encryptRate = () => {
  const start = performance.now();
  for (let i = 0; i < ENCRYPTIONS; i++) {
    webpush.generateRequestDetails(subscriptions[i % subscriptions.length]!, payload, {
      vapidDetails: { subject: 'mailto:operator@citadel.invalid', publicKey: vapid.publicKey, privateKey: vapid.privateKey },
      TTL: 3600, urgency: 'high', contentEncoding: 'aes128gcm',
    });
  }
  return ENCRYPTIONS / ((performance.now() - start) / 1000);
};
const agreeRate = () => {
  const peer = Buffer.from(subscriptions[0]!.keys.p256dh, 'base64url');
  const start = performance.now();
  for (let i = 0; i < ENCRYPTIONS; i++) {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(peer);
  }
  return ENCRYPTIONS / ((performance.now() - start) / 1000);
};
const encrypted: number[] = [];
const agreed: number[] = [];
for (let round = 0; round < 3; round++) {
  encrypted.push(encryptRate());
  agreed.push(agreeRate());
}
console.log(`push encryption          ${fixed(median(encrypted) / median(agreed))}×   ${Math.round(median(encrypted))} pushes encrypted and signed/s vs ${Math.round(median(agreed))} bare ECDH key agreements/s, one core`);
