export { verifyIdToken } from './verify-id-token.js';
export type { VerifyIdTokenOptions } from './verify-options.js';
export type { IdTokenClaims, VerificationLevel } from './id-token-claims.js';
export { IdTokenError, IdTokenErrorReason, isIdTokenError } from './id-token-error.js';
export { ID_TOKEN_ALGORITHM, ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_TYPE } from './id-token-constants.js';
export { createPartnerClient, type PartnerClient, type PartnerClientOptions } from './partner-client.js';
export type { PartnerApp, PartnerAppStatus } from './partner-app.js';
export { PartnerApiError, PartnerClientErrorCode, isPartnerApiError } from './partner-api-error.js';
