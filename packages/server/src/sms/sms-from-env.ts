import { createDevelopmentSms } from './development-sms.js';
import { createEsmsSms, ESMS_DEFAULT_URL } from './esms-sms.js';
import type { SmsSender } from './sms-sender.js';

/**
 * The SMS sender the environment names: `CITADEL_SMS_GATEWAY=esms` with `CITADEL_SMS_API_KEY`,
 * `CITADEL_SMS_SECRET_KEY`, `CITADEL_SMS_BRANDNAME` and optionally `CITADEL_SMS_URL`; unset, the development
 * sender (log and `/dev/sms`), which `main` refuses in production. Throws on an unknown gateway or a missing setting.
 */
export function smsSenderFromEnv(env: Readonly<Record<string, string | undefined>>): { sender: SmsSender; development: boolean } {
  const gateway = env['CITADEL_SMS_GATEWAY'];
  if (!gateway) return { sender: createDevelopmentSms(), development: true };
  if (gateway !== 'esms') throw new TypeError(`CITADEL_SMS_GATEWAY: unknown gateway "${gateway}" (known: esms)`);
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new TypeError(`${name} is required when CITADEL_SMS_GATEWAY=esms`);
    return value;
  };
  return {
    sender: createEsmsSms({
      url: env['CITADEL_SMS_URL'] || ESMS_DEFAULT_URL,
      apiKey: need('CITADEL_SMS_API_KEY'), secretKey: need('CITADEL_SMS_SECRET_KEY'), brandname: need('CITADEL_SMS_BRANDNAME'),
    }),
    development: false,
  };
}
