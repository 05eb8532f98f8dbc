import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Citizen, Passkey, RegistrationCredential } from '@citadel/protocol/api';
import type { z } from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { answeredChallenge, CHALLENGE_SECONDS, consumeChallenge, issueChallenge } from './challenges.js';
import type { RelyingParty } from './relying-party.js';
import type { PasskeyStore } from './store.js';

/**
 * Options to create a passkey for `citizen`: a discoverable credential (so it can sign in without
 * a phone number) with user verification required, and the citizen's passkeys excluded so one
 * authenticator is not registered twice. The user handle is the citizen's id.
 */
export async function registrationOptions(db: Queryable, store: PasskeyStore, rp: RelyingParty, citizen: Citizen) {
  const challenge = await issueChallenge(db, { purpose: 'registration', citizenId: citizen.id });
  return generateRegistrationOptions({
    rpName: rp.name, rpID: rp.id,
    userID: new TextEncoder().encode(citizen.id), userName: citizen.phone, userDisplayName: citizen.name,
    challenge: Buffer.from(challenge, 'base64url'),
    timeout: CHALLENGE_SECONDS * 1000,
    attestationType: 'none',
    excludeCredentials: (await store.credentials(citizen.id)).map((p) => ({ id: p.id, transports: [...p.transports] })),
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    supportedAlgorithmIDs: [-7, -257],
  });
}

/** Verifies a new passkey answering `citizenId`'s registration challenge, and stores it under `name`. */
export async function addPasskey(
  db: Queryable, store: PasskeyStore, rp: RelyingParty,
  input: { citizenId: string; name: string; credential: z.output<typeof RegistrationCredential> },
): Promise<Passkey> {
  const challenge = answeredChallenge(input.credential.response.clientDataJSON);
  if (!challenge) throw refused('the client data is not WebAuthn\'s');
  await consumeChallenge(db, challenge, { purpose: 'registration', citizenId: input.citizenId });
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      // Checked by the contract's schema; the library checks every byte of it again.
      response: input.credential as RegistrationResponseJSON,
      expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id,
      requireUserVerification: true, supportedAlgorithmIDs: [-7, -257],
    });
  } catch (error) {
    throw refused((error as Error).message);
  }
  if (!verified.verified) throw refused('not verified');
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  const added = await store.add({
    id: credential.id, citizenId: input.citizenId, publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter, transports: credential.transports ?? input.credential.response.transports ?? [],
    name: input.name, deviceType: credentialDeviceType, backedUp: credentialBackedUp,
  });
  if (!added) throw new ApiError(409, 'PASSKEY_EXISTS', 'This passkey is already registered');
  return added;
}

const refused = (why: string) => new ApiError(400, 'PASSKEY_REFUSED', `The passkey response was refused: ${why}`);
