import * as z from 'zod/mini';

/** Where a linked app's origin serves its proof of ownership: a well-known URI (RFC 8615) on that origin. */
export const LINKED_APP_PROOF_PATH = '/.well-known/citadel-app.json';

/** The most bytes of the proof file the platform reads; a longer file is refused. */
export const MAX_LINKED_APP_PROOF_BYTES = 16 * 1024;

/** How every verification token the platform issues begins. */
export const LINKED_APP_TOKEN_PREFIX = 'citadel-app-verify=';

/**
 * The proof file a linked app serves at `LINKED_APP_PROOF_PATH`: the app's id and the verification token the platform
 * issued for it, and nothing else.
 */
export const LinkedAppProof = z.strictObject({
  appId: z.string().check(z.minLength(1), z.maxLength(64)),
  token: z.string().check(z.minLength(1), z.maxLength(256)),
});
/** The proof file's content. */
export type LinkedAppProof = z.infer<typeof LinkedAppProof>;
