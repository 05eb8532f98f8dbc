import { createPartnerAccess, type PartnerCredentials } from '@citadel/node';
import { createNonces, createSessions, serveBackend, type Database, type TokenSettings } from '@citadel-miniapp/backend-kit';
import { openReportingDatabase } from './db/open.js';
import { endpointOf } from './http/routes.js';
import { createReports } from './reports/repository.js';
import type { KeywordModel } from './routing/keyword-model.js';
import { loadKeywordModel } from './routing/load-model.js';
import { createStaffList } from './staff/staff-list.js';

/** Options of `createReportingBackend`. */
export interface ReportingBackendOptions {
  /** The platform origin, the issuer of identity tokens, such as `http://localhost:8080`. Required. */
  readonly citadelUrl: string;
  /** The app id, the `aud` of its tokens. Default `reporting`. */
  readonly appId?: string;
  /** The one browser origin allowed to call. Required, such as `http://reporting.apps.localhost:8080`. */
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
  /** Default: `model/keywords.json` shipped with the backend. */
  readonly model?: KeywordModel;
  /** Subs made staff at start (`STAFF_SUBS`). Default none. */
  readonly staffSubs?: readonly string[];
  /** Default 8091; 0 picks a free port. */
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

/** The reporting mini-app's backend: plain `node:http` over its own database. */
export async function startReportingBackend(options: ReportingBackendOptions): Promise<ListeningBackend> {
  const model = options.model ?? loadKeywordModel();
  const db = options.database ?? (await openReportingDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const staff = createStaffList(db);
  for (const sub of options.staffSubs ?? []) await staff.add(sub, 'STAFF_SUBS');
  const tokens: TokenSettings = { issuer: options.citadelUrl, appId: options.appId ?? 'reporting' };
  const access = createPartnerAccess({
    platformUrl: options.citadelUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.credentialsFile ? { credentialsFile: options.credentialsFile } : {}),
  });
  const context = {
    tokens, db, staff, model, access,
    reports: createReports(db, model, options.now), nonces: createNonces(db), sessions: await createSessions(db),
  };
  const http = await serveBackend({
    name: 'reporting-backend', allowedOrigin: options.allowedOrigin, port: options.port ?? 8091,
    ...(options.hostname ? { hostname: options.hostname } : {}),
    endpointOf: (pathname) => endpointOf(pathname, context),
    onClose: async () => {
      access.close();
      if (!options.database) await db.close();
    },
  });
  return { url: http.url, database: db, close: http.close };
}
