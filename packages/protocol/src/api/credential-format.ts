/**
 * The shape of the partner credentials the platform issues: a prefix and the base64url of
 * random bytes. Issuing (the server's `registry/credentials.ts`) and the secret scan of published bundles
 * (`@citadel/bundle-checks`, `platform-credentials-rule.ts`) both read it from here.
 */
export const credentialFormat = {
  /** `ck_` and 12 random bytes: 16 base64url characters. */
  clientId: { prefix: 'ck_', bytes: 12 },
  /** `cs_` and 32 random bytes (256 bits): 43 base64url characters. */
  clientSecret: { prefix: 'cs_', bytes: 32 },
} as const;

/** How many base64 or base64url characters, without padding, `bytes` bytes take. */
export const unpaddedBase64Length = (bytes: number): number => Math.ceil((bytes * 4) / 3);
