import { createPartnerClient, verifyIdToken, verifyReceipt, verifyWebhook } from '@citadel/node';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform({ appId: 'kitchen-sink' });
});
afterAll(() => platform.close());

test('accepts the identity token the platform signs', async () => {
  const token = platform.signIdToken({ sub: 'pw-7c1e', nonce: 'nonce-0123456789', claims: { name: 'Trần Thị Bình' } });
  const claims = await verifyIdToken(token, { appId: 'kitchen-sink', issuer: platform.url, nonce: 'nonce-0123456789' });
  expect(claims).toMatchObject({ sub: 'pw-7c1e', name: 'Trần Thị Bình' });
});

test('creates an order, sees it paid, and checks the receipt and the webhook', async () => {
  const citadel = createPartnerClient({ platformUrl: platform.url, ...platform.credentials });
  const order = await citadel.orders.create({ amount: 25_000, description: 'Vé tham quan Đại Nội', reference: 'ticket-42' }, { idempotencyKey: 'ticket-42' });
  const paid = await platform.markPaid(order.id, { sub: 'pw-7c1e' });
  expect(await citadel.orders.get(order.id)).toMatchObject({ status: 'paid', payment: { id: paid.event.paymentId } });
  await expect(verifyReceipt(paid.result.receipt, { appId: 'kitchen-sink', issuer: platform.url })).resolves.toMatchObject({ orderId: order.id, amount: 25_000 });
  const { headers, body } = platform.signWebhook({ type: 'payment.succeeded', data: paid.event });
  await expect(verifyWebhook({ secret: platform.webhookSecret, headers, body })).resolves.toMatchObject({ data: { orderId: order.id } });
});

test('notifies a citizen who allowed it, and is refused for one who did not', async () => {
  const citadel = createPartnerClient({ platformUrl: platform.url, ...platform.credentials });
  platform.grantNotifications('pw-7c1e');
  await citadel.notifications.send({ to: 'pw-7c1e', title: 'Vé đã thanh toán', body: 'Mã vé DN-0042' }, { idempotencyKey: 'ticket-42-paid' });
  expect(platform.notifications.map((sent) => sent.body.to)).toEqual(['pw-7c1e']);
  await expect(citadel.notifications.send({ to: 'pw-other', title: 'Xin chào', body: 'Chào bạn' }, { idempotencyKey: 'hello' }))
    .rejects.toMatchObject({ status: 403, code: 'NOTIFICATIONS_NOT_GRANTED' });
});
