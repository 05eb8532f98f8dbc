import type { PartnerCredentials } from '@citadel/node';
import { createTestPlatform, type TestPlatform, type WebhookEventInput } from '@citadel/testing';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.js';
import { citizenCaller, type CallOptions, type CallResult } from './caller.js';
import type { TestDatabase } from './databases.js';

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

/** The suite's backend, its test platform and database; read them inside tests (they exist from `beforeAll` on). */
export interface TestBackend {
  readonly platform: TestPlatform;
  readonly db: Database;
  readonly url: string;
  /** A request as the mini-app would make it (`citizenCaller`). */
  call(path: string, options?: CallOptions): Promise<CallResult>;
  /**
   * A webhook signed with `TEST_CREDENTIALS.webhookSecret` (or `secret`), posted to `/webhooks`. `data` is what the
   * test sends, documented or not, so a backend's refusal of a malformed event can be tested too.
   */
  deliver(id: string, type: string, data: Record<string, unknown>, secret?: string): Promise<{ readonly status: number; readonly body: any }>;
}

/**
 * Starts a test platform (`createTestPlatform` of `@citadel/testing`, with `TEST_CREDENTIALS` and the app's
 * manifest when given), opens the suite's database and starts the backend on a free port before the suite's tests,
 * and closes all three after them (backend first).
 */
export function useTestBackend(setup: {
  readonly appId: string;
  /** The app's manifest: notifications are checked against its topics and deep links, as the platform checks them. */
  readonly manifest?: unknown;
  /** The platform's clock for orders and the notification quota (`createTestPlatform`'s `now`): the backend's test clock. */
  readonly now?: () => Date;
  readonly appOrigin: string;
  readonly database: TestDatabase;
  readonly start: (options: TestBackendOptions) => Promise<{ readonly url: string; close(): Promise<void> }>;
}): TestBackend {
  let platform: TestPlatform | undefined;
  let db: Database | undefined;
  let backend: { readonly url: string; close(): Promise<void> } | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestBackend: read the backend inside a test, after beforeAll');
    return value;
  };
  beforeAll(async () => {
    platform = await createTestPlatform({ appId: setup.appId, manifest: setup.manifest, credentials: TEST_CREDENTIALS, ...(setup.now ? { now: setup.now } : {}) });
    db = await setup.database.open();
    backend = await setup.start({ citadelUrl: platform.url, allowedOrigin: setup.appOrigin, database: db, port: 0, credentials: TEST_CREDENTIALS });
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
    deliver: (id, type, data, secret = TEST_CREDENTIALS.webhookSecret) =>
      test.platform.deliverWebhook({ type, data } as unknown as WebhookEventInput, { url: `${test.url}/webhooks`, id, secret }),
  };
  return test;
}
