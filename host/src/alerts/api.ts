import type * as z from 'zod/mini';
import {
  alertRoutes as routes, type AlertArea, type AlertWards, type City, type ConsoleAlert, type PublishedAlert, type ReceivedAlert, type SharedLocation,
} from '@citadel/protocol/api';
import { ApiError, createPlatformClient } from '@citadel/api-client';

/** An alert that reached the signed-in citizen, with when they read it. */
export type MyAlert = z.infer<typeof ReceivedAlert>;
/** What the authority console publishes (`POST /api/alerts`). */
export type AlertInput = z.input<typeof ConsoleAlert>;
/** A position to share for alerts, already coarse. */
export type Position = Pick<SharedLocation, 'latitude' | 'longitude'>;

/**
 * The official alerts APIs (`docs/platform-api.md`, Alerts), typed by the contract. Every method
 * rejects with an `ApiError` carrying the server's `code` (`422 INVALID_CAP` keeps its `issues`).
 */
export interface AlertsApi {
  /** `GET /api/alerts`: the public history, newest first; `before` an ISO time for the next page. */
  history(options?: { readonly activeOnly?: boolean; readonly before?: string }): Promise<PublishedAlert[]>;
  /** `GET /api/alerts/:id`. */
  get(id: string): Promise<PublishedAlert>;
  /** `GET /api/me/alerts`: the unexpired alerts that reached the citizen, gravest first. */
  mine(): Promise<MyAlert[]>;
  /** `POST /api/alerts` (role `authority`); the same `idempotencyKey` never publishes twice. */
  publish(input: AlertInput, idempotencyKey: string): Promise<PublishedAlert>;
  /** `POST /api/alerts/:id/withdraw` (role `authority`): the alert ends now. */
  withdraw(id: string): Promise<PublishedAlert>;
  /** `POST /api/alerts/cap` with a CAP 1.2 XML file (role `authority`): the alert published, or the one a `Cancel` withdrew. */
  publishCap(xml: string): Promise<PublishedAlert>;
  /** `GET /api/me/location`. */
  location(): Promise<SharedLocation | null>;
  /** `PUT /api/me/location`: alerts for this (coarse) position reach the citizen. */
  shareLocation(position: Position): Promise<void>;
  /** `DELETE /api/me/location`. */
  stopSharingLocation(): Promise<void>;
  /** `GET /api/city`: the city's name and wards. */
  city(): Promise<City>;
  /** `GET /api/me/wards`: the verified ward and the declared home and work wards. */
  wards(): Promise<AlertWards>;
  /** `PUT /api/me/wards`: declares both wards (`null` for none), from the city's list. */
  declareWards(wards: { readonly home: string | null; readonly work: string | null }): Promise<AlertWards>;
  /** `POST /api/alerts/reach` (role `authority`): how many citizens an alert for `area` would reach now. */
  reach(area: z.input<typeof AlertArea>): Promise<number>;
}

/** Creates a client of the alerts APIs on this page's origin. */
export function createAlertsApi(fetchFn?: typeof fetch): AlertsApi {
  const call = createPlatformClient(fetchFn);
  return {
    history: async ({ activeOnly = false, before } = {}) => (await call(routes.alerts, { query: { active: activeOnly ? '1' : undefined, before } })).alerts,
    get: async (id) => (await call(routes.alert, { params: { id } })).alert,
    mine: async () => (await call(routes.myAlerts)).alerts,
    publish: async (body, key) => (await call(routes.publish, { body, headers: { 'idempotency-key': key } })).alert,
    withdraw: async (id) => (await call(routes.withdraw, { params: { id } })).alert,
    async publishCap(xml) {
      const answer = await call(routes.publishCap, { body: xml });
      const alert = 'alert' in answer ? answer.alert : answer.withdrawn[0];
      if (!alert) throw new ApiError('NOT_FOUND', 'The CAP Cancel withdrew no alert', { status: 200 });
      return alert;
    },
    location: async () => (await call(routes.location)).location,
    shareLocation: async ({ latitude, longitude }) => { await call(routes.shareLocation, { body: { latitude, longitude } }); },
    stopSharingLocation: () => call(routes.unshareLocation),
    city: async () => (await call(routes.city)).city,
    wards: async () => (await call(routes.wards)).wards,
    declareWards: async ({ home, work }) => (await call(routes.declareWards, { body: { home, work } })).wards,
    reach: async (area) => (await call(routes.reach, { body: { area } })).reach,
  };
}
