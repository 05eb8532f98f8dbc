import { describe, expect, it } from 'vitest';
import { createWebhookSecret, signWebhook, verifyWebhook } from '../src/index.js';

// Standard Webhooks' published test vector.
const vector = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };

describe('signWebhook', () => {
  it('signs the Standard Webhooks reference vector to its published signature', () => {
    expect(signWebhook(vector)).toStrictEqual({
      'webhook-id': vector.id, 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('signs what verifyWebhook accepts, with a new id and the current time by default', async () => {
    const secret = createWebhookSecret();
    const body = JSON.stringify({ type: 'consent.revoked', timestamp: '2025-06-17T10:00:00.000Z', data: { sub: 'pw-1', permission: 'storage', revokedAt: '2025-06-17T10:00:00.000Z' } });
    const headers = signWebhook({ secret, body });
    expect(headers['webhook-id']).toMatch(/^msg_[0-9a-f]{24}$/);
    expect(signWebhook({ secret, body })['webhook-id']).not.toBe(headers['webhook-id']);
    await expect(verifyWebhook({ secret, headers, body })).resolves.toMatchObject({ id: headers['webhook-id'], type: 'consent.revoked' });
  });

  it('follows the one secret rule: whsec_ stripped when present, then canonical base64 of at least 16 bytes', () => {
    const bare = vector.secret.slice('whsec_'.length);
    expect(signWebhook({ ...vector, secret: bare })).toStrictEqual(signWebhook(vector));
    const sixteen = Buffer.alloc(16, 7).toString('base64');
    expect(() => signWebhook({ ...vector, secret: `whsec_${sixteen}` })).not.toThrow();
    for (const secret of ['', 'whsec_', 'whsec_short', 'whsec_not base64!', `whsec_${Buffer.alloc(15, 7).toString('base64')}`,
      `whsec_${sixteen.replace(/=+$/, '')}`, `whsec_whsec_${sixteen}`, `sk_${sixteen}`]) {
      expect(() => signWebhook({ ...vector, secret }), secret).toThrow(TypeError);
    }
  });

  it('issues secrets of whsec_ and 32 random bytes, each different', () => {
    const secrets = new Set(Array.from({ length: 20 }, createWebhookSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
  });
});
