// @vitest-environment happy-dom
import { connect, ErrorCode } from '@citadel/sdk';
import { createMockHost, rejectWith, type MockHost } from '@citadel/testing/browser';
import { afterEach, expect, test } from 'vitest';

let host: MockHost;
afterEach(() => host.dispose());

test('signs in with the identity token the host gives', async () => {
  host = createMockHost({
    handlers: { 'identity.getToken': async ({ nonce }) => ({ token: `token-for-${nonce}` }) },
    context: { lang: 'en' },
  });
  const client = await connect();
  expect(client.context.lang).toBe('en');
  await expect(client.identity.getToken({ nonce: 'nonce-from-my-backend' })).resolves.toEqual({ token: 'token-for-nonce-from-my-backend' });
  expect(host.calls).toEqual([
    { method: 'identity.getToken', params: { nonce: 'nonce-from-my-backend' }, ok: true, result: { token: 'token-for-nonce-from-my-backend' } },
  ]);
});

test('shows the way back when the citizen keeps their location to themselves', async () => {
  host = createMockHost({ permissions: { location: 'denied' } });
  const client = await connect();
  await expect(client.location.getCurrent()).rejects.toMatchObject({ code: ErrorCode.PERMISSION_DENIED });
  const back = new Promise((resolve) => client.on('back', resolve));
  host.emit('back');
  await expect(back).resolves.toEqual({});
});

test('handles a payment the citizen cannot afford', async () => {
  host = createMockHost({ handlers: { 'payments.pay': rejectWith(ErrorCode.INSUFFICIENT_FUNDS, { amount: 150_000 }) } });
  const client = await connect();
  await expect(client.payments.pay({ orderId: 'ord_from_my_backend' })).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS', data: { amount: 150_000 } });
});
