export { testDatabases, type TestDatabase } from './databases.js';
export { citizenCaller, type CallOptions, type CallResult } from './caller.js';
export { sendTwice } from './send-twice.js';
export { TEST_CREDENTIALS, useTestBackend, type TestBackend, type TestBackendOptions } from './test-backend.js';
