import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createDevelopmentSms } from '../src/sms/development-sms.js';
import { createEsmsSms } from '../src/sms/esms-sms.js';
import { smsSenderFromEnv } from '../src/sms/sms-from-env.js';
import { testDatabases } from './support/databases.js';
import { citizenClient, smsGateway, testPlatform } from './support/platform.js';

describe('SMS senders', () => {
  it('are chosen by the environment, and a missing setting is named', () => {
    expect(smsSenderFromEnv({}).development).toBe(true);
    expect(() => smsSenderFromEnv({ CITADEL_SMS_GATEWAY: 'speedsms' })).toThrow(/unknown gateway "speedsms"/);
    expect(() => smsSenderFromEnv({ CITADEL_SMS_GATEWAY: 'esms', CITADEL_SMS_API_KEY: 'k', CITADEL_SMS_SECRET_KEY: 's' })).toThrow(/CITADEL_SMS_BRANDNAME/);
    const chosen = smsSenderFromEnv({ CITADEL_SMS_GATEWAY: 'esms', CITADEL_SMS_API_KEY: 'k', CITADEL_SMS_SECRET_KEY: 's', CITADEL_SMS_BRANDNAME: 'HUE-S' });
    expect(chosen.development).toBe(false);
  });

  it('sends through eSMS with the documented fields, and rejects when eSMS refuses the keys', async () => {
    const good = createEsmsSms({ url: smsGateway.url, apiKey: 'test-api-key', secretKey: 'test-secret-key', brandname: 'HUE-S' });
    await good.send('+84912000111', 'Ma xac thuc Citadel cua ban la 123456.');
    expect(smsGateway.sent.at(-1)).toEqual({
      ApiKey: 'test-api-key', SecretKey: 'test-secret-key', Phone: '0912000111', Content: 'Ma xac thuc Citadel cua ban la 123456.',
      Brandname: 'HUE-S', SmsType: '2', IsUnicode: '0', RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const bad = createEsmsSms({ url: smsGateway.url, apiKey: 'wrong', secretKey: 'test-secret-key', brandname: 'HUE-S' });
    await expect(bad.send('+84912000111', 'x')).rejects.toThrow(/CodeResult 101/);
  });
});

describe.each(testDatabases)('the development SMS page on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => { db = await open(); });
  afterAll(() => db.close());

  it('lists the development sender\'s codes outside production, and does not exist in production', async () => {
    const lines: string[] = [];
    const development = await testPlatform(db, { sms: createDevelopmentSms((line) => lines.push(line)) });
    await citizenClient(development).post('/api/auth/otp', { phone: '0912 000 222', purpose: 'sign-up' });
    const code = /la (\d{6})\./.exec(lines.at(-1)!)![1]!;
    expect(lines.at(-1)).toContain('+84912000222');
    const raw = await development.app.request('http://localhost:8080/api/dev/sms', { headers: { host: 'localhost:8080' } });
    expect(raw.headers.get('content-type')).toContain('text/html');
    expect(await raw.text()).toContain(`data-to="+84912000222" data-code="${code}"`);

    const production = await testPlatform(db, { development: false, sms: createDevelopmentSms(() => {}) });
    const none = await production.app.request('http://localhost:8080/api/dev/sms', { headers: { host: 'localhost:8080' } });
    expect(none.status).toBe(404);
  });
});
