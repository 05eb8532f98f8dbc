export { boot, describeError, type BootStrings } from './boot.js';
export { BackendError, createBackend, type Backend, type CallInit } from './backend.js';
export { button, el, section } from './dom.js';
export { createSessionClient, type SessionClient, type SessionClientOptions } from './session-client.js';
