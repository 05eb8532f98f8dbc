import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isWebhookVerificationError, verifyWebhook, WebhookVerificationError,
  type VerifyWebhookOptions, type WebhookEvent, type WebhookVerificationErrorReason,
} from '../src/index.js';
import { sendJson, startLocalServer, type LocalServer } from './local-server.js';
import { newSecret, NOW_SECONDS, refundedBody, revokedBody, sign, signedHeaders, succeededBody } from './webhook-signing.js';

const secret = newSecret();
const now = new Date(NOW_SECONDS * 1000);

const verify = (extra: Partial<VerifyWebhookOptions> & { body: string | Uint8Array }) =>
  verifyWebhook({ secret, headers: signedHeaders(secret, extra.body), now, ...extra });

async function expectRefused(options: Partial<VerifyWebhookOptions> & { body: string | Uint8Array }, reason: WebhookVerificationErrorReason) {
  await expect(verify(options), JSON.stringify(options.headers ?? {})).rejects.toMatchObject({ name: 'WebhookVerificationError', reason });
}

describe('verifyWebhook: accepted webhooks', () => {
  it('resolves payment.succeeded with its webhook-id and typed data, dropping unknown members', async () => {
    const body = succeededBody({ extra: 'dropped' });
    const event = await verify({ body });
    expect(event).toStrictEqual({
      id: 'msg_2x7QkP', type: 'payment.succeeded', timestamp: '2025-06-15T08:00:00.000Z',
      data: { orderId: 'ord_1', paymentId: 'pay_1', amount: 150_000, currency: 'VND', reference: 'INV-2025-06-0042', metadata: { table: '7' }, sub: 'pw-4f9a2c', paidAt: '2025-06-15T08:00:00.000Z' },
    });
  });

  it('resolves payment.refunded, narrowed by type', async () => {
    const event: WebhookEvent = await verify({ body: refundedBody() });
    if (event.type !== 'payment.refunded') throw new Error('expected a refund');
    expect(event.data.refundId).toBe('ref_1');
    expect(event.data).toMatchObject({ amount: 50_000, refunded: 50_000, at: '2025-06-16T09:30:00.000Z' });
  });

  it('resolves consent.revoked, with the claims withdrawn when only some went', async () => {
    const whole = await verify({ body: revokedBody() });
    expect(whole).toStrictEqual({
      id: 'msg_2x7QkP', type: 'consent.revoked', timestamp: '2025-06-17T10:00:00.000Z',
      data: { sub: 'pw-4f9a2c', permission: 'identity', revokedAt: '2025-06-17T10:00:00.000Z' },
    });
    const some = await verify({ body: revokedBody({ claims: ['phone', 'ward'] }) });
    expect(some.type === 'consent.revoked' && some.data.claims).toStrictEqual(['phone', 'ward']);
    for (const permission of ['notifications', 'location', 'storage']) {
      expect((await verify({ body: revokedBody({ permission }) })).data, permission).toMatchObject({ permission });
    }
  });

  it('takes the body as a string, a Buffer or a Uint8Array, byte for byte (non-ASCII included)', async () => {
    const body = succeededBody({ reference: 'Hóa đơn nước — tháng 6' });
    const headers = signedHeaders(secret, body);
    for (const raw of [body, Buffer.from(body), new Uint8Array(Buffer.from(body))]) {
      const event = await verifyWebhook({ secret, headers, body: raw, now });
      expect(event.type === 'payment.succeeded' && event.data.reference).toBe('Hóa đơn nước — tháng 6');
    }
    const padded = Buffer.from(`  ${body}  `);
    expect((await verifyWebhook({ secret, headers: signedHeaders(secret, padded.subarray(2, padded.length - 2)), body: padded.subarray(2, padded.length - 2), now })).id).toBe('msg_2x7QkP');
  });

  it('takes headers as a Headers, or a record in any letter case, and a secret without its prefix', async () => {
    const body = succeededBody();
    const headers = signedHeaders(secret, body);
    await expect(verifyWebhook({ secret, headers: new Headers(headers), body, now })).resolves.toMatchObject({ type: 'payment.succeeded' });
    const shouting = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), [value]]));
    await expect(verifyWebhook({ secret, headers: shouting, body, now })).resolves.toMatchObject({ type: 'payment.succeeded' });
    await expect(verifyWebhook({ secret: secret.slice(6), headers, body, now })).resolves.toMatchObject({ type: 'payment.succeeded' });
  });

  it('accepts any one matching v1 signature among several, ignoring other versions (secret rotation)', async () => {
    const body = succeededBody();
    const good = sign(secret, 'msg_2x7QkP', NOW_SECONDS, body);
    const other = sign(newSecret(), 'msg_2x7QkP', NOW_SECONDS, body);
    for (const signature of [`${other} ${good}`, `${good} ${other}`, `v2,${good.slice(3)} ${good}`, `  ${good}  `]) {
      await expect(verify({ body, headers: { ...signedHeaders(secret, body), 'webhook-signature': signature } }), signature).resolves.toMatchObject({ id: 'msg_2x7QkP' });
    }
  });

  it('accepts a timestamp up to the tolerance away, either way, and uses the current time by default', async () => {
    const body = succeededBody();
    for (const timestamp of [NOW_SECONDS - 300, NOW_SECONDS + 300]) {
      await expect(verify({ body, headers: signedHeaders(secret, body, 'msg_edge', timestamp) })).resolves.toMatchObject({ id: 'msg_edge' });
    }
    await expect(verify({ body, headers: signedHeaders(secret, body, 'msg_edge', NOW_SECONDS - 3600), toleranceSeconds: 3600 })).resolves.toMatchObject({ id: 'msg_edge' });
    const current = Math.floor(Date.now() / 1000);
    await expect(verifyWebhook({ secret, headers: signedHeaders(secret, body, 'msg_now', current), body })).resolves.toMatchObject({ id: 'msg_now' });
  });
});

describe('verifyWebhook refuses', () => {
  const body = succeededBody();
  const good = signedHeaders(secret, body);

  it('MISSING_HEADER: each of the three headers absent or empty', async () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      await expectRefused({ body, headers: { ...good, [name]: undefined } }, 'MISSING_HEADER');
      await expectRefused({ body, headers: { ...good, [name]: '' } }, 'MISSING_HEADER');
      await expectRefused({ body, headers: { ...good, [name]: [] } }, 'MISSING_HEADER');
    }
    await expectRefused({ body, headers: {} }, 'MISSING_HEADER');
    await expectRefused({ body, headers: new Headers() }, 'MISSING_HEADER');
  });

  it('BAD_SIGNATURE: a body, id or timestamp changed after signing', async () => {
    await expectRefused({ body: succeededBody({ amount: 1 }), headers: good }, 'BAD_SIGNATURE');
    await expectRefused({ body: `${body} `, headers: good }, 'BAD_SIGNATURE');
    await expectRefused({ body: JSON.stringify(JSON.parse(body), null, 1), headers: good }, 'BAD_SIGNATURE');
    await expectRefused({ body, headers: { ...good, 'webhook-id': 'msg_other' } }, 'BAD_SIGNATURE');
    await expectRefused({ body, headers: { ...good, 'webhook-timestamp': String(NOW_SECONDS + 1) } }, 'BAD_SIGNATURE');
  });

  it('BAD_SIGNATURE: another secret, a truncated or empty signature, or no v1 signature at all', async () => {
    await expectRefused({ body, headers: signedHeaders(newSecret(), body) }, 'BAD_SIGNATURE');
    const signature = good['webhook-signature'];
    for (const forged of [signature.slice(0, -4), 'v1,AAAA', `v2,${signature.slice(3)}`, `v1,${Buffer.alloc(32).toString('base64')}`,
      `v1,${Buffer.from(signature.slice(3), 'base64').toString('hex')}`]) {
      await expectRefused({ body, headers: { ...good, 'webhook-signature': forged } }, 'BAD_SIGNATURE');
    }
  });

  it('BAD_SIGNATURE before anything else about a forged webhook, even a stale one', async () => {
    await expectRefused({ body: 'not json', headers: signedHeaders(newSecret(), 'not json', 'msg_old', NOW_SECONDS - 86_400) }, 'BAD_SIGNATURE');
  });

  it('STALE_TIMESTAMP: too old (a replay) or too far in the future, correctly signed', async () => {
    for (const timestamp of [NOW_SECONDS - 301, NOW_SECONDS - 86_400, NOW_SECONDS + 301, 0]) {
      await expectRefused({ body, headers: signedHeaders(secret, body, 'msg_stale', timestamp) }, 'STALE_TIMESTAMP');
    }
    await expectRefused({ body, headers: signedHeaders(secret, body, 'msg_stale', NOW_SECONDS - 11), toleranceSeconds: 10 }, 'STALE_TIMESTAMP');
  });

  it('MALFORMED: headers that are not in the documented form', async () => {
    for (const timestamp of ['soon', '1750000000.5', '-1750000000', '1e9', ' 1750000000', '9'.repeat(13)]) {
      await expectRefused({ body, headers: signedHeaders(secret, body, 'msg_x', timestamp) }, 'MALFORMED');
    }
    await expectRefused({ body, headers: signedHeaders(secret, body, `msg_${'x'.repeat(300)}`) }, 'MALFORMED');
    await expectRefused({ body, headers: signedHeaders(secret, body, 'msg x') }, 'MALFORMED');
    for (const signature of ['garbage', 'v1', 'v1,', 'sha256=abcd', `v1,${'a'.repeat(44)}, v1,b`]) {
      await expectRefused({ body, headers: { ...good, 'webhook-signature': signature } }, 'MALFORMED');
    }
    await expectRefused({ body, headers: { ...good, 'Webhook-Id': 'msg_other' } }, 'MALFORMED');
    await expectRefused({ body, headers: { ...good, 'webhook-id': ['msg_2x7QkP', 'msg_other'] } }, 'MALFORMED');
  });

  it('MALFORMED: a correctly signed body that is not a documented event', async () => {
    const bodies = [
      'not json', '[]', '"payment.succeeded"', JSON.stringify({ type: 'payment.succeeded' }),
      JSON.stringify({ type: 'order.created', timestamp: '2025-06-15T08:00:00.000Z', data: {} }),
      succeededBody({ amount: '150000' }), succeededBody({ amount: 0 }), succeededBody({ amount: 1.5 }), succeededBody({ currency: 'USD' }),
      succeededBody({ metadata: { n: 1 } }), succeededBody({ metadata: null }), succeededBody({ sub: '' }), succeededBody({ paidAt: 'yesterday' }),
      succeededBody({ orderId: undefined }), refundedBody({ refundId: 7 }), refundedBody({ refunded: -1 }), refundedBody({ at: undefined }),
      revokedBody({ permission: 'camera' }), revokedBody({ sub: '' }), revokedBody({ claims: ['email'] }), revokedBody({ claims: 'name' }),
      revokedBody({ revokedAt: undefined }), JSON.stringify({ ...JSON.parse(revokedBody()), type: 'consent.granted' }),
      JSON.stringify({ ...JSON.parse(succeededBody()), timestamp: 1750000000 }),
    ];
    for (const raw of bodies) await expectRefused({ body: raw, headers: signedHeaders(secret, raw) }, 'MALFORMED');
  });

  it('the Standard Webhooks reference vector: signature accepted, then refused only as an unknown body', async () => {
    const reference = '{"test": 2432232314}';
    const headers = { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' };
    const options = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', headers, body: reference, now: new Date(1614265330 * 1000) };
    await expect(verifyWebhook(options)).rejects.toMatchObject({ reason: 'MALFORMED' });
    await expect(verifyWebhook({ ...options, body: '{"test": 2432232315}' })).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it('rejects (never throws) with TypeError on a misconfiguration', async () => {
    const wrong: Array<Partial<Record<keyof VerifyWebhookOptions, unknown>>> = [
      { secret: undefined }, { secret: '' }, { secret: 'whsec_' }, { secret: 'whsec_short' }, { secret: 'whsec_not base64!' },
      { headers: undefined }, { headers: null }, { body: JSON.parse(body) }, { body: undefined },
      { toleranceSeconds: -1 }, { toleranceSeconds: Number.NaN }, { now: new Date(Number.NaN) }, { now: NOW_SECONDS },
    ];
    for (const change of wrong) {
      let pending: Promise<unknown> | undefined;
      expect(() => { pending = verifyWebhook({ secret, headers: good, body, now, ...change } as VerifyWebhookOptions); }).not.toThrow();
      await expect(pending, JSON.stringify(change)).rejects.toBeInstanceOf(TypeError);
    }
    await expect(verifyWebhook(undefined as unknown as VerifyWebhookOptions)).rejects.toBeInstanceOf(TypeError);
  });

  it('serialises its error as { code, message }', async () => {
    const error = await verify({ body, headers: {} }).catch((caught: unknown) => caught);
    expect(isWebhookVerificationError(error)).toBe(true);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'MISSING_HEADER', message: expect.any(String) });
  });
});

describe('verifyWebhook in a real Node HTTP handler', () => {
  let backend: LocalServer;
  const fulfilled: string[] = [];

  beforeAll(async () => {
    // What a partner writes: read the raw bytes, verify them with req.headers, then act.
    backend = await startLocalServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        verifyWebhook({ secret, headers: request.headers, body: Buffer.concat(chunks), now }).then(
          (event) => {
            if (event.type === 'payment.succeeded') fulfilled.push(`${event.id}:${event.data.orderId}:${event.data.amount}`);
            response.writeHead(204).end();
          },
          (error: unknown) => sendJson(response, isWebhookVerificationError(error) ? 400 : 500, error),
        );
      });
    });
  });
  afterAll(() => backend.close());

  it('accepts a signed POST and refuses a tampered one with the reason', async () => {
    const body = succeededBody();
    const ok = await fetch(`${backend.origin}/webhooks/citadel`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(secret, body, 'msg_live') }, body });
    expect(ok.status).toBe(204);
    const tampered = await fetch(`${backend.origin}/webhooks/citadel`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(secret, body, 'msg_tampered') }, body: succeededBody({ amount: 1 }),
    });
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toEqual({ code: 'BAD_SIGNATURE', message: expect.any(String) });
    const bare = await fetch(`${backend.origin}/webhooks/citadel`, { method: 'POST', body });
    expect(await bare.json()).toMatchObject({ code: 'MISSING_HEADER' });
    expect(fulfilled).toEqual(['msg_live:ord_1:150000']);
  });
});
