import * as z from 'zod/mini';
import { CitizenAnswer, SessionParams, SessionsAnswer, VerificationBody } from './accounts.js';
import { OtpBody, OtpSentAnswer, PhoneChangeBody, RecoverBody, RegisterBody, SignInBody, SignInCodeAnswer } from './phone-codes.js';
import { PinBody, PinStatus } from './pin.js';
import { AppIdPath, AppPath, AppsAnswer, LaunchAnswer } from './apps.js';
import { GrantBody, IdentityGrant, ProfileAnswer, TokenAnswer, TokenBody } from './identity.js';
import type { ApiRoute } from './route.js';

/** The citizen's account, sessions, the app catalogue and identity grants, under `/api`. */
export const accountRoutes = {
  health: { method: 'get', path: '/health', audience: 'public', summary: 'Whether the server is up.', responses: { 200: z.object({ ok: z.literal(true) }) } },
  sendCode: {
    method: 'post', path: '/auth/otp', audience: 'public',
    summary: 'Sends a one-time code by SMS for a purpose; the same answer whether or not the number has an account. `phone-change` and `pin` need a session.',
    body: OtpBody, responses: { 202: OtpSentAnswer },
  },
  register: {
    method: 'post', path: '/auth/register', audience: 'public', summary: 'Creates an account with a confirmed number (a `sign-up` code) and signs it in (sets the session and device cookies).',
    body: RegisterBody, responses: { 201: CitizenAnswer },
  },
  signIn: {
    method: 'post', path: '/auth/signin', audience: 'public',
    summary: 'Signs in with phone and password (sets the session cookie); on a device the platform does not know, answers 202 and a code goes to the number. Failures are throttled.',
    body: SignInBody, responses: { 200: CitizenAnswer, 202: SignInCodeAnswer },
  },
  recover: {
    method: 'post', path: '/auth/recover', audience: 'public', summary: 'Sets a new password with a `recovery` code, ends every other session and signs in.',
    body: RecoverBody, responses: { 200: CitizenAnswer },
  },
  changePhone: {
    method: 'post', path: '/me/phone', audience: 'citizen', summary: 'Moves the account to a new number (or confirms its own) once that number\'s `phone-change` code is confirmed.',
    body: PhoneChangeBody, responses: { 200: CitizenAnswer },
  },
  pin: { method: 'get', path: '/me/pin', audience: 'citizen', summary: 'Whether a payment PIN is set or locked, and the citizen\'s anti-phishing words.', responses: { 200: PinStatus } },
  setPin: {
    method: 'put', path: '/me/pin', audience: 'citizen', summary: 'Sets or resets the payment PIN and anti-phishing words after a `pin` code; unlocks a locked PIN.',
    body: PinBody, responses: { 200: PinStatus },
  },
  signOut: { method: 'post', path: '/auth/signout', audience: 'citizen', summary: 'Ends this session.', responses: { 204: null } },
  me: { method: 'get', path: '/me', audience: 'citizen', summary: 'The signed-in citizen.', responses: { 200: CitizenAnswer } },
  verify: {
    method: 'post', path: '/me/verification', audience: 'citizen', summary: 'Verifies the citizen with the identity provider; only a digest of the identity number is kept.',
    body: VerificationBody, responses: { 200: CitizenAnswer },
  },
  sessions: { method: 'get', path: '/sessions', audience: 'citizen', summary: 'The citizen\'s live sessions, most recently used first.', responses: { 200: SessionsAnswer } },
  endSession: { method: 'delete', path: '/sessions/:id', audience: 'citizen', summary: 'Revokes one of the citizen\'s sessions.', params: SessionParams, responses: { 204: null } },
  apps: { method: 'get', path: '/apps', audience: 'public', summary: 'The catalogue: every active app\'s manifest (apps flagged `demo` only where the server shows them).', responses: { 200: AppsAnswer } },
  launch: {
    method: 'get', path: '/apps/:id/launch', audience: 'public', summary: 'The kill switch: the host asks before every launch.',
    params: AppPath, responses: { 200: LaunchAnswer },
  },
  identityGrant: {
    method: 'get', path: '/identity/grants/:appId', audience: 'citizen', summary: 'The citizen\'s identity grant to an app.',
    params: AppIdPath, responses: { 200: IdentityGrant },
  },
  setIdentityGrant: {
    method: 'put', path: '/identity/grants/:appId', audience: 'citizen', summary: 'Replaces the identity grant; claims no longer granted send the partner `consent.revoked`.',
    params: AppIdPath, body: GrantBody, responses: { 200: IdentityGrant },
  },
  identityToken: {
    method: 'post', path: '/identity/token', audience: 'citizen', summary: 'Mints an identity token for an app, carrying only granted claims.',
    body: TokenBody, responses: { 200: TokenAnswer },
  },
  identityProfile: {
    method: 'get', path: '/identity/profile/:appId', audience: 'citizen', summary: 'The granted claims\' values, for the app to display.',
    params: AppIdPath, responses: { 200: ProfileAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
