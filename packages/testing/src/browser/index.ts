export { createMockHost } from './mock-host.js';
export { rejectWith } from './reject-with.js';
export type { EmitFn, MockHandler, MockHandlers, MockHost, MockHostOptions, MockPermissionState, RecordedCall } from './types.js';
