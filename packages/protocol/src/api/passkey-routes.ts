import { CitizenAnswer } from './accounts.js';
import { OrderPath } from './payments.js';
import {
  AddPasskeyBody, CeremonyAnswer, PasskeyAnswer, PasskeyPath, PasskeySignInBody, PasskeysAnswer, PaymentPasskeyBody,
} from './passkeys.js';
import type { ApiRoute } from './route.js';

/** Passkeys (WebAuthn): adding, listing and removing them, signing in, and a payment's challenge, under `/api`. */
export const passkeyRoutes = {
  passkeys: { method: 'get', path: '/passkeys', audience: 'citizen', summary: 'The citizen\'s passkeys, newest first.', responses: { 200: PasskeysAnswer } },
  passkeyRegistrationOptions: {
    method: 'post', path: '/passkeys/options', audience: 'citizen',
    summary: 'Options to create a passkey: a single-use challenge (5 minutes), user verification required, the citizen\'s passkeys excluded.',
    responses: { 200: CeremonyAnswer },
  },
  addPasskey: {
    method: 'post', path: '/passkeys', audience: 'citizen', summary: 'Verifies and stores a new passkey answering the citizen\'s registration challenge.',
    body: AddPasskeyBody, responses: { 201: PasskeyAnswer },
  },
  removePasskey: {
    method: 'delete', path: '/passkeys/:id', audience: 'citizen', summary: 'Removes one of the citizen\'s passkeys.',
    params: PasskeyPath, responses: { 204: null },
  },
  passkeySignInOptions: {
    method: 'post', path: '/auth/passkey/options', audience: 'public',
    summary: 'Options to sign in with a discoverable passkey: a single-use challenge (5 minutes) for one sign-in attempt.',
    responses: { 200: CeremonyAnswer },
  },
  passkeySignIn: {
    method: 'post', path: '/auth/passkey', audience: 'public', summary: 'Signs in with a passkey\'s assertion (sets the session cookie, as a password sign-in does).',
    body: PasskeySignInBody, responses: { 200: CitizenAnswer },
  },
  paymentPasskeyOptions: {
    method: 'post', path: '/payments/orders/:orderId/passkey-options', audience: 'citizen',
    summary: 'Options to approve one order with a passkey: a single-use challenge bound to that order and citizen, only the citizen\'s passkeys allowed.',
    params: OrderPath, body: PaymentPasskeyBody, responses: { 200: CeremonyAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
