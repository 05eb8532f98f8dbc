import type { Client } from '@citadel/sdk';
import { createSessionClient } from './session-client.js';

/** The app's backend refused, with its `{ code, message, ...data }`; `UNREACHABLE` when it did not answer. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(readonly code: string, message: string, readonly data: Record<string, unknown> = {}) {
    super(message);
  }
}

/** A claim an identity token may carry, by its bridge name. */
export type ClaimName = NonNullable<Parameters<Client['identity']['getToken']>[0]['claims']>[number];

/** One call's method and JSON body: POST when there is a body, else GET. */
export interface CallInit {
  readonly method?: string;
  readonly body?: unknown;
  /** Extra headers, such as `Idempotency-Key`. Default none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Calls to the app's own backend at `url`: `open` for public endpoints, `signed` as the citizen,
 * with a session the backend gave for one identity token from the host (the host asks the citizen
 * the first time), signed in again when it expires.
 */
export function createBackend(url: string, client: Client) {
  async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${url}${path}`, init);
    } catch {
      throw new BackendError('UNREACHABLE', `${url} did not answer`);
    }
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!response.ok) {
      const { code, message, ...data } = body ?? {};
      throw new BackendError(typeof code === 'string' ? code : `HTTP_${response.status}`, typeof message === 'string' ? message : `HTTP ${response.status}`, data);
    }
    return body as T;
  }
  const session = createSessionClient({
    post: (path, headers) => request(path, { method: 'POST', headers }),
    getToken: async (nonce) => (await client.identity.getToken({ nonce })).token,
  });
  const initOf = (init: CallInit, headers: Record<string, string> = {}): RequestInit => ({
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...init.headers, ...headers, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return {
    open: <T>(path: string, init: CallInit = {}): Promise<T> => request<T>(path, initOf(init)),
    /**
     * One call with a fresh identity token that carries `claims` (the host asks the citizen for
     * them the first time), for the endpoint that reads them, such as linking by phone number.
     * Its nonce comes from `POST /auth/nonce`; the backend takes it once.
     */
    async withClaims<T>(path: string, claims: readonly ClaimName[], init: CallInit = {}): Promise<T> {
      const { nonce } = await request<{ nonce: string }>('/auth/nonce', { method: 'POST' });
      const { token } = await client.identity.getToken({ nonce, claims: [...claims] });
      return request<T>(path, initOf({ method: 'POST', ...init }, { authorization: `Bearer ${token}` }));
    },
    signed: <T>(path: string, init: CallInit = {}): Promise<T> => session.call((authorization) => request<T>(path, initOf(init, { authorization }))),
  };
}

export type Backend = ReturnType<typeof createBackend>;
