// Linked apps (issue 14): an app served from the partner's own origin, which the host frames once
// the platform has verified that the partner owns the origin and lets only the host frame it.
export { newVerificationToken } from './verification-token.js';
export {
  verifyLinkedOrigin, DEFAULT_LINKED_TIMEOUT_MS, type LinkedOriginClaim, type VerifyLinkedOriginOptions,
} from './verify-linked-origin.js';
export { type LinkedOriginRefusal, type LinkedOriginRefused, type LinkedOriginVerdict } from './refusal.js';
