import type { Citizen } from '@citadel/protocol/api';
import { isApiError } from '@citadel/api-client';
import { createPasskeyApi, type PasskeyApi } from '../passkeys/api.js';
import type { AccountApi, RecoverInput, RegisterInput, SignInCodeStep, SignInInput, VerificationInput } from './api.js';

/** Who is signed in: the citizen, `null` when signed out, `undefined` while not known yet (or offline). */
export type SignInState = Citizen | null | undefined;

/**
 * The host's one view of the citizen's account, shared by the shell, the account screens and
 * the identity provider. Actions go through the API and update the state; subscribers hear
 * every change. One per shell instance: nothing here is module-level.
 */
export interface AccountStore {
  readonly api: AccountApi;
  /** The citizen's passkeys. */
  readonly passkeys: PasskeyApi;
  /** The current state. */
  readonly citizen: SignInState;
  /** Asks `GET /api/me` again (one request for concurrent callers); never rejects: offline leaves the state as it was. */
  refresh(): Promise<SignInState>;
  /** Signs in; on a new device resolves with the code step instead (signed out until the code is sent back). */
  signIn(input: SignInInput): Promise<Citizen | SignInCodeStep>;
  /** Signs in with a passkey this device offers (the browser's prompt). */
  signInWithPasskey(): Promise<Citizen>;
  register(input: RegisterInput): Promise<Citizen>;
  /** Recovers the account with a code and a new password; signs in. */
  recover(input: RecoverInput): Promise<Citizen>;
  /** Moves the account to a confirmed number (or verifies its own). */
  changePhone(phone: string, code: string): Promise<Citizen>;
  verify(input: VerificationInput): Promise<Citizen>;
  /** Ends this session server-side, then forgets the citizen; rejects (still signed in) when the platform is unreachable. */
  signOut(): Promise<void>;
  /** Records that the platform answered `401 UNAUTHENTICATED`: the session ended elsewhere. */
  signedOut(): void;
  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: (citizen: SignInState) => void): () => void;
}

/** Creates the account store over `api` and `passkeys` (default: the platform's passkey API on this origin). */
export function createAccountStore(api: AccountApi, passkeys: PasskeyApi = createPasskeyApi()): AccountStore {
  let citizen: SignInState;
  let refreshing: Promise<SignInState> | undefined;
  const listeners = new Set<(citizen: SignInState) => void>();
  const set = (next: SignInState) => {
    citizen = next;
    for (const listener of [...listeners]) listener(next);
    return next;
  };
  const keep = async (pending: Promise<Citizen>) => set(await pending) as Citizen;

  return {
    api,
    passkeys,
    get citizen() {
      return citizen;
    },
    refresh() {
      // Callers at the same moment (the shell starting, a screen opening) share one request.
      refreshing ??= api.me().then(set, () => citizen).finally(() => { refreshing = undefined; });
      return refreshing;
    },
    async signIn(input) {
      const answer = await api.signIn(input);
      return 'step' in answer ? answer : set(answer) as Citizen;
    },
    signInWithPasskey: () => keep(passkeys.signIn()),
    register: (input) => keep(api.register(input)),
    recover: (input) => keep(api.recover(input)),
    changePhone: (phone, code) => keep(api.changePhone(phone, code)),
    verify: (input) => keep(api.verify(input)),
    async signOut() {
      try {
        await api.signOut();
      } catch (error) {
        // Already ended server-side is as good as signed out; offline is not: the cookie still works.
        if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
      }
      set(null);
    },
    signedOut: () => { set(null); },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
