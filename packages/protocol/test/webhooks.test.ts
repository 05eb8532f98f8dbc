import { describe, expect, it } from 'vitest';
import { WebhookEventBody, WebhookSecret, subscribableEventTypes, webhookEventTypes, webhookKeyBase64 } from '../src/webhooks/index.js';

const at = '2025-06-17T10:00:00.000Z';

describe('webhook events', () => {
  it('lists every event the platform sends', () => {
    expect(webhookEventTypes).toEqual([
      'payment.succeeded', 'payment.refunded', 'consent.revoked', 'app.version.approved', 'app.version.rejected', 'app.suspended', 'app.reinstated',
      'webhook.test',
    ]);
    // An app subscribes to every one but the test event, which goes out whenever asked.
    expect(subscribableEventTypes).toEqual(webhookEventTypes.filter((type) => type !== 'webhook.test'));
  });

  it('reads a body of every event type it lists, so a partner can verify each one', () => {
    const samples: Record<string, unknown> = {
      'payment.succeeded': { orderId: 'ord_1', paymentId: 'pay_1', amount: 1000, currency: 'VND', reference: 'r', metadata: {}, sub: 'pw-1', paidAt: at },
      'payment.refunded': {
        orderId: 'ord_1', paymentId: 'pay_1', refundId: 'ref_1', amount: 1000, refunded: 1000, currency: 'VND', reference: 'r', metadata: {}, at,
      },
      'consent.revoked': { sub: 'pw-1', permission: 'location', revokedAt: at },
      'app.version.approved': { version: 2, manifestVersion: '1.1.0', reason: null, decidedAt: at },
      'app.version.rejected': { version: 2, manifestVersion: '1.1.0', reason: 'The icon is blank', decidedAt: at },
      'app.suspended': { reason: 'Phishing reports', suspendedAt: at },
      'app.reinstated': { reinstatedAt: at },
      'webhook.test': { requestedAt: at },
    };
    for (const type of webhookEventTypes) {
      expect(WebhookEventBody.parse({ type, timestamp: at, data: samples[type] }), type).toStrictEqual({ type, timestamp: at, data: samples[type] });
    }
    expect(WebhookEventBody.safeParse({ type: 'webhook.test', timestamp: at, data: {} }).success).toBe(false);
  });

  it('reads a body of a listed type and drops members it does not list', () => {
    const read = WebhookEventBody.parse({ type: 'consent.revoked', timestamp: at, extra: 1, data: { sub: 'pw-1', permission: 'location', revokedAt: at, note: 'x' } });
    expect(read).toStrictEqual({ type: 'consent.revoked', timestamp: at, data: { sub: 'pw-1', permission: 'location', revokedAt: at } });
  });

  it('refuses an unknown type, and data of another event', () => {
    expect(WebhookEventBody.safeParse({ type: 'order.created', timestamp: at, data: {} }).success).toBe(false);
    expect(WebhookEventBody.safeParse({ type: 'payment.refunded', timestamp: at, data: { sub: 'pw-1', permission: 'identity', revokedAt: at } }).success).toBe(false);
  });
});

describe('the webhook secret rule', () => {
  const key16 = 'AAAAAAAAAAAAAAAAAAAAAA==';
  it('strips whsec_ once, when present, and wants canonical base64 of at least 16 bytes', () => {
    expect(webhookKeyBase64(`whsec_${key16}`)).toBe(key16);
    expect(webhookKeyBase64(key16)).toBe(key16);
    for (const secret of [undefined, 7, '', 'whsec_', 'AAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAAA', `whsec_whsec_${key16}`, 'whsec_a b=', `${key16}==`]) {
      expect(webhookKeyBase64(secret), String(secret)).toBeUndefined();
    }
  });

  it('issues and answers secrets with the prefix', () => {
    expect(WebhookSecret.safeParse(`whsec_${key16}`).success).toBe(true);
    expect(WebhookSecret.safeParse(key16).success).toBe(false);
  });
});
