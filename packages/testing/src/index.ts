export { createTestPlatform } from './platform/test-platform.js';
export type { PaidOrder, PartnerRouteName, ScriptedRefusal, TestPlatform, TestPlatformOptions } from './platform/types.js';
export type { SignIdTokenOptions } from './platform/id-token.js';
export type { SignWebhookOptions, SignedWebhook, WebhookAnswer, WebhookEventInput } from './platform/webhook-delivery.js';
export type { RecordedOrder, RecordedRefund } from './platform/order-book.js';
export type { RecordedNotification } from './platform/notification-desk.js';
