import type { AssertionCredential, CeremonyOptions, RegistrationCredential } from '@citadel/protocol/api';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type * as z from 'zod/mini';

/** A ceremony's options as the platform answered them. */
type Options = z.infer<typeof CeremonyOptions>;

// The browser half of WebAuthn loads on first use: a citizen who never touches a passkey never downloads it.
const browser = () => import('@simplewebauthn/browser');

/**
 * Asks the browser to create a passkey for the platform's creation `options`
 * (`navigator.credentials.create`, through `@simplewebauthn/browser`). Rejects with the browser's
 * error: `NotAllowedError` when the citizen cancelled or the prompt timed out.
 */
export async function createPasskey(options: Options): Promise<z.input<typeof RegistrationCredential>> {
  const { startRegistration } = await browser();
  // The server's WebAuthn library wrote these options; the contract names only their challenge.
  return startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON }) as Promise<z.input<typeof RegistrationCredential>>;
}

/** Asks the browser to sign the platform's request `options` with a passkey (`navigator.credentials.get`). Rejects as `createPasskey` does. */
export async function signWithPasskey(options: Options): Promise<z.input<typeof AssertionCredential>> {
  const { startAuthentication } = await browser();
  return startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON }) as Promise<z.input<typeof AssertionCredential>>;
}

/** True when the browser's prompt was cancelled by the citizen or timed out (`NotAllowedError`, `AbortError`): not a failure to report. */
export const isCancelled = (error: unknown): boolean => error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');

/** True when this browser can use passkeys at all. */
export const passkeysSupported = (): boolean => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
