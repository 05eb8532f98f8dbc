import { verifyIdToken } from '@citadel/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalPhone, phoneClaim } from '../src/index.js';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';

describe('the phone number of a token', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform({ appId: 'kit' });
  });
  afterAll(() => platform?.close());
  const claimsOf = (claims: Record<string, unknown>) => verifyIdToken(platform.signIdToken({ claims }), { appId: 'kit', issuer: platform.url });

  it('is verified only when the platform says the citizen confirmed it, as the test platform mints by default', async () => {
    expect(phoneClaim(await claimsOf({ phone_number: '+84900000201' }))).toEqual({ state: 'verified', phone: '+84900000201' });
    expect(phoneClaim(await claimsOf({ phone_number: '+84900000201', phone_number_verified: false }))).toEqual({ state: 'unverified' });
    // A token without the claim, as a platform from before it issued: not verified.
    expect(phoneClaim(await claimsOf({ phone_number: '+84900000201', phone_number_verified: undefined }))).toEqual({ state: 'unverified' });
    expect(phoneClaim(await claimsOf({}))).toEqual({ state: 'missing' });
    // The test platform adds the claim only with a phone number.
    expect('phoneNumberVerified' in (await claimsOf({ name: 'An' }))).toBe(false);
  });

  it('reads a Vietnamese mobile number in national form, whatever way it was written', () => {
    expect(['+84905333777', '0905 333 777', '84905333777', '0905.333.777', '(0905) 333-777'].map(nationalPhone)).toEqual(Array(5).fill('0905333777'));
    for (const other of ['0200000201', '+14155550100', '0905', '']) expect(nationalPhone(other)).toBeUndefined();
  });
});
