import { CitadelError, ErrorCode, type IdentityClaim } from '@citadel/protocol';
import type { CallContext, GrantStore, Provider } from '@citadel/runtime';
import type { ConsentFn } from '@citadel/ui';
import type { Citizen } from '@citadel/protocol/api';
import type { AccountStore } from '../account/account-store.js';
import type { SignInFn } from '../account/sign-in-fn.js';
import { isApiError } from '@citadel/api-client';
import { claimValue, uniqueClaims } from './claims.js';
import { toCitadelError } from './to-citadel-error.js';

/** What the identity provider needs from the host. */
export interface IdentityProviderOptions {
  /** The citizen's account; its API reads grants and issues tokens. */
  readonly account: AccountStore;
  /** Draws sign-in over the app when nobody is signed in. */
  readonly signIn: SignInFn;
  /** Draws the consent prompt for claims the app does not have yet. */
  readonly consent: ConsentFn;
  /**
   * The runtime's grant store (the one `createHost` was given), where a refusal of the consent
   * prompt is remembered, as the runtime remembers a refused location or notifications prompt.
   */
  readonly grants: GrantStore;
}

/**
 * The host's `identity` provider. The app it answers is always `context.app` (the frame the
 * runtime created), never a field of the call.
 *
 * `getToken`: signs the citizen in if needed (closing the sign-in is `CANCELLED`), reads the
 * app's stored grant, asks in a host-drawn prompt for any requested claim not granted yet (and
 * the first time at all, since even a bare token tells the app who the citizen is), stores the
 * union of old and newly granted claims, and asks the platform for a token carrying only the
 * requested claims that are granted. Refusing is `PERMISSION_DENIED`, and is remembered in
 * `grants` (permission `identity`, `granted: false`): from then on a request that would prompt
 * (or sign in first) is `PERMISSION_DENIED` with `remembered: true` at once, until the citizen
 * clears the refusal in the consent center. Requests for claims already granted still succeed.
 * Every prompt waits for `context.beforePrompt`: a call made without a citizen gesture in the app
 * waits behind the host's chip.
 *
 * One flow at a time, whichever app asks. Calls an app queued while the citizen was saying no
 * get the same no, so an app cannot line up prompts to nag.
 */
export function createIdentityProvider({ account, signIn, consent, grants }: IdentityProviderOptions): Provider<'identity'> {
  const api = account.api;
  let queue: Promise<unknown> = Promise.resolve();
  // Per app session: how often the citizen said no, and what the last no was.
  const refusals = new WeakMap<AbortSignal, { count: number; error: CitadelError }>();

  const refuse = (context: CallContext, error: CitadelError) => {
    refusals.set(context.signal, { count: (refusals.get(context.signal)?.count ?? 0) + 1, error });
    return error;
  };

  const known = async () => (account.citizen === undefined ? account.refresh() : account.citizen);

  /** Rejects at once when the citizen's "no" to this app stands: nothing is drawn over the screen. */
  async function notRefused(appId: string) {
    if ((await grants.get(appId, 'identity'))?.granted !== false) return;
    throw new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen did not share their identity with this app', { permission: 'identity', remembered: true });
  }

  async function signedIn(context: CallContext): Promise<Citizen> {
    const citizen = await known();
    if (citizen) return citizen;
    if (citizen === undefined) throw new CitadelError(ErrorCode.UNAVAILABLE, 'The platform could not be reached');
    await notRefused(context.app.id);
    await context.beforePrompt('identity'); // without a gesture in the app: behind the host's chip
    const fresh = await signIn(context.app, context.signal);
    if (!fresh) throw refuse(context, new CitadelError(ErrorCode.CANCELLED, 'The citizen closed the sign-in'));
    return fresh;
  }

  async function issue(nonce: string, asked: readonly IdentityClaim[], context: CallContext) {
    const citizen = await signedIn(context);
    const appId = context.app.id;
    const grant = await api.grant(appId);
    let granted = grant.claims;
    const missing = asked.filter((c) => !granted.includes(c));
    if (missing.length > 0 || grant.grantedAt === null) {
      await notRefused(appId);
      await context.beforePrompt('identity');
      const chosen = await consent({
        app: context.app,
        claims: missing.map((claim) => ({ claim, value: claimValue(citizen, claim) })),
        alreadyShared: asked.filter((c) => granted.includes(c)),
      }, context.signal);
      const newly = missing.filter((c) => chosen?.includes(c));
      const sharesNothing = asked.length > 0 && newly.length === 0 && missing.length === asked.length;
      if (!chosen || sharesNothing) {
        await grants.set(appId, 'identity', { granted: false, at: Date.now() });
        throw refuse(context, new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen did not share their identity with this app', { permission: 'identity', remembered: false }));
      }
      granted = (await api.setGrant(appId, uniqueClaims([...granted, ...newly]))).claims;
    }
    return { token: await api.token({ appId, nonce, claims: asked.filter((c) => granted.includes(c)) }) };
  }

  const serially = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    getToken({ nonce, claims }, context) {
      const asked = uniqueClaims(claims ?? []);
      const before = refusals.get(context.signal)?.count ?? 0;
      return serially(async () => {
        const refused = refusals.get(context.signal);
        if (refused && refused.count > before) throw refused.error;
        try {
          return await issue(nonce, asked, context);
        } catch (error) {
          if (!isApiError(error, 'UNAUTHENTICATED')) throw toCitadelError(error);
          // The session ended elsewhere (revoked on another device, expired): sign in again, once.
          account.signedOut();
          try {
            return await issue(nonce, asked, context);
          } catch (again) {
            throw toCitadelError(again);
          }
        }
      });
    },

    async getProfile(_params, context) {
      const citizen = await known();
      if (citizen === null) throw new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen is not signed in', { signedIn: false });
      if (citizen === undefined) throw new CitadelError(ErrorCode.UNAVAILABLE, 'The platform could not be reached');
      try {
        return { claims: await api.profile(context.app.id) };
      } catch (error) {
        if (isApiError(error, 'UNAUTHENTICATED')) account.signedOut();
        throw toCitadelError(error);
      }
    },
  };
}
