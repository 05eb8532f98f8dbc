// The identity consent prompt, in the identity provider's chunk (`host-identity.ts` imports it when an app first asks).
export { createConsentFn } from '@citadel/ui';
