import { citizenClient, smsGateway } from './platform.js';
import { codeFor, registerWithCode } from './sign-up.js';

type Server = Parameters<typeof citizenClient>[0];

/**
 * Pays an open order of `appId` as the host's payment sheet does, each time as a new citizen (numbers from
 * `0907000001`, apart from other sign-ups of a suite): signed up with a code, a payment PIN set, a wallet topped up, the order paid with the PIN.
 */
export function citizenPayer(server: Server, host: string) {
  let phones = 0;
  return async (appId: string, orderId: string): Promise<void> => {
    const phone = `0907${String(++phones).padStart(6, '0')}`;
    const client = citizenClient(server, { host });
    await registerWithCode(client, smsGateway, { phone, password: 'hợp đồng đối tác', name: 'Công dân' });
    await client.put('/api/me/pin', { code: await codeFor(client, smsGateway, phone, 'pin'), pin: '135790', words: 'mèo mướp' });
    await client.post('/api/wallet/topups', { amount: 1_000_000, source: 'dev-bank' }, { 'idempotency-key': `topup-${phone}` });
    const paid = await client.post(`/api/payments/orders/${orderId}/pay`, { appId, stepUp: { method: 'pin', pin: '135790' } });
    if (paid.status !== 200) throw new Error(`paying ${orderId}: ${paid.status} ${JSON.stringify(paid.body)}`);
  };
}
