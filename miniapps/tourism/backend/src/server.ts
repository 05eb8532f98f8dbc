import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPartnerAccess, type PartnerCredentials } from '@citadel/node';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import type { TokenSettings } from './http/authenticate.js';
import { createNonces } from './http/nonces.js';
import { route } from './http/routes.js';
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
  const db = options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const tokens: TokenSettings = { issuer: options.citadelUrl, appId: options.appId ?? 'tourism' };
  const access = createPartnerAccess({
    platformUrl: options.citadelUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.credentialsFile ? { credentialsFile: options.credentialsFile } : {}),
  });
  const signer = createTicketSigner(await loadTicketSecret(db));
  const context = {
    allowedOrigin: options.allowedOrigin, tokens, access, signer,
    nonces: createNonces(db), tickets: createTickets(db, signer, options.now), reviews: createReviews(db, options.now),
  };
  const server = createServer((request, response) => {
    route(request, response, context).catch((error: unknown) => {
      console.error('tourism-backend:', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'INTERNAL', message: 'Something went wrong' }));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8092, options.hostname ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    database: db,
    close: () => new Promise<void>((done) => {
      access.close();
      server.close(() => void (options.database ? Promise.resolve() : db.close()).then(() => done()));
      server.closeAllConnections();
    }),
  };
}
