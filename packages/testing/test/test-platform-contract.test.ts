import { CONTRACT_NOTIFICATION_QUOTA, contractManifest, partnerApiContract } from '../../../tests/support/partner-api-contract.js';
import { createTestPlatform } from '../src/index.js';

// The same contract as the real server's (packages/server/test/partner-api-contract.test.ts): if either answers a
// partner backend differently, one of the two runs fails.
partnerApiContract('createTestPlatform()', async () => {
  const platform = await createTestPlatform({ manifest: contractManifest('contract'), notificationQuota: CONTRACT_NOTIFICATION_QUOTA });
  let citizens = 0;
  return {
    url: platform.url,
    appId: platform.appId,
    clientId: platform.credentials.clientId,
    clientSecret: platform.credentials.clientSecret,
    async citizen(nonce) {
      const sub = `pw-contract-${++citizens}`;
      platform.grantNotifications(sub);
      return { token: platform.signIdToken({ sub, nonce }), sub };
    },
    pay: async (orderId) => void (await platform.markPaid(orderId)),
    close: platform.close,
  };
});
