import type { Client } from '@citadel/sdk';
import { wordsFor } from './words.js';

/** What the backend's `POST /api/session` answers once it verified the identity token. */
export interface Session {
  /** The citizen's id in this app (pairwise: another app sees another id). */
  readonly sub: string;
  readonly greeting: string;
}

/**
 * Asks the host for an identity token bound to a new nonce (the host asks the citizen the first time). With a
 * backend, sends both to its `POST /api/session`, which verifies the token, and resolves with its answer; without
 * one, resolves with `null`: a token proves nothing until a server verifies it.
 */
export async function signIn(client: Client, backendOrigin: string | undefined): Promise<Session | null> {
  const nonce = crypto.randomUUID();
  const { token } = await client.identity.getToken({ nonce });
  if (backendOrigin === undefined) return null;
  const response = await fetch(`${backendOrigin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, nonce }),
  });
  if (!response.ok) throw new Error(`The backend refused the sign-in: ${response.status}`);
  return (await response.json()) as Session;
}

/** Signs in and answers the line to show the citizen, in their language: signed in, or why not. */
export async function signInStatus(client: Client, backendOrigin: string | undefined): Promise<string> {
  const words = wordsFor(client.context.lang);
  try {
    const session = await signIn(client, backendOrigin);
    return session === null ? words.signedIn : `${words.signedInAs} ${session.sub}`;
  } catch (error) {
    console.warn('Sign-in failed', error);
    return words.signInFailed;
  }
}
