import { Hono } from 'hono';
import { createRegistryAdmin } from '../../src/app-registry.js';
import type { Database } from '../../src/db/database.js';
import { ApiError, jsonError } from '../../src/errors.js';
import type { PlatformEnv } from '../../src/http/env.js';
import { requirePartner } from '../../src/http/guards.js';
import { createCredentials } from '../../src/registry/credentials.js';
import { createPartnerAuthThrottle } from '../../src/registry/partner-auth-throttle.js';
import { testManifest } from '../../../../tests/support/test-manifest.js';

/** The `Authorization` header of a partner's client id and secret. */
export const basic = (credentials: { clientId: string; clientSecret: string }) =>
  `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`;

/**
 * Partner routes as the platform mounts them, without the rest of the server: `requirePartner`, then what `mount`
 * adds to the group, errors as JSON (with `Retry-After` when they name one). Resolves a call with its status, JSON body and headers.
 */
export function partnerApiOf(db: Database, mount: (api: Hono<PlatformEnv>) => void) {
  const app = new Hono<PlatformEnv>();
  app.onError((error, c) => {
    if (!(error instanceof ApiError)) throw error;
    if (typeof error.extra['retryAfterSeconds'] === 'number') c.header('Retry-After', String(error.extra['retryAfterSeconds']));
    return jsonError(c, error.status, error.code, error.message, { ...error.extra });
  });
  const api = new Hono<PlatformEnv>();
  api.use('*', requirePartner(createCredentials(db), createPartnerAuthThrottle(db), false));
  mount(api);
  app.route('/api/partner/v1', api);
  return async (authorization: string, method: string, path: string, body?: unknown) => {
    const response = await app.request(`http://localhost:8080/api/partner/v1${path}`, {
      method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() as any, headers: response.headers };
  };
}

/** Registers a test app for each of `appIds` and issues it credentials: resolves with each app's `Authorization` header. */
export async function registerPartners<Id extends string>(db: Database, ...appIds: Id[]): Promise<Record<Id, string>> {
  const admin = createRegistryAdmin(db);
  const credentials = createCredentials(db);
  const headers = {} as Record<Id, string>;
  for (const appId of appIds) {
    await admin.register(testManifest(appId));
    headers[appId] = basic(await credentials.issue(appId));
  }
  return headers;
}
