import { ApiError, ClientErrorCode } from '../net/api-error.js';
import { createRequester, errorFromResponse } from '../net/http.js';
import { parseAlerts, parseLocation, parseMyAlerts, parseOneAlert } from './parse.js';
import type { Alert, AlertInput, MyAlert, SharedLocation } from './types.js';

/**
 * The official alerts APIs (`docs/platform-api.md`, Alerts), typed. Every method rejects with an
 * `ApiError` carrying the server's `code` (`422 INVALID_CAP` keeps its `issues`).
 */
export interface AlertsApi {
  /** `GET /api/alerts`: the public history, newest first; `before` an ISO time for the next page. */
  history(options?: { readonly activeOnly?: boolean; readonly before?: string }): Promise<Alert[]>;
  /** `GET /api/alerts/:id`. */
  get(id: string): Promise<Alert>;
  /** `GET /api/me/alerts`: the unexpired alerts that reached the citizen, gravest first. */
  mine(): Promise<MyAlert[]>;
  /** `POST /api/alerts` (role `authority`); the same `idempotencyKey` never publishes twice. */
  publish(input: AlertInput, idempotencyKey: string): Promise<Alert>;
  /** `POST /api/alerts/:id/withdraw` (role `authority`): the alert ends now. */
  withdraw(id: string): Promise<Alert>;
  /** `POST /api/alerts/cap` with a CAP 1.2 XML file (role `authority`). */
  publishCap(xml: string): Promise<Alert>;
  /** `GET /api/me/location`. */
  location(): Promise<SharedLocation | null>;
  /** `PUT /api/me/location`: alerts for this (coarse) position reach the citizen. */
  shareLocation(position: SharedLocation): Promise<void>;
  /** `DELETE /api/me/location`. */
  stopSharingLocation(): Promise<void>;
}

const seg = encodeURIComponent;

/** Creates a client of the alerts APIs on this page's origin. */
export function createAlertsApi(fetchFn: typeof fetch = (input, init) => fetch(input, init)): AlertsApi {
  const request = createRequester(fetchFn);
  return {
    async history({ activeOnly = false, before } = {}) {
      const query = new URLSearchParams({ ...(activeOnly ? { active: '1' } : {}), ...(before ? { before } : {}) }).toString();
      return parseAlerts(await request('GET', `/api/alerts${query ? `?${query}` : ''}`));
    },
    get: async (id) => parseOneAlert(await request('GET', `/api/alerts/${seg(id)}`)),
    mine: async () => parseMyAlerts(await request('GET', '/api/me/alerts')),
    publish: async (input, key) => parseOneAlert(await request('POST', '/api/alerts', input, { 'idempotency-key': key })),
    withdraw: async (id) => parseOneAlert(await request('POST', `/api/alerts/${seg(id)}/withdraw`)),
    async publishCap(xml) {
      let response: Response;
      try {
        response = await fetchFn('/api/alerts/cap', {
          method: 'POST', credentials: 'same-origin', cache: 'no-store',
          headers: { accept: 'application/json', 'content-type': 'application/xml' }, body: xml,
        });
      } catch {
        throw new ApiError(ClientErrorCode.NETWORK, 'The platform could not be reached', { status: 0 });
      }
      const parsed: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw errorFromResponse(response, parsed);
      return parseOneAlert(parsed);
    },
    location: async () => parseLocation(await request('GET', '/api/me/location')),
    shareLocation: async ({ latitude, longitude }) => { await request('PUT', '/api/me/location', { latitude, longitude }); },
    stopSharingLocation: async () => { await request('DELETE', '/api/me/location'); },
  };
}
