import { startBackend, type BackendOptions, type ListeningBackend } from '@citadel-miniapp/backend-kit';
import { openReportingDatabase } from './db/open.js';
import { createReverseGeocoder } from './geocode/reverse-geocoder.js';
import { createCitizens } from './citizens/citizens.js';
import { reportingRoutes } from './http/routes.js';
import { retryNotifications } from './reports/notify.js';
import { createReports } from './reports/repository.js';
import { LIMITS } from './limits.js';
import type { KeywordModel } from './routing/keyword-model.js';
import { loadKeywordModel } from './routing/load-model.js';
import { createStaffList } from './staff/staff-list.js';

export type { ListeningBackend };

/** Options of `startReportingBackend`: the kit's (app id `reporting`), the keyword model and the first staff. */
export interface ReportingBackendOptions extends BackendOptions {
  /** Default: `model/keywords.json` shipped with the backend. */
  readonly model?: KeywordModel;
  /** Subs made staff at start (`STAFF_SUBS`). Default none. */
  readonly staffSubs?: readonly string[];
  /** A Nominatim-compatible reverse geocoding endpoint (`GEOCODER_URL`); default none, the ward centres only. */
  readonly geocoderUrl?: string | undefined;
}

/** The reporting mini-app's backend: the kit's Hono app over its own database. */
export function startReportingBackend(options: ReportingBackendOptions): Promise<ListeningBackend> {
  const model = options.model ?? loadKeywordModel();
  return startBackend({
    name: 'reporting-backend', appId: 'reporting', open: openReportingDatabase, routes: reportingRoutes,
    context: async (parts) => {
      const staff = createStaffList(parts.db);
      for (const sub of options.staffSubs ?? []) await staff.add(sub, 'STAFF_SUBS');
      const reports = createReports(parts.db, model, parts.now);
      const geocoder = createReverseGeocoder({ url: options.geocoderUrl });
      return { ...parts, staff, model, reports, geocoder, citizens: createCitizens(parts.db) };
    },
    // Sends that failed, waited for credentials or hit the quota are tried again in the background.
    background: ({ reports, now }) => [{ label: 'notification retry', seconds: LIMITS.notifyRetrySeconds, run: (citadel) => retryNotifications(citadel, reports, now()) }],
  }, options);
}
