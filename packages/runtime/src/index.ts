export { createHost } from './create-host.js';
export { createIndexedDbStorage, createIndexedDbBackend } from './storage/indexeddb.js';
export { createMemoryStorage } from './storage/memory.js';
export { createStorageProvider, type KvBackend, type StorageOptions } from './storage/kv-store.js';
export { createBrowserLocation, type BrowserLocationOptions } from './location/browser-location.js';
export { coarsen } from './location/coarsen.js';
export {
  createMemoryLocationLog, defaultLocationReadRate, locationLogKeepMs, locationLogMaxPerApp,
  type LocationLog, type LocationRead, type LocationReadRate,
} from './location/read-log.js';
export { createIndexedDbLocationLog } from './location/indexeddb-log.js';
export { createIndexedDbGrants } from './grants/indexeddb.js';
export { createMemoryGrants } from './grants/memory.js';
export { FRAME_SANDBOX } from './frame.js';
export type {
  ActivityKind, AppIdentity, AppInstance, AppInstanceEvents, BridgeErrorEvent, CallContext, Grant, GrantStore, Handler,
  Host, HostOptions, LaunchOptions, Limits, ObservedCall, PromptAnswer, PromptFn, PromptRequest, Provider, ProviderNamespace, Providers,
  QueuedPrompt, QueuePromptFn, RateAbuse,
} from './types.js';
