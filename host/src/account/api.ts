import type { IdentityClaim } from '@citadel/protocol';
import { isApiError } from '../net/api-error.js';
import { createRequester } from '../net/http.js';
import { parseCitizen, parseGrant, parseLaunch, parseProfile, parseSessions, parseToken } from './parse.js';
import type {
  AccountSession, Citizen, IdentityGrant, RegisterInput, SignInInput, VerificationInput,
} from './types.js';

/**
 * The citizen APIs of the platform (`docs/platform-api.md`), typed. Every method rejects with
 * an `ApiError` carrying the server's `code`; none throws synchronously.
 */
export interface AccountApi {
  /** `POST /api/auth/register`: creates the account and signs in. */
  register(input: RegisterInput): Promise<Citizen>;
  /** `POST /api/auth/signin`. */
  signIn(input: SignInInput): Promise<Citizen>;
  /** `POST /api/auth/signout`: ends this session server-side. */
  signOut(): Promise<void>;
  /** `GET /api/me`: the citizen, or `null` when signed out. */
  me(): Promise<Citizen | null>;
  /** `POST /api/me/verification`: verifies with the national eID provider. */
  verify(input: VerificationInput): Promise<Citizen>;
  /** `GET /api/sessions`. */
  sessions(): Promise<AccountSession[]>;
  /** `DELETE /api/sessions/:id`. */
  revokeSession(id: string): Promise<void>;
  /** `GET /api/apps/:id/launch`: the manifest to launch (unvalidated), or `APP_SUSPENDED`. */
  launch(appId: string): Promise<unknown>;
  /** `GET /api/identity/grants/:appId`. */
  grant(appId: string): Promise<IdentityGrant>;
  /** `PUT /api/identity/grants/:appId`: replaces the grant with `claims`. */
  setGrant(appId: string, claims: readonly IdentityClaim[]): Promise<IdentityGrant>;
  /** `POST /api/identity/token`: a signed token carrying only `claims`. */
  token(input: { appId: string; nonce: string; claims: readonly IdentityClaim[] }): Promise<string>;
  /** `GET /api/identity/profile/:appId`: the granted claims' values, for display. */
  profile(appId: string): Promise<Record<string, string>>;
}

/** Options of `createAccountApi`. */
export interface AccountApiOptions {
  /** The fetch to use. Default the page's `fetch`. */
  readonly fetch?: typeof fetch;
}

const seg = encodeURIComponent;

/** Creates a client of the citizen APIs on this page's origin. */
export function createAccountApi(options: AccountApiOptions = {}): AccountApi {
  const request = createRequester(options.fetch);
  return {
    register: async (input) => parseCitizen(await request('POST', '/api/auth/register', input)),
    signIn: async (input) => parseCitizen(await request('POST', '/api/auth/signin', input)),
    signOut: async () => { await request('POST', '/api/auth/signout'); },
    async me() {
      try {
        return parseCitizen(await request('GET', '/api/me'));
      } catch (error) {
        // 401 is "signed out". A 404 means the platform has no accounts yet (an older server):
        // signed out as well, so the host still works without them.
        if (isApiError(error) && (error.status === 401 || error.status === 404)) return null;
        throw error;
      }
    },
    verify: async (input) => parseCitizen(await request('POST', '/api/me/verification', input)),
    sessions: async () => parseSessions(await request('GET', '/api/sessions')),
    revokeSession: async (id) => { await request('DELETE', `/api/sessions/${seg(id)}`); },
    launch: async (appId) => parseLaunch(await request('GET', `/api/apps/${seg(appId)}/launch`)),
    grant: async (appId) => parseGrant(await request('GET', `/api/identity/grants/${seg(appId)}`)),
    setGrant: async (appId, claims) => parseGrant(await request('PUT', `/api/identity/grants/${seg(appId)}`, { claims })),
    token: async ({ appId, nonce, claims }) => parseToken(await request('POST', '/api/identity/token', { appId, nonce, claims })),
    profile: async (appId) => parseProfile(await request('GET', `/api/identity/profile/${seg(appId)}`)),
  };
}
