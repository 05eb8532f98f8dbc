import { passkeyRoutes as routes, type Citizen, type Passkey } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';
import { createPasskey, signWithPasskey } from './ceremony.js';

/**
 * The citizen's passkeys (`docs/platform-api.md`, Passkeys), each ceremony run end to end: the
 * platform's options, the browser's prompt, the platform's verdict. Every method rejects, never
 * throws synchronously: with an `ApiError` when the platform refused, or the browser's own error
 * (`NotAllowedError` when the citizen cancelled the prompt).
 */
export interface PasskeyApi {
  /** `GET /api/passkeys`: newest first. */
  list(): Promise<Passkey[]>;
  /** Creates a passkey on this device and registers it under `name`. */
  add(name: string): Promise<Passkey>;
  /** `DELETE /api/passkeys/:id`. */
  remove(id: string): Promise<void>;
  /** Signs in with a passkey this device offers; resolves with the citizen (the session cookie is set). */
  signIn(): Promise<Citizen>;
}

/** Options of `createPasskeyApi`. */
export interface PasskeyApiOptions {
  /** The fetch to use. Default the page's `fetch`. */
  readonly fetch?: typeof fetch;
}

/** Creates a client of the passkey APIs on this page's origin. */
export function createPasskeyApi(options: PasskeyApiOptions = {}): PasskeyApi {
  const call = createPlatformClient(options.fetch);
  return {
    list: async () => (await call(routes.passkeys)).passkeys,
    async add(name) {
      const { options: creation } = await call(routes.passkeyRegistrationOptions);
      const credential = await createPasskey(creation);
      return (await call(routes.addPasskey, { body: { name, credential } })).passkey;
    },
    remove: (id) => call(routes.removePasskey, { params: { id } }),
    async signIn() {
      const { options: request } = await call(routes.passkeySignInOptions);
      const credential = await signWithPasskey(request);
      return (await call(routes.passkeySignIn, { body: { credential } })).citizen;
    },
  };
}
