import { createPartnerAccess, type PartnerCredentials } from '@citadel/node';
import { createNonces, createSessions, serveBackend, type Database, type TokenSettings } from '@citadel-miniapp/backend-kit';
import { openTourismDatabase } from './db/open.js';
import { endpointOf } from './http/routes.js';
import type { GateKeys } from './tickets/gates.js';
import { createReviews } from './reviews/reviews.js';
import { createTicketSigner, loadTicketSecret } from './tickets/ticket-code.js';
import { createTickets } from './tickets/tickets.js';

/** Options of `startTourismBackend`. */
export interface TourismBackendOptions {
  /** The platform origin, the issuer of identity tokens and the partner API, such as `http://localhost:8080`. Required. */
  readonly citadelUrl: string;
  /** The app id, the `aud` of its tokens. Default `tourism`. */
  readonly appId?: string;
  /** The one browser origin allowed to call. Required, such as `http://tourism.apps.localhost:8080`. */
  readonly allowedOrigin: string;
  /** An open database; default: one opened from `databaseUrl` / `dataDir` (and closed with the backend). */
  readonly database?: Database;
  /** PostgreSQL connection string; default none (PGlite). */
  readonly databaseUrl?: string | undefined;
  /** PGlite's folder is `<dataDir>/pglite`; default none: in memory. */
  readonly dataDir?: string | undefined;
  /** Partner credentials known at once; else `credentialsFile` is waited for. */
  readonly credentials?: PartnerCredentials | undefined;
  readonly credentialsFile?: string | undefined;
  /** Default 8092; 0 picks a free port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly hostname?: string;
  /** The gates that may admit tickets (`GATE_KEYS`); default none, and `/gate/admit` answers 503. */
  readonly gateKeys?: GateKeys;
  /** The clock. Default the real one. */
  readonly now?: () => Date;
}

/** A listening backend. */
export interface ListeningBackend {
  readonly url: string;
  readonly database: Database;
  close(): Promise<void>;
}

/** The tourism mini-app's backend: plain `node:http` over its own database. */
export async function startTourismBackend(options: TourismBackendOptions): Promise<ListeningBackend> {
  const db = options.database ?? (await openTourismDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const tokens: TokenSettings = { issuer: options.citadelUrl, appId: options.appId ?? 'tourism' };
  const access = createPartnerAccess({
    platformUrl: options.citadelUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.credentialsFile ? { credentialsFile: options.credentialsFile } : {}),
  });
  const signer = createTicketSigner(await loadTicketSecret(db));
  const context = {
    tokens, access, signer, gates: options.gateKeys ?? new Map(),
    nonces: createNonces(db), sessions: await createSessions(db), tickets: createTickets(db, signer, options.now), reviews: createReviews(db, options.now),
  };
  const http = await serveBackend({
    name: 'tourism-backend', allowedOrigin: options.allowedOrigin, port: options.port ?? 8092,
    ...(options.hostname ? { hostname: options.hostname } : {}),
    endpointOf: (pathname) => endpointOf(pathname, context),
    onClose: async () => {
      access.close();
      if (!options.database) await db.close();
    },
  });
  return { url: http.url, database: db, close: http.close };
}
