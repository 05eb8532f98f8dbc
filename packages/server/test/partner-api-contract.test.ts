import { describe } from 'vitest';
import { CONTRACT_NOTIFICATION_QUOTA, contractManifest, partnerApiContract } from '../../../tests/support/partner-api-contract.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { codeFor, registerWithCode } from './support/sign-up.js';

// The same contract as createTestPlatform()'s of @citadel/testing (packages/testing/test/test-platform-contract.test.ts),
// here against the listening server on each database: if either answers a partner backend differently, one run fails.
describe.each(testDatabases)('on $name', ({ open }) => {
  partnerApiContract('the platform server', async () => {
    const db = await open();
    const server = await testPlatform(db, {
      apps: [{ manifest: contractManifest('contract'), dir: BUILT_APP_DIR }], port: 0, deliverPushes: false, notificationQuota: CONTRACT_NOTIFICATION_QUOTA,
    });
    const listening = await server.listen();
    const host = `localhost:${listening.port}`;
    const issued = await server.credentials.issue('contract');
    let phones = 0;
    const signedUp = async () => {
      const phone = `0906${String(++phones).padStart(6, '0')}`;
      const client = citizenClient(server, { host });
      await registerWithCode(client, smsGateway, { phone, password: 'hợp đồng đối tác', name: 'Công dân' });
      return { client, phone };
    };
    return {
      url: `http://${host}`,
      appId: 'contract',
      clientId: issued.clientId,
      clientSecret: issued.clientSecret,
      async citizen(nonce) {
        const { client } = await signedUp();
        await client.put('/api/identity/grants/contract', { claims: [] });
        await client.put('/api/notifications/grants/contract', {});
        const { token } = (await client.post('/api/identity/token', { appId: 'contract', nonce })).body;
        return { token, sub: JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub };
      },
      async pay(orderId) {
        const { client, phone } = await signedUp();
        await client.put('/api/me/pin', { code: await codeFor(client, smsGateway, phone, 'pin'), pin: '135790', words: 'mèo mướp' });
        await client.post('/api/wallet/topups', { amount: 1_000_000, source: 'dev-bank' }, { 'idempotency-key': `topup-${phone}` });
        const paid = await client.post(`/api/payments/orders/${orderId}/pay`, { appId: 'contract', stepUp: { method: 'pin', pin: '135790' } });
        if (paid.status !== 200) throw new Error(`paying ${orderId}: ${paid.status} ${JSON.stringify(paid.body)}`);
      },
      async close() {
        await listening.close();
        await db.close();
      },
    };
  });
});
