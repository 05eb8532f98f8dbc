export { ApiError, ClientErrorCode, isApiError, type ApiErrorDetails } from './api-error.js';
export type { CallAnswer, CallInput, PlatformCall } from './call-types.js';
export { createPlatformClient } from './client.js';
