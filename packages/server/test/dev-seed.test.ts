import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizens } from '../src/accounts/citizens.js';
import { verifyPassword } from '../src/accounts/password.js';
import type { Database } from '../src/db/database.js';
import { parseDemoPartners, seedDemoAccounts } from '../src/dev-seed.js';
import { testDatabases } from './support/databases.js';

const partner = { appId: 'school', file: 'data/partners/school.json', webhookUrl: 'http://localhost:8094/webhooks' };
const parent = { phone: '0900000201', password: 'demo-parent-201', name: 'Nguyễn Thị Hoa' };

describe('CITADEL_DEMO_PARTNERS, as npm start sets it', () => {
  it('reads partners with an optional quota and demo accounts', () => {
    expect(parseDemoPartners(undefined)).toEqual([]);
    expect(parseDemoPartners(JSON.stringify([{ ...partner, notificationQuota: 10, demoAccounts: [parent] }]))).toEqual([{ ...partner, notificationQuota: 10, demoAccounts: [parent] }]);
  });

  it.each([
    ['a quota over 50', { ...partner, notificationQuota: 51 }],
    ['accounts that are not a list', { ...partner, demoAccounts: parent }],
    ['an account without a mobile number', { ...partner, demoAccounts: [{ ...parent, phone: '12345' }] }],
    ['an account with a short password', { ...partner, demoAccounts: [{ ...parent, password: 'short' }] }],
  ])('refuses %s, naming the shape', (_name, bad) => {
    expect(() => parseDemoPartners(JSON.stringify([bad]))).toThrow(/demoAccounts\? \[\{ phone, password \(8\+\), name \}\]/);
  });
});

describe.each(testDatabases)('demo accounts on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  it('creates each account once, able to sign in with its password, and leaves a taken number alone', async () => {
    await seedDemoAccounts(db, [parent]);
    await seedDemoAccounts(db, [{ ...parent, password: 'another-password', name: 'Someone else' }]);
    const found = await createCitizens(db).credentialsByPhone('+84900000201');
    expect(found?.citizen.name).toBe('Nguyễn Thị Hoa');
    expect(await verifyPassword('demo-parent-201', found!.passwordHash)).toBe(true);
    expect(await verifyPassword('another-password', found!.passwordHash)).toBe(false);
  });

  it('counts a demo account\'s number as verified (the operator vouches for it), also for one created before codes', async () => {
    expect((await createCitizens(db).credentialsByPhone('+84900000201'))?.citizen.phoneVerified).toBe(true);
    await db.query('UPDATE citizens SET phone_verified_at = NULL WHERE phone = $1', ['+84900000201']);
    expect((await createCitizens(db).credentialsByPhone('+84900000201'))?.citizen.phoneVerified).toBe(false);
    await seedDemoAccounts(db, [parent]);
    expect((await createCitizens(db).credentialsByPhone('+84900000201'))?.citizen.phoneVerified).toBe(true);
  });
});
