import * as z from 'zod/mini';
import {
  AlertAnswer, AlertPath, AlertsAnswer, AlertsQuery, ConsoleAlert, LocationAnswer, LocationBody, ReceivedAlertsAnswer, WithdrawnAnswer,
} from './alerts.js';
import { CityAnswer, DeclaredWardsBody, ReachAnswer, ReachBody, WardsAnswer } from './alert-reach.js';
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
  city: { method: 'get', path: '/city', audience: 'public', summary: 'The city this platform serves and its wards.', responses: { 200: CityAnswer } },
  wards: {
    method: 'get', path: '/me/wards', audience: 'citizen', summary: 'The wards alerts reach the citizen in: verified, and declared home and work.',
    responses: { 200: WardsAnswer },
  },
  declareWards: {
    method: 'put', path: '/me/wards', audience: 'citizen',
    summary: 'Declares a home and a work ward (unverified), from the city\'s wards; alerts in effect there reach the citizen at once.',
    body: DeclaredWardsBody, responses: { 200: WardsAnswer },
  },
  reach: {
    method: 'post', path: '/alerts/reach', audience: 'authority', summary: 'How many citizens an alert for this area would reach now, before it is sent.',
    body: ReachBody, bodyLimit: MAX_ALERT_BODY_BYTES, responses: { 200: ReachAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
