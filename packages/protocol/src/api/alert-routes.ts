import * as z from 'zod/mini';
import {
  AlertAnswer, AlertPath, AlertsAnswer, AlertsQuery, ConsoleAlert, LocationAnswer, LocationBody, ReceivedAlertsAnswer, WithdrawnAnswer,
} from './alerts.js';
import type { ApiRoute } from './route.js';

/** The largest body the alert-publishing routes accept: a CAP file or a console alert with polygons (256 KiB). */
export const MAX_ALERT_BODY_BYTES = 256 * 1024;

/** Official alerts under `/api`: the public history, the citizen's alerts and shared position, and publishing for authorities. */
export const alertRoutes = {
  alerts: {
    method: 'get', path: '/alerts', audience: 'public', summary: 'The public history of alerts, newest first; `active=1` for those in effect.',
    query: AlertsQuery, responses: { 200: AlertsAnswer },
  },
  alert: { method: 'get', path: '/alerts/:id', audience: 'public', summary: 'One alert.', params: AlertPath, responses: { 200: AlertAnswer } },
  myAlerts: {
    method: 'get', path: '/me/alerts', audience: 'citizen', summary: 'The alerts in effect that reached the signed-in citizen, gravest first.',
    responses: { 200: ReceivedAlertsAnswer },
  },
  publish: {
    method: 'post', path: '/alerts', audience: 'authority', summary: 'Publishes an alert from the authority console; with a key, a retry answers the first alert.',
    idempotency: 'optional', body: ConsoleAlert, bodyLimit: MAX_ALERT_BODY_BYTES, responses: { 201: AlertAnswer, 200: AlertAnswer },
  },
  publishCap: {
    method: 'post', path: '/alerts/cap', audience: 'authority', summary: 'Publishes (or, for a `Cancel`, withdraws) a CAP 1.2 alert; importing one file twice publishes once.',
    rawBody: 'application/xml', bodyLimit: MAX_ALERT_BODY_BYTES, responses: { 201: AlertAnswer, 200: z.union([AlertAnswer, WithdrawnAnswer]) },
  },
  withdraw: {
    method: 'post', path: '/alerts/:id/withdraw', audience: 'authority', summary: 'Withdraws an alert: it leaves citizens\' active alerts and stays in the history.',
    params: AlertPath, responses: { 200: AlertAnswer },
  },
  location: { method: 'get', path: '/me/location', audience: 'citizen', summary: 'The position the citizen shares for alerts.', responses: { 200: LocationAnswer } },
  shareLocation: {
    method: 'put', path: '/me/location', audience: 'citizen', summary: 'Shares a position; alerts in effect there reach the citizen at once.',
    body: LocationBody, responses: { 200: LocationAnswer },
  },
  unshareLocation: { method: 'delete', path: '/me/location', audience: 'citizen', summary: 'Stops sharing a position.', responses: { 204: null } },
} as const satisfies Record<string, ApiRoute>;
