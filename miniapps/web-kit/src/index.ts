export { boot, describeError, hideWhenNotifying, type BootStrings } from './boot.js';
export { BACKEND_ORIGIN_VARIABLE, BackendOriginError, backendOrigin, requireBackendOrigin } from './backend-origin.js';
export { BackendError, createBackend, type Backend, type CallInit, type ClaimName } from './backend.js';
export { button, el, section } from './dom.js';
export { createSessionClient, type SessionClient, type SessionClientOptions } from './session-client.js';
export { dayOf, fill, vnd, when, type Lang } from './format.js';
export { createScreens, type Screen, type ScreensOptions } from './screens.js';
export type { ViewContext } from './view-context.js';
