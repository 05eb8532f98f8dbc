import { randomBytes } from 'node:crypto';
import { LINKED_APP_TOKEN_PREFIX } from '@citadel/protocol/api';

/**
 * A new verification token for a linked app: `citadel-app-verify=` and 32 random bytes in
 * base64url (256 bits, so it cannot be guessed). The partner serves it in
 * `/.well-known/citadel-app.json` to prove it controls the origin.
 */
export function newVerificationToken(): string {
  return `${LINKED_APP_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}
