export { PaymentSucceededData } from './payment-succeeded.js';
export { PaymentRefundedData } from './payment-refunded.js';
export { AppVersionDecidedData } from './app-version.js';
export { WebhookTestData } from './webhook-test.js';
export { ConsentRevokedData, ConsentPermission, CONSENT_PERMISSIONS } from './consent-revoked.js';
export { webhookEvents, webhookEventTypes, WebhookEventBody, type WebhookEventType, type WebhookData } from './webhook-event.js';
export { WEBHOOK_TEST_EVENT, subscribableEventTypes, SubscribableEventType } from '../api/webhook-event-types.js';
export { WEBHOOK_SECRET_PREFIX, MIN_WEBHOOK_KEY_BYTES, WEBHOOK_KEY_BYTES, webhookKeyBase64, WebhookSecret } from './secret.js';
export { WEBHOOK_HEADERS } from './headers.js';
