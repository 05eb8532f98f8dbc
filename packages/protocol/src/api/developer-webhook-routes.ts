import {
  AppDeliveryPath, DeliveryLogAnswer, LoggedDeliveryAnswer, RotatedWebhookSecretAnswer, SetWebhookEndpointAnswer, SetWebhookEndpointBody,
  WebhookEndpointAnswer,
} from './developer-webhooks.js';
import { DeliveriesQuery } from './partner-webhooks.js';
import { DeveloperAppPath } from './publishing.js';
import type { ApiRoute } from './route.js';

/**
 * The developer API's webhook self-service (docs/credentials-and-webhooks.md), merged into `developerRoutes`: the
 * endpoint's URL and events, its signing secret rotated with an overlap, a test event, and the delivery log.
 */
export const developerWebhookRoutes = {
  webhookEndpoint: {
    method: 'get', path: '/apps/:appId/webhook', audience: 'developer',
    summary: 'The app\'s webhook URL, subscribed events and secret rotation (never a secret).',
    params: DeveloperAppPath, responses: { 200: WebhookEndpointAnswer },
  },
  setWebhookEndpoint: {
    method: 'put', path: '/apps/:appId/webhook', audience: 'developer',
    summary: 'Sets the webhook URL and the events delivered; the secret stays, and a first one is made and shown once.',
    params: DeveloperAppPath, body: SetWebhookEndpointBody, responses: { 200: SetWebhookEndpointAnswer },
  },
  rotateWebhookSecret: {
    method: 'post', path: '/apps/:appId/webhook/secret', audience: 'developer',
    summary: 'A new signing secret, shown once; for a day deliveries carry signatures by it and by the previous one.',
    params: DeveloperAppPath, responses: { 200: RotatedWebhookSecretAnswer },
  },
  revokePreviousWebhookSecret: {
    method: 'post', path: '/apps/:appId/webhook/previous-secret/revoke', audience: 'developer',
    summary: 'Ends a rotation\'s overlap now: the previous secret signs nothing more.',
    params: DeveloperAppPath, responses: { 200: WebhookEndpointAnswer },
  },
  sendTestWebhook: {
    method: 'post', path: '/apps/:appId/webhook/test', audience: 'developer',
    summary: 'Queues a signed webhook.test event to the app\'s URL, at most 20 an hour; it appears in the delivery log.',
    params: DeveloperAppPath, responses: { 202: LoggedDeliveryAnswer },
  },
  deliveryLog: {
    method: 'get', path: '/apps/:appId/webhook/deliveries', audience: 'developer',
    summary: 'The newest deliveries, at most 100, optionally of one status, each with its latest attempts (time, status code or failure, latency).',
    params: DeveloperAppPath, query: DeliveriesQuery, responses: { 200: DeliveryLogAnswer },
  },
  redeliver: {
    method: 'post', path: '/apps/:appId/webhook/deliveries/:id/redeliver', audience: 'developer',
    summary: 'Delivers a failed or delivered event again, due now with its attempts reset; a pending one is answered unchanged.',
    params: AppDeliveryPath, responses: { 200: LoggedDeliveryAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
