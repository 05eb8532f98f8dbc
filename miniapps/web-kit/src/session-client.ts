/** What `createSessionClient` needs from the mini-app: a POST to its backend, and the host's identity token for a nonce. */
export interface SessionClientOptions {
  /** POSTs to the app's backend with these headers and resolves with the JSON answer (throwing on a refusal). */
  readonly post: (path: string, headers: Record<string, string>) => Promise<unknown>;
  /** `client.identity.getToken({ nonce })`'s token. */
  readonly getToken: (nonce: string) => Promise<string>;
  /** The clock. Default `Date.now`. */
  readonly now?: () => number;
}

/** Renew this long before the backend's expiry, so a call in flight never carries an expired session. */
const MARGIN_MS = 60_000;

/**
 * In the mini-app: the `Authorization` header of a private call. Signs in once (a nonce, the
 * host's identity token, `POST /auth/session`), then reuses the session until shortly before it
 * expires; `forget()` after a `401 SESSION_INVALID` makes the next call sign in again. Concurrent
 * calls share one sign-in.
 */
export function createSessionClient(options: SessionClientOptions) {
  const now = options.now ?? Date.now;
  let current: { header: string; until: number } | undefined;
  let signingIn: Promise<string> | undefined;
  async function signIn(): Promise<string> {
    const { nonce } = (await options.post('/auth/nonce', {})) as { nonce: string };
    const token = await options.getToken(nonce);
    const { session, expiresAt } = (await options.post('/auth/session', { authorization: `Bearer ${token}` })) as { session: string; expiresAt: string };
    current = { header: `Bearer ${session}`, until: Date.parse(expiresAt) - MARGIN_MS };
    return current.header;
  }
  return {
    async authorization(): Promise<string> {
      if (current && current.until > now()) return current.header;
      signingIn ??= signIn().finally(() => { signingIn = undefined; });
      return signingIn;
    },
    forget(): void {
      current = undefined;
    },
    /**
     * Runs `send` with the header; when it fails with `code: 'SESSION_INVALID'` (the backend
     * restarted with another secret, or the phone slept past the expiry), signs in again and
     * runs it once more.
     */
    async call<T>(send: (authorization: string) => Promise<T>): Promise<T> {
      try {
        return await send(await this.authorization());
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== 'SESSION_INVALID') throw error;
        current = undefined;
        return send(await this.authorization());
      }
    },
  };
}

export type SessionClient = ReturnType<typeof createSessionClient>;
