import type { SmsSender } from './sms-sender.js';

/** What the eSMS.vn adapter needs; `main` reads it from `CITADEL_SMS_*`. */
export interface EsmsConfig {
  /** `CITADEL_SMS_URL`: the send endpoint, default `https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/`. */
  readonly url: string;
  /** `CITADEL_SMS_API_KEY`. */
  readonly apiKey: string;
  /** `CITADEL_SMS_SECRET_KEY`. */
  readonly secretKey: string;
  /** `CITADEL_SMS_BRANDNAME`: the registered sender name shown on the phone. */
  readonly brandname: string;
}

/** eSMS.vn's documented endpoint for one OTP or customer-care message. */
export const ESMS_DEFAULT_URL = 'https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/';
/** How long one send may take before it counts as failed. */
const TIMEOUT_MS = 10_000;

/**
 * The eSMS.vn adapter, after its "Send OTP/Customer care message" API (developers.esms.vn, `SendMultipleMessage_V4_post_json`):
 * a JSON POST of `ApiKey`, `SecretKey`, `Phone`, `Content`, `Brandname`, `SmsType` "2" (customer care, the type for
 * brandname OTPs), `IsUnicode` "0" (the text is plain ASCII) and `RequestId` (eSMS drops a repeated id, so a retried
 * request is not a second SMS). The answer's `CodeResult` is "100" when accepted; anything else is a refusal.
 * The phone goes in national form (`09…`), as eSMS's examples write it.
 */
export function createEsmsSms(config: EsmsConfig, fetchImpl: typeof fetch = fetch): SmsSender {
  return {
    async send(to, text) {
      const response = await fetchImpl(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ApiKey: config.apiKey, SecretKey: config.secretKey, Phone: to.replace(/^\+84/, '0'), Content: text,
          Brandname: config.brandname, SmsType: '2', IsUnicode: '0', RequestId: crypto.randomUUID(),
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const result = (await response.json().catch(() => ({}))) as { CodeResult?: string; ErrorMessage?: string };
      if (!response.ok || result.CodeResult !== '100') {
        throw new Error(`eSMS refused the message: HTTP ${response.status}, CodeResult ${result.CodeResult ?? 'none'} ${result.ErrorMessage ?? ''}`.trim());
      }
    },
  };
}
