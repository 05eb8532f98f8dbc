import { describe } from 'vitest';
import { CONTRACT_NOTIFICATION_QUOTA, contractManifest, partnerApiContract } from '../../../tests/support/partner-api-contract.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, smsGateway, testPlatform } from './support/platform.js';
import { citizenPayer } from './support/citizen-payer.js';
import { registerWithCode } from './support/sign-up.js';

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
    const pay = citizenPayer(server, host);
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
      pay: (orderId) => pay('contract', orderId),
      async close() {
        await listening.close();
        await db.close();
      },
    };
  });
});
