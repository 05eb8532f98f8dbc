import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { AssertionCredential } from '@citadel/protocol/api';
import type { z } from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { answeredChallenge, CHALLENGE_SECONDS, consumeChallenge, issueChallenge, type ChallengeBinding } from './challenges.js';
import type { RelyingParty } from './relying-party.js';
import type { PasskeyStore, StoredPasskey } from './store.js';

/** What an assertion must answer: a sign-in attempt, or one order of one citizen. */
export type AssertionBinding = Exclude<ChallengeBinding, { purpose: 'registration' }>;

/**
 * Options to sign with a passkey, user verification required. A sign-in lists no credentials (the
 * authenticator offers its discoverable ones); a payment allows only the citizen's own passkeys.
 */
export async function assertionOptions(db: Queryable, store: PasskeyStore, rp: RelyingParty, binding: AssertionBinding) {
  const challenge = await issueChallenge(db, binding);
  const allow = binding.purpose === 'payment' ? await store.credentials(binding.citizenId) : [];
  return generateAuthenticationOptions({
    rpID: rp.id, challenge: Buffer.from(challenge, 'base64url'), timeout: CHALLENGE_SECONDS * 1000, userVerification: 'required',
    allowCredentials: allow.map((p) => ({ id: p.id, transports: [...p.transports] })),
  });
}

/**
 * Verifies an assertion answering `binding`'s challenge, in this order: the challenge is used up
 * (never issued, replayed, expired or issued for something else is refused), the credential is
 * known (`PASSKEY_UNKNOWN`) and, for a payment, the citizen's own (`PASSKEY_NOT_YOURS`), the
 * signature, origin, RP id and user verification hold (`PASSKEY_REFUSED`), and the signature
 * counter moved forward (`PASSKEY_COUNTER_REGRESSED`: a cloned authenticator, WebAuthn §6.1.1).
 * Resolves with the passkey, its counter and last use recorded.
 */
export async function verifyAssertion(
  db: Queryable, store: PasskeyStore, rp: RelyingParty, credential: z.output<typeof AssertionCredential>, binding: AssertionBinding,
): Promise<StoredPasskey> {
  const challenge = answeredChallenge(credential.response.clientDataJSON);
  if (!challenge) throw refused('the client data is not WebAuthn\'s');
  await consumeChallenge(db, challenge, binding);
  const passkey = await store.find(credential.id);
  if (!passkey) throw new ApiError(401, 'PASSKEY_UNKNOWN', 'This passkey is not registered with the platform');
  if (binding.purpose === 'payment' && passkey.citizenId !== binding.citizenId) {
    throw new ApiError(403, 'PASSKEY_NOT_YOURS', 'This passkey belongs to another account');
  }
  const handle = credential.response.userHandle;
  if (handle !== undefined && Buffer.from(handle, 'base64url').toString('utf8') !== passkey.citizenId) throw refused('the user handle is not the passkey\'s');
  let verified;
  try {
    verified = await verifyAuthenticationResponse({
      // Checked by the contract's schema; the library checks every byte of it again.
      response: credential as AuthenticationResponseJSON,
      expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: true,
      // The counter rule is ours, below, so that it has its own code; the library then checks none.
      credential: { id: passkey.id, publicKey: Buffer.from(passkey.publicKey, 'base64url'), counter: 0 },
    });
  } catch (error) {
    throw refused((error as Error).message);
  }
  if (!verified.verified) throw refused('not verified');
  if (!(await store.used(passkey.id, verified.authenticationInfo.newCounter))) {
    throw new ApiError(401, 'PASSKEY_COUNTER_REGRESSED', 'This passkey\'s signature counter went backwards: it may have been copied');
  }
  return passkey;
}

const refused = (why: string) => new ApiError(401, 'PASSKEY_REFUSED', `The passkey response was refused: ${why}`);
