import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importJWK, jwtVerify } from 'jose';

/** A subscription as a browser hands it to the host (`PushSubscription.toJSON()`). */
export interface TestSubscription {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** A push the service accepted, decrypted. */
export interface ReceivedPush {
  readonly subscription: TestSubscription;
  readonly headers: IncomingHttpHeaders;
  /** The decrypted body, parsed as JSON. */
  readonly payload: any;
  /** The decrypted body's UTF-8 length. */
  readonly bytes: number;
}

/** Every request, with what the service answered and, for a refusal, why. */
export interface PushRequest {
  readonly endpoint: string;
  readonly status: number;
  readonly reason: string;
}

interface Held { readonly response: ServerResponse; readonly finish: () => void }

interface Browser {
  readonly subscription: TestSubscription;
  /** The user agent's ECDH key pair (RFC 8291 §3.1). */
  readonly ecdh: ReturnType<typeof createECDH>;
  readonly auth: Buffer;
  /** The VAPID key the subscription is bound to (`applicationServerKey`), if any. */
  readonly applicationServerKey: string | undefined;
  gone: boolean;
}

class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const MAX_JWT_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * Checks `Authorization: vapid t=<jwt>, k=<key>` (RFC 8292 §3): `k` an uncompressed P-256 point,
 * `t` an ES256 JWT signed by it, `aud` the push service's origin, `exp` in the future and at most
 * 24 hours ahead (§2), a `sub` contact. Resolves with `k`; throws a 401 `Refusal` otherwise.
 */
async function verifyVapid(header: string | undefined, audience: string): Promise<string> {
  const match = /^vapid\s+(.+)$/i.exec(header ?? '');
  if (!match) throw new Refusal(401, 'no vapid Authorization');
  const params = new Map(match[1]!.split(',').map((part) => {
    const [name = '', ...rest] = part.trim().split('=');
    return [name.trim(), rest.join('=').trim()] as const;
  }));
  const token = params.get('t');
  const k = params.get('k');
  if (!token || !k) throw new Refusal(401, 'vapid needs t and k');
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Refusal(401, 'k is not an uncompressed P-256 point');
  const key = await importJWK({
    kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url'),
  }, 'ES256');
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['ES256'], audience, requiredClaims: ['exp', 'sub'] });
    if (payload.exp! - Date.now() / 1000 > MAX_JWT_LIFETIME_SECONDS) throw new Error('exp is more than 24 hours ahead');
    if (typeof payload.sub !== 'string' || !/^(mailto:|https:)/.test(payload.sub)) throw new Error('sub is not a mailto: or https: contact');
  } catch (error) {
    throw new Refusal(401, `vapid: ${(error as Error).message}`);
  }
  return k;
}

/** HKDF-SHA256 (RFC 5869), extract and expand. */
const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => Buffer.from(hkdfSync('sha256', ikm, salt, info, length));

/**
 * Decrypts an `aes128gcm` push body (RFC 8188 with the Web Push keys of RFC 8291). Throws a 400
 * `Refusal` for anything malformed or forged.
 */
function decrypt(body: Buffer, browser: Browser): Buffer {
  // RFC 8188 §2.1: salt (16) | rs (uint32) | idlen (1) | keyid (idlen) | records.
  if (body.length < 21) throw new Refusal(400, 'body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  // RFC 8291 §4: the keyid is the application server's ephemeral public key, 65 bytes.
  if (idLength !== 65) throw new Refusal(400, 'keyid is not a P-256 public key');
  const serverPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  // RFC 8291 §4: one record only, and RFC 8188 §2: rs is at least 18.
  if (recordSize < 18 || record.length > recordSize || record.length < 17) throw new Refusal(400, 'not a single aes128gcm record');
  // RFC 8291 §3.3: ecdh_secret = ECDH(ua_private, as_public).
  let secret: Buffer;
  try {
    secret = browser.ecdh.computeSecret(serverPublic);
  } catch {
    throw new Refusal(400, 'keyid is not a point on P-256');
  }
  // RFC 8291 §3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32).
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), serverPublic]);
  const ikm = hkdf(browser.auth, secret, keyInfo, 32);
  // RFC 8188 §2.2: CEK = HKDF(salt, IKM, "Content-Encoding: aes128gcm" || 0x00, 16);
  // §2.3: NONCE = HKDF(salt, IKM, "Content-Encoding: nonce" || 0x00, 12), XOR the record
  // sequence number, which is 0 for the one record.
  const key = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);
  let padded: Buffer;
  try {
    const decipher = createDecipheriv('aes-128-gcm', key, nonce);
    decipher.setAuthTag(record.subarray(-16));
    padded = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
  } catch {
    throw new Refusal(400, 'the record does not decrypt (wrong keys or tampered)');
  }
  // RFC 8188 §2: the last record's plaintext is data || 0x02 || zero or more 0x00.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (end < 0 || padded[end] !== 0x02) throw new Refusal(400, 'no last-record delimiter');
  return padded.subarray(0, end);
}

/**
 * A Web Push service on 127.0.0.1, standing in for FCM or Mozilla's autopush: it hands out
 * subscriptions with real keys, checks each push the way RFC 8030, 8291 and 8292 require (VAPID
 * JWT and key, `TTL`, `Content-Encoding: aes128gcm`, `Urgency`), decrypts and records it, and
 * answers 201. It can be told to answer other statuses, to hold answers, or that a subscription
 * is gone (410).
 */
export async function startPushService() {
  const browsers = new Map<string, Browser>();
  const received: ReceivedPush[] = [];
  const requests: PushRequest[] = [];
  const scripted: Array<{ status: number; headers: Record<string, string> }> = [];
  const held: Held[] = [];
  const waiting: Array<{ count: number; done: () => void }> = [];
  let holding = false;
  let origin = '';
  // Requests that arrived, answered or held, for `arrived`.
  let arrivals = 0;
  const arrivalWaiters: Array<{ count: number; done: () => void }> = [];

  const handle = async (path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<{ status: number; headers?: Record<string, string>; reason: string }> => {
    const browser = browsers.get(path);
    if (!browser) return { status: 404, reason: 'no such subscription' };
    if (browser.gone) return { status: 410, reason: 'subscription gone' };
    const next = scripted.shift();
    if (next) return { status: next.status, headers: next.headers, reason: 'scripted' };
    try {
      const k = await verifyVapid(headers.authorization, origin);
      // RFC 8292 §4.2: a subscription bound to an application server key takes pushes signed by that key only.
      if (browser.applicationServerKey !== undefined && k !== browser.applicationServerKey) throw new Refusal(403, 'k is not the subscription\'s applicationServerKey');
      // RFC 8030 §5.2: TTL is required.
      if (!/^\d+$/.test(String(headers.ttl ?? ''))) throw new Refusal(400, 'TTL missing');
      // RFC 8030 §5.3.
      if (headers.urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(String(headers.urgency))) throw new Refusal(400, 'bad Urgency');
      if (headers['content-encoding'] !== 'aes128gcm') throw new Refusal(415, 'Content-Encoding must be aes128gcm');
      const plain = decrypt(body, browser);
      let payload: unknown;
      try {
        payload = JSON.parse(plain.toString('utf8'));
      } catch {
        throw new Refusal(400, 'payload is not JSON');
      }
      received.push({ subscription: browser.subscription, headers, payload, bytes: plain.length });
      return { status: 201, reason: 'accepted' };
    } catch (error) {
      if (error instanceof Refusal) return { status: error.status, reason: error.message };
      throw error;
    }
  };

  const server = createServer((request, response) => {
    arrivals += 1;
    for (const waiter of arrivalWaiters.filter((w) => arrivals >= w.count)) waiter.done();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      void (request.method === 'POST' ? handle(path, request.headers, Buffer.concat(chunks)) : Promise.resolve({ status: 405, reason: 'POST only' }))
        .catch((error: unknown) => ({ status: 500, reason: String(error) }))
        .then((answer: { status: number; headers?: Record<string, string>; reason: string }) => {
          const finish = () => {
            requests.push({ endpoint: `${origin}${path}`, status: answer.status, reason: answer.reason });
            response.writeHead(answer.status, answer.headers ?? {}).end();
            for (const waiter of waiting.filter((w) => requests.length >= w.count)) waiter.done();
          };
          if (holding) held.push({ response, finish });
          else finish();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    /** Accepted pushes, decrypted, in order. */
    received,
    /** Every request answered, in order. */
    requests,
    /** A new browser subscription; `applicationServerKey` binds it to one VAPID key, as `pushManager.subscribe` does. */
    subscribe(options: { applicationServerKey?: string } = {}): TestSubscription {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(12).toString('base64url')}`;
      const subscription = { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
      browsers.set(new URL(endpoint).pathname, { subscription, ecdh, auth, applicationServerKey: options.applicationServerKey, gone: false });
      return subscription;
    },
    /** The browser withdrew the subscription: every later push to it is answered 410 Gone. */
    unsubscribe(subscription: TestSubscription) {
      const browser = browsers.get(new URL(subscription.endpoint).pathname);
      if (browser) browser.gone = true;
    },
    /** Answers the next `count` pushes (to live subscriptions) with `status` and `headers`, before any check. */
    answerNext(status: number, count = 1, headers: Record<string, string> = {}) {
      for (let i = 0; i < count; i++) scripted.push({ status, headers });
    },
    /** Holds every later answer until `release()`. */
    hold() { holding = true; },
    release() {
      holding = false;
      for (const entry of held.splice(0)) entry.finish();
    },
    /** Resolves once `count` requests in all have been answered. */
    answered(count: number) {
      return requests.length >= count ? Promise.resolve() : new Promise<void>((done) => waiting.push({ count, done }));
    },
    /** Resolves once `count` requests in all have arrived, answered or held. */
    arrived(count: number) {
      return arrivals >= count ? Promise.resolve() : new Promise<void>((done) => arrivalWaiters.push({ count, done }));
    },
    reset() {
      received.length = 0;
      requests.length = 0;
      scripted.length = 0;
      arrivals = 0;
      holding = false;
      for (const entry of held.splice(0)) entry.response.destroy();
    },
    close: () => new Promise<void>((resolve) => {
      for (const entry of held.splice(0)) entry.response.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** The type of a started push service. */
export type PushService = Awaited<ReturnType<typeof startPushService>>;
