import * as z from 'zod/mini';
import { IsoTime, Text } from './common.js';

/** Base64url without padding, as WebAuthn's JSON forms carry every byte string; `max` characters at most. */
const B64u = (max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'not base64url'), z.maxLength(max));

/** How an authenticator can be reached, as browsers name it (WebAuthn `AuthenticatorTransport`). */
export const PasskeyTransport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

/**
 * The options of a WebAuthn ceremony (`PublicKeyCredentialCreationOptionsJSON` or
 * `PublicKeyCredentialRequestOptionsJSON`), as the server's WebAuthn library writes them and the
 * host's hands them to the browser; only the single-use `challenge` is named here.
 */
export const CeremonyOptions = z.looseObject({ challenge: B64u(128) });

const CredentialBase = {
  id: B64u(1364),
  rawId: B64u(1364),
  authenticatorAttachment: z.optional(z.enum(['platform', 'cross-platform'])),
  clientExtensionResults: z.looseObject({}),
  type: z.literal('public-key'),
};

/** What the browser made when a passkey was created (`RegistrationResponseJSON`). */
export const RegistrationCredential = z.object({
  ...CredentialBase,
  response: z.object({
    clientDataJSON: B64u(4096),
    attestationObject: B64u(8192),
    authenticatorData: z.optional(B64u(4096)),
    transports: z.optional(z.array(PasskeyTransport).check(z.maxLength(8))),
    publicKeyAlgorithm: z.optional(z.int()),
    publicKey: z.optional(B64u(2048)),
  }),
});

/** What the browser signed with a passkey (`AuthenticationResponseJSON`). */
export const AssertionCredential = z.object({
  ...CredentialBase,
  response: z.object({
    clientDataJSON: B64u(4096),
    authenticatorData: B64u(4096),
    signature: B64u(1024),
    userHandle: z.optional(B64u(128)),
  }),
});

/** One of the citizen's passkeys as the account page lists it; `lastUsedAt` is null until it signs once. */
export const Passkey = z.object({ id: z.string(), name: z.string(), createdAt: IsoTime, lastUsedAt: z.nullable(IsoTime) });
/** One of the citizen's passkeys. */
export type Passkey = z.infer<typeof Passkey>;
/** `GET /api/passkeys`: the citizen's passkeys, newest first. */
export const PasskeysAnswer = z.object({ passkeys: z.array(Passkey) });
/** `POST /api/passkeys`: the new passkey as the browser made it, and a label for it (such as the device's name). */
export const AddPasskeyBody = z.strictObject({ name: Text(64), credential: RegistrationCredential });
/** The passkey just added. */
export const PasskeyAnswer = z.object({ passkey: Passkey });
/** A path naming one passkey by its credential id. */
export const PasskeyPath = z.object({ id: B64u(1364).check(z.minLength(16)) });
/** The options of a ceremony, for `@simplewebauthn/browser`'s `startRegistration` or `startAuthentication`. */
export const CeremonyAnswer = z.object({ options: CeremonyOptions });
/** `POST /api/auth/passkey`: the assertion of a discoverable passkey, answering a sign-in challenge. */
export const PasskeySignInBody = z.strictObject({ credential: AssertionCredential });
/** `POST /api/payments/orders/:orderId/passkey-options`: the app the order belongs to. */
export const PaymentPasskeyBody = z.strictObject({ appId: z.string().check(z.maxLength(64)) });
/** A payment's step-up with a passkey: an assertion answering that order's challenge. */
export const PasskeyStepUp = z.strictObject({ method: z.literal('passkey'), credential: AssertionCredential });
