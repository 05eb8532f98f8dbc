import type * as z from 'zod/mini';
import type { IdentityClaim, Manifest } from '@citadel/protocol';
import {
  accountRoutes as routes, type Citizen, type IdentityGrant, type OtpPurpose, type OtpSentAnswer, type PinBody, type PinStatus, type RecoverBody,
  type RegisterBody, type SessionsAnswer, type SignInBody, type SignInCodeAnswer, type VerificationBody,
} from '@citadel/protocol/api';
import { createPlatformClient, isApiError } from '@citadel/api-client';

/** One signed-in session of the citizen, as `GET /api/sessions` lists it. */
export type AccountSession = z.infer<typeof SessionsAnswer>['sessions'][number];
/** `POST /api/auth/register`'s body. */
export type RegisterInput = z.input<typeof RegisterBody>;
/** `POST /api/auth/signin`'s body. */
export type SignInInput = z.input<typeof SignInBody>;
/** `POST /api/auth/signin` on a device the platform does not know yet: a code went to the number. */
export type SignInCodeStep = z.infer<typeof SignInCodeAnswer>;
/** `POST /api/auth/otp`'s answer: how long the code lives, and when another may be asked for. */
export type CodeSent = z.infer<typeof OtpSentAnswer>;
/** `POST /api/auth/recover`'s body. */
export type RecoverInput = z.input<typeof RecoverBody>;
/** `PUT /api/me/pin`'s body. */
export type PinInput = z.input<typeof PinBody>;
/** `POST /api/me/verification`'s body: what the national eID provider checks. */
export type VerificationInput = z.input<typeof VerificationBody>;

/**
 * The citizen APIs of the platform (`docs/platform-api.md`), typed by the contract. Every method
 * rejects with an `ApiError` carrying the server's `code`; none throws synchronously.
 */
export interface AccountApi {
  /** `POST /api/auth/register`: creates the account and signs in. */
  register(input: RegisterInput): Promise<Citizen>;
  /** `POST /api/auth/signin`: the citizen, or the code step on a new device (send the code back with the same input). */
  signIn(input: SignInInput): Promise<Citizen | SignInCodeStep>;
  /** `POST /api/auth/otp`: texts a code for `purpose`; the same answer whether or not the number has an account. */
  sendCode(phone: string, purpose: OtpPurpose): Promise<CodeSent>;
  /** `POST /api/auth/recover`: a new password with a `recovery` code; signs in, every other session ends. */
  recover(input: RecoverInput): Promise<Citizen>;
  /** `POST /api/me/phone`: moves the account to `phone` (or verifies its own) with that number's `phone-change` code. */
  changePhone(phone: string, code: string): Promise<Citizen>;
  /** `GET /api/me/pin`. */
  pin(): Promise<PinStatus>;
  /** `PUT /api/me/pin`: sets or resets the payment PIN and anti-phishing words with a `pin` code. */
  setPin(input: PinInput): Promise<PinStatus>;
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
  /** `GET /api/apps/:id/launch`: the registry's current manifest, or `APP_SUSPENDED`. */
  launch(appId: string): Promise<Manifest>;
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

/** Creates a client of the citizen APIs on this page's origin. */
export function createAccountApi(options: AccountApiOptions = {}): AccountApi {
  const call = createPlatformClient(options.fetch);
  return {
    register: async (body) => (await call(routes.register, { body })).citizen,
    async signIn(body) {
      const answer = await call(routes.signIn, { body });
      return 'citizen' in answer ? answer.citizen : answer;
    },
    sendCode: (phone, purpose) => call(routes.sendCode, { body: { phone, purpose } }),
    recover: async (body) => (await call(routes.recover, { body })).citizen,
    changePhone: async (phone, code) => (await call(routes.changePhone, { body: { phone, code } })).citizen,
    pin: () => call(routes.pin),
    setPin: (body) => call(routes.setPin, { body }),
    signOut: () => call(routes.signOut),
    async me() {
      try {
        return (await call(routes.me)).citizen;
      } catch (error) {
        // 401 is "signed out". A 404 means the platform has no accounts yet (an older server):
        // signed out as well, so the host still works without them.
        if (isApiError(error) && (error.status === 401 || error.status === 404)) return null;
        throw error;
      }
    },
    verify: async (body) => (await call(routes.verify, { body })).citizen,
    sessions: async () => (await call(routes.sessions)).sessions,
    revokeSession: (id) => call(routes.endSession, { params: { id } }),
    launch: async (id) => (await call(routes.launch, { params: { id } })).manifest,
    grant: (appId) => call(routes.identityGrant, { params: { appId } }),
    setGrant: (appId, claims) => call(routes.setIdentityGrant, { params: { appId }, body: { claims: [...claims] } }),
    token: async ({ appId, nonce, claims }) => (await call(routes.identityToken, { body: { appId, nonce, claims: [...claims] } })).token,
    profile: async (appId) => (await call(routes.identityProfile, { params: { appId } })).claims,
  };
}
