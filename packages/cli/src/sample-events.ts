import type { WebhookData, WebhookEventType } from '@citadel/protocol/webhooks';

/** A made-up `data` for each event type, as of `at` (ISO 8601): typed from the protocol's schemas, so it parses with them. */
export const sampleEventData: { readonly [T in WebhookEventType]: (at: string) => WebhookData<T> } = {
  'payment.succeeded': (at) => ({
    orderId: 'ord_test_1', paymentId: 'pay_test_1', amount: 50_000, currency: 'VND', reference: 'test-order-1',
    metadata: { source: 'citadel webhooks trigger' }, sub: 'sub_test_citizen', paidAt: at,
  }),
  'payment.refunded': (at) => ({
    orderId: 'ord_test_1', paymentId: 'pay_test_1', refundId: 'ref_test_1', amount: 20_000, refunded: 20_000, currency: 'VND',
    reference: 'test-order-1', metadata: { source: 'citadel webhooks trigger' }, at,
  }),
  'consent.revoked': (at) => ({ sub: 'sub_test_citizen', permission: 'identity', revokedAt: at }),
  'app.version.approved': (at) => ({ version: 1, manifestVersion: '1.0.0', reason: null, decidedAt: at }),
  'app.version.rejected': (at) => ({ version: 1, manifestVersion: '1.0.0', reason: 'A test rejection', decidedAt: at }),
  'app.suspended': (at) => ({ reason: 'A test suspension', suspendedAt: at }),
  'app.reinstated': (at) => ({ reinstatedAt: at }),
  'webhook.test': (at) => ({ requestedAt: at }),
};
