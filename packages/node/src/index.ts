export { verifyIdToken } from './verify-id-token.js';
export type { VerifyIdTokenOptions, PlatformTokenOptions } from './verify-options.js';
export type { IdTokenClaims, VerificationLevel } from './id-token-claims.js';
export { IdTokenError, IdTokenErrorReason, isIdTokenError } from './id-token-error.js';
export { TOKEN_ALGORITHM, ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_TYPE, RECEIPT_TYPE } from '@citadel/protocol/tokens';
export { verifyReceipt, type VerifyReceiptOptions } from './verify-receipt.js';
export type { ReceiptClaims } from './receipt-claims.js';
export { ReceiptError, ReceiptErrorReason, isReceiptError } from './receipt-error.js';
export type { RefusalError } from './refusal-error.js';
export { verifyWebhook, type VerifyWebhookOptions } from './verify-webhook.js';
export type { WebhookHeaders } from './webhook-headers.js';
export type { WebhookEvent, WebhookEventType, WebhookData } from './webhook-event.js';
export type { PaymentSucceededData, PaymentRefundedData, ConsentRevokedData } from '@citadel/protocol/webhooks';
export { signWebhook, type SignWebhookOptions, type WebhookSignatureHeaders } from './sign-webhook.js';
export { createWebhookSecret } from './webhook-secret.js';
export { WebhookVerificationError, WebhookVerificationErrorReason, isWebhookVerificationError } from './webhook-error.js';
export {
  createPartnerClient, type PartnerClient, type PartnerClientOptions, type PartnerOrders, type PartnerWebhookSettings, type PartnerWebhooks, type PartnerNotifications,
} from './partner-client.js';
export type { PartnerApp, PartnerAppStatus } from './partner-app.js';
export type { CreateOrderInput, Order, OrderPayment, OrderStatus } from './order.js';
export type { Refund, RefundInput } from './refund.js';
export type { Notification, NotificationState, NotificationText, SendNotificationInput, SendNotificationResult } from './notification.js';
export type { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.js';
export type { WebhookEndpoint } from './webhook-endpoint.js';
export type { IdempotencyOptions } from './call-arguments.js';
export { PartnerApiError, PartnerClientErrorCode, isPartnerApiError } from './partner-api-error.js';
export { parseCredentials, waitForCredentials, type PartnerCredentials, type WaitOptions } from './credentials-file.js';
export { createPartnerAccess, type Access, type PartnerAccess, type PartnerAccessOptions } from './partner-access.js';
