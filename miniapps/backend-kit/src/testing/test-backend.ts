import type { PartnerCredentials } from '@citadel/node';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.js';
import { citizenCaller, type CallOptions, type CallResult } from './caller.js';
import type { TestDatabase } from './databases.js';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';
import { deliverWebhook } from './signed-webhook.js';

/** The partner credentials a backend under test holds; `webhookSecret` signs what `deliver` sends. */
export const TEST_CREDENTIALS = { clientId: 'cid', clientSecret: 'secret', webhookSecret: 'whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=' } as const satisfies PartnerCredentials;

/** What `start` is given: spread it into the app's `start…Backend` options, with the app's own. */
export interface TestBackendOptions {
  readonly citadelUrl: string;
  readonly allowedOrigin: string;
  readonly database: Database;
  readonly port: 0;
  readonly credentials: PartnerCredentials;
}

/** The suite's backend, its fake platform and database; read them inside tests (they exist from `beforeAll` on). */
export interface TestBackend {
  readonly platform: FakePlatform;
  readonly db: Database;
  readonly url: string;
  /** A request as the mini-app would make it (`citizenCaller`). */
  call(path: string, options?: CallOptions): Promise<CallResult>;
  /** A webhook signed with `TEST_CREDENTIALS.webhookSecret` (or `secret`), posted to `/webhooks`. */
  deliver(id: string, type: string, data: Record<string, unknown>, secret?: string): ReturnType<typeof deliverWebhook>;
}

/**
 * Starts a fake platform, opens the suite's database and starts the backend on a free port before
 * the suite's tests, and closes all three after them (backend first).
 */
export function useTestBackend(setup: {
  readonly appId: string;
  readonly appOrigin: string;
  readonly database: TestDatabase;
  readonly start: (options: TestBackendOptions) => Promise<{ readonly url: string; close(): Promise<void> }>;
}): TestBackend {
  let platform: FakePlatform | undefined;
  let db: Database | undefined;
  let backend: { readonly url: string; close(): Promise<void> } | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestBackend: read the backend inside a test, after beforeAll');
    return value;
  };
  beforeAll(async () => {
    platform = await startFakePlatform(setup.appId);
    db = await setup.database.open();
    backend = await setup.start({ citadelUrl: platform.origin, allowedOrigin: setup.appOrigin, database: db, port: 0, credentials: TEST_CREDENTIALS });
  });
  afterAll(async () => {
    await backend?.close();
    await db?.close();
    await platform?.close();
  });
  const test: TestBackend = {
    get platform() { return started(platform); },
    get db() { return started(db); },
    get url() { return started(backend).url; },
    call: (path, options) => citizenCaller(() => test.url, test.platform, setup.appOrigin)(path, options),
    deliver: (id, type, data, secret = TEST_CREDENTIALS.webhookSecret) => deliverWebhook(`${test.url}/webhooks`, secret, id, { type, data }),
  };
  return test;
}
