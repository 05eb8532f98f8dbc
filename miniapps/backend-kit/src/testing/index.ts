export { testDatabases, type TestDatabase } from './databases.js';
export { startFakePlatform, type FakePlatform } from './fake-platform.js';
export { deliverWebhook, signedWebhook } from './signed-webhook.js';
export { citizenCaller, type CallOptions, type CallResult } from './caller.js';
export { TEST_CREDENTIALS, useTestBackend, type TestBackend, type TestBackendOptions } from './test-backend.js';
