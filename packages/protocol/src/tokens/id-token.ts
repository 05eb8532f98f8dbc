import type { IdentityClaim } from '../schemas.js';

/** The `typ` header every identity token carries (RFC 8725 §3.11: explicit typing), so no other JWT passes for one. */
export const ID_TOKEN_TYPE = 'citadel-id+jwt';

/** The longest lifetime (`exp - iat`) of an identity token, in seconds: 300 (docs/security-model.md, "Data the host gives you"). */
export const ID_TOKEN_MAX_LIFETIME_SECONDS = 300;

/** The registered claims every identity token carries; the nonce is the one the mini-app passed to `identity.getToken`. */
export const ID_TOKEN_REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'iat', 'exp', 'nonce'] as const;

/** The token claim each grantable identity claim becomes (OpenID Connect names where one exists). */
export const IDENTITY_CLAIM_NAMES = {
  name: 'name',
  phone: 'phone_number',
  verificationLevel: 'verification_level',
  ward: 'ward',
} as const satisfies Readonly<Record<IdentityClaim, string>>;

/**
 * The claim that travels with `phone_number`: `true` only when the citizen confirmed the number with a one-time
 * code sent to it. Link people to records by phone only when it is `true` (docs/security-model.md).
 */
export const PHONE_NUMBER_VERIFIED_CLAIM = 'phone_number_verified';

/** How far the platform verified a citizen: the values of the `verification_level` claim. */
export const VERIFICATION_LEVELS = ['none', 'basic', 'verified'] as const;

/** One of `none`, `basic`, `verified`. */
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];
