import { abuseReportRoutes as routes } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/** Reports to the platform what the host saw an app do. Rejects with an `ApiError`; never throws synchronously. */
export interface AbuseReportApi {
  /** `POST /api/apps/:id/abuse-reports`: the app went past the bridge's rate limit `windows` windows in a row and was shut out. */
  bridgeRate(appId: string, windows: number): Promise<void>;
}

/** Creates the client of the abuse report API on this page's origin. */
export function createAbuseReportApi(fetchFn?: typeof fetch): AbuseReportApi {
  const call = createPlatformClient(fetchFn);
  return {
    bridgeRate: async (appId, windows) => {
      await call(routes.abuseReport, { params: { id: appId }, body: { kind: 'bridge-rate', windows } });
    },
  };
}
