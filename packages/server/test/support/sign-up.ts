import { expect } from 'vitest';
import type { FakeSmsGateway } from './fake-sms-gateway.js';

/** What the helpers need of `citizenClient`. */
interface Client<A extends { status: number; body: any } = { status: number; body: any }> { post(path: string, body?: unknown): Promise<A> }

/**
 * Registers a citizen the way the host does: a `sign-up` code to the number, read from the fake gateway, then the
 * account with that code. Resolves with the register answer.
 */
export async function registerWithCode<A extends { status: number; body: any }>(client: Client<A>, gateway: FakeSmsGateway, input: { phone: string; password: string; name: string }) {
  const sent = await client.post('/api/auth/otp', { phone: input.phone, purpose: 'sign-up' });
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  const code = gateway.lastCode(input.phone);
  expect(code).toMatch(/^\d{6}$/);
  return client.post('/api/auth/register', { ...input, code });
}

/** Signs in with a password, and with the code the fake gateway received when the platform asks for one (a new device). */
export async function signInWithCode<A extends { status: number; body: any }>(client: Client<A>, gateway: FakeSmsGateway, input: { phone: string; password: string }) {
  const first = await client.post('/api/auth/signin', input);
  if (first.status !== 202) return first;
  return client.post('/api/auth/signin', { ...input, code: gateway.lastCode(input.phone) });
}

/** Sends a code for a session-bound purpose (`pin`, `phone-change`) and resolves with it. */
export async function codeFor(client: Client, gateway: FakeSmsGateway, phone: string, purpose: 'pin' | 'phone-change'): Promise<string> {
  const sent = await client.post('/api/auth/otp', { phone, purpose });
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  return gateway.lastCode(phone)!;
}
