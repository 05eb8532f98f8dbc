import { get } from 'node:http';

/** A JSON client of a platform server (`hostClient` of tests/bench/http-client.ts). */
type Call = (method: string, path: string, body?: unknown, cookie?: string) => Promise<{ status: number; cookie: string | undefined; body: any }>;

/** The newest code the development SMS sender texted to `phone` (E.164), read from the development page `/api/dev/sms`. */
export async function devCode(port: number, phone: string): Promise<string> {
  // node:http, not fetch: fetch drops the Host header, and the platform routes by it.
  const page = await new Promise<string>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/api/dev/sms', headers: { host: `localhost:${port}` } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  const code = new RegExp(`data-to="\\${phone}" data-code="(\\d{6})"`).exec(page)?.[1];
  if (!code) throw new Error(`no code for ${phone} on /api/dev/sms`);
  return code;
}

/** E.164 of a Vietnamese national number (`09…`). */
const e164 = (phone: string) => `+84${phone.replace(/\D/g, '').replace(/^0/, '')}`;

/** Registers through the code step of a development server (`/api/dev/sms`); resolves with the register answer. */
export async function registerWithDevCode(call: Call, port: number, input: { phone: string; password: string; name: string }) {
  const sent = await call('POST', '/api/auth/otp', { phone: input.phone, purpose: 'sign-up' });
  if (sent.status !== 202) throw new Error(`code for ${input.phone}: ${sent.status} ${JSON.stringify(sent.body)}`);
  return call('POST', '/api/auth/register', { ...input, code: await devCode(port, e164(input.phone)) });
}

/** Sets the citizen's payment PIN through the `pin` code step of a development server. */
export async function setPinWithDevCode(call: Call, port: number, cookie: string, phone: string, pin: string, words = 'hoa sen trắng') {
  const sent = await call('POST', '/api/auth/otp', { phone, purpose: 'pin' }, cookie);
  if (sent.status !== 202) throw new Error(`pin code for ${phone}: ${sent.status} ${JSON.stringify(sent.body)}`);
  const set = await call('PUT', '/api/me/pin', { code: await devCode(port, e164(phone)), pin, words }, cookie);
  if (set.status !== 200) throw new Error(`pin for ${phone}: ${set.status} ${JSON.stringify(set.body)}`);
}
