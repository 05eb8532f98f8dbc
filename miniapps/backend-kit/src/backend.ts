import { createPartnerAccess, type PartnerAccess, type PartnerCredentials } from '@citadel/node';
import type { Hono } from 'hono';
import { startBackground, type BackgroundTask } from './background.js';
import type { Database } from './db/database.js';
import type { DatabaseLocation } from './db/open.js';
import { createBackendApp } from './http/backend-app.js';
import { createNonces } from './http/nonces.js';
import { serveBackend } from './http/serve.js';
import { createSessions, type CitizenAuth } from './http/sessions.js';
import { signInRoutes } from './http/sign-in-routes.js';

/** What every demo backend is started with (`main.ts` reads them from the environment `npm start` sets). */
export interface BackendOptions {
  /** The platform origin, the issuer of identity tokens and the partner API, such as `https://hue-s.example.vn`. Required. */
  readonly citadelUrl: string;
  /** The app id, the `aud` of its tokens. Default: the app's own. */
  readonly appId?: string;
  /** The one browser origin allowed to call, such as `https://tourism.apps.hue-s.example.vn`. Required. */
  readonly allowedOrigin: string;
  /** An open database; default: one opened from `databaseUrl` / `dataDir` (and closed with the backend). */
  readonly database?: Database;
  /** PostgreSQL connection string; default none (PGlite). */
  readonly databaseUrl?: string | undefined;
  /** PGlite's folder is `<dataDir>/pglite`; default none: in memory. */
  readonly dataDir?: string | undefined;
  /** Partner credentials known at once; else `credentialsFile` is waited for (and re-read when it changes). */
  readonly credentials?: PartnerCredentials | undefined;
  readonly credentialsFile?: string | undefined;
  /** The port to listen on (`npm start` gives each backend its own, from scripts/lib/demo-ports.mjs). Default 0: a free one. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly hostname?: string;
  /** The clock. Default the real one. */
  readonly now?: () => Date;
}

/** What the kit makes for a backend before its own parts: the database, the platform access, sign-in. */
export interface BackendParts extends CitizenAuth {
  readonly db: Database;
  readonly access: PartnerAccess;
  readonly now: () => Date;
}

/** One app's backend: its name, defaults, database and routes over a context it builds from the parts. */
export interface BackendDefinition<Context> {
  /** Names it in logs, such as `tourism-backend`. */
  readonly name: string;
  readonly appId: string;
  readonly open: (location: DatabaseLocation) => Promise<Database>;
  readonly context: (parts: BackendParts) => Context | Promise<Context>;
  /** The app's routes, declared on a Hono app of its own (`new Hono().get('/public/places', …)`). */
  readonly routes: (context: Context) => Hono<any>;
  /** What it repeats while it runs (`startBackground`), stopped before the database closes. Default none. */
  readonly background?: (context: Context) => readonly BackgroundTask[];
}

/** A listening backend. */
export interface ListeningBackend {
  readonly url: string;
  readonly database: Database;
  close(): Promise<void>;
}

/**
 * Opens the database, connects to the platform, and serves the sign-in routes (`POST /auth/nonce`,
 * `POST /auth/session`) and the app's own on a `createBackendApp` until `close()`.
 */
export async function startBackend<Context>(definition: BackendDefinition<Context>, options: BackendOptions): Promise<ListeningBackend> {
  const db = options.database ?? (await definition.open({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const now = options.now ?? (() => new Date());
  const access = createPartnerAccess({
    platformUrl: options.citadelUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.credentialsFile ? { credentialsFile: options.credentialsFile } : {}),
  });
  const parts: BackendParts = {
    db, access, now,
    tokens: { issuer: options.citadelUrl, appId: options.appId ?? definition.appId },
    nonces: createNonces(db),
    sessions: await createSessions(db, { now }),
  };
  const context = await definition.context(parts);
  const app = createBackendApp({ name: definition.name, allowedOrigin: options.allowedOrigin })
    .route('/', signInRoutes(parts))
    .route('/', definition.routes(context));
  const http = await serveBackend(app, {
    port: options.port ?? 0,
    ...(options.hostname ? { hostname: options.hostname } : {}),
    onClose: async () => {
      stopBackground();
      access.close();
      if (!options.database) await db.close();
    },
  });
  // Started once listening, so a backend that could not bind leaves nothing running.
  const stopBackground = startBackground(definition.name, access, definition.background?.(context) ?? []);
  return { url: http.url, database: db, close: http.close };
}
