import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { createPlatformServer, type PlatformServerOptions } from '../../src/index.js';
import { createEsmsSms } from '../../src/sms/esms-sms.js';
import { startFakeSmsGateway } from './fake-sms-gateway.js';
import { testManifest } from '../../../../tests/support/test-manifest.js';

const root = mkdtempSync(join(tmpdir(), 'citadel-api-'));
mkdirSync(join(root, 'host'), { recursive: true });
writeFileSync(join(root, 'host/index.html'), '<!doctype html><title>host</title>');
writeFileSync(join(root, 'host/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

/** A built app's folder (one page), for test apps the platform hosts. */
export const BUILT_APP_DIR = join(root, 'host');

export const HOST = 'localhost:8080';
export const HOST_ORIGIN = 'http://localhost:8080';
export const CONSOLE_HOST = 'console.localhost:8080';
export const CONSOLE_ORIGIN = 'http://console.localhost:8080';

/** A test manifest, declared once with the partner contract's (tests/support/test-manifest.ts). */
export { testManifest };

/** One loopback eSMS gateway per test file: every test platform texts its codes there. */
export const smsGateway = await startFakeSmsGateway();

/**
 * Code limits of the test platform: no cooldown and no hourly caps, since every request of a suite comes from one
 * address and some numbers sign in many times; `otp.test.ts` sets each limit and checks its 429.
 */
export const relaxedOtpLimits = { cooldownSeconds: 0, perNumberHour: 1000, perNumberDay: 1000, perIpHour: 100_000 };

/**
 * A platform server on `database` hosting the apps `water`, `school` and `quiet` (no identity), texting codes to
 * `smsGateway` through the eSMS adapter.
 */
export async function testPlatform(database: Database, options: Partial<PlatformServerOptions> = {}) {
  return createPlatformServer({
    sms: createEsmsSms({ url: smsGateway.url, apiKey: smsGateway.keys.apiKey, secretKey: smsGateway.keys.secretKey, brandname: 'CITADEL' }),
    hostDir: join(root, 'host'),
    database,
    apps: [
      { manifest: testManifest('water'), dir: join(root, 'host') },
      { manifest: testManifest('school'), dir: join(root, 'host') },
      { manifest: testManifest('quiet', []), dir: join(root, 'host') },
    ],
    port: 8080,
    // No pacing unless a test asks: suites send one citizen several notifications in a row; pacing.test.ts sets it.
    notificationSpacingMs: 0,
    ...options,
    otpLimits: { ...relaxedOtpLimits, ...options.otpLimits },
  });
}

/**
 * A browser-like client of the host origin (or of `host`, such as `CONSOLE_HOST`): keeps its cookie, sends that
 * origin as `Origin` on writes (or `origin`).
 */
export function citizenClient(server: { app: { request: (url: string, init: RequestInit) => Response | Promise<Response> } }, init: { origin?: string; ip?: string; host?: string } = {}) {
  let cookie = '';
  const host = init.host ?? HOST;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await server.app.request(`http://${host}${path}`, {
      method,
      headers: {
        host,
        ...(method === 'GET' ? {} : { origin: init.origin ?? `http://${host}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        'user-agent': 'test-agent',
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any, headers: response.headers };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body ?? {}, headers),
    put: (path: string, body: unknown) => call('PUT', path, body),
    delete: (path: string) => call('DELETE', path),
    get cookie() { return cookie; },
    set cookie(value: string) { cookie = value; },
  };
}

/** Issues partner credentials for `appId` and answers the HTTP Basic `authorization` header a partner backend sends. */
export async function partnerAuth(server: { credentials: { issue(appId: string): Promise<{ clientId: string; clientSecret: string }> } }, appId: string) {
  const issued = await server.credentials.issue(appId);
  return { authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}` };
}
