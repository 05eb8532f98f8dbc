export { IsoTime, Currency, NextCursor, NumericCursor, IdempotencyKey } from './common.js';
export { ServerErrorCode, ErrorIssue, ErrorBody } from './errors.js';
export { credentialFormat, unpaddedBase64Length } from './credential-format.js';
export { englishErrors, issueOf, type SchemaIssue } from './schema-issues.js';
export {
  PASSWORD_MIN, PASSWORD_MAX, NAME_MAX, Phone, Password, PersonName, PastDay, VerificationLevel, Role, Citizen, VerificationBody,
  CitizenAnswer, SessionInfo, SessionsAnswer, SessionParams,
} from './accounts.js';
export {
  OTP_LENGTH, OtpCode, OtpPurpose, OtpBody, OtpSentAnswer, RegisterBody, SignInBody, SignInCodeAnswer, RecoverBody, PhoneChangeBody,
} from './phone-codes.js';
export { Pin, PIN_TRIES, ANTI_PHISHING_MAX, AntiPhishingWords, PinStatus, PinBody, PinStepUp, StepUp } from './pin.js';
export { AppsAnswer, LaunchAnswer, AppPath, AppIdPath } from './apps.js';
export { IdentityGrant, GrantBody, TokenBody, TokenAnswer, ProfileAnswer } from './identity.js';
export {
  TOPUP_LIMITS, WalletAnswer, TopUpBody, TopUp, TopUpAnswer, LedgerKind, HistoryEntry, HistoryAnswer, CursorQuery,
} from './wallet.js';
export {
  OrderId, OrderStatus, SheetOrder, SheetAnswer, SheetQuery, OrderPath, PayBody, PayAnswer, PaymentPath, Receipt, ReceiptAnswer,
} from './payments.js';
export { ConsentKind, AppConsents, ConsentsAnswer, AuditEntry, AuditAnswer, RevokeBody, RevokeAnswer } from './consent.js';
export {
  NotificationGrant, TopicPath, MuteBody, NotificationState, InboxNotification, InboxAlert, InboxEntry, InboxAnswer,
  InboxQuery, UnreadAnswer, InboxItemPath,
} from './notifications.js';
export {
  PushKeyAnswer, PushSubscriptionBody, PushSubscriptionSummary, PushSubscriptionsAnswer, PushSubscriptionAnswer, PushSubscriptionPath,
} from './push.js';
export {
  Severity, AlertCategory, AlertText, LatLon, AREA_LIMITS, AlertArea, AlertDraftShape, MAX_ALERT_DAYS, AlertDraft,
} from './alert-draft.js';
export {
  ConsoleAlert, PublishedAlert, ReceivedAlert, AlertsQuery, AlertsAnswer, ReceivedAlertsAnswer, AlertAnswer, WithdrawnAnswer,
  AlertPath, LocationBody, SharedLocation, LocationAnswer,
} from './alerts.js';
export { CityAnswer, DeclaredWardsBody, WardsAnswer, ReachBody, ReachAnswer, type City, type AlertWards } from './alert-reach.js';
export { LIVE_LIMITS, EventsQuery, LIVE_EVENTS, type LiveEventName } from './live.js';
export { PartnerAppStatus, PartnerApp } from './partner-app.js';
export {
  Amount, CreateOrderBody, OrderPayment, PartnerOrder, OrderAnswer, PartnerOrderPath, RefundBody, PartnerRefund, RefundAnswer,
} from './partner-orders.js';
export { SendBody, PartnerNotification, SendAnswer, NotificationAnswer, NotificationPath } from './partner-notifications.js';
export {
  MAX_WEBHOOK_URL_LENGTH, WebhookBody, WebhookAnswer, DeliveryStatus, Delivery, DeliveriesQuery, DeliveriesAnswer, DeliveryAnswer, DeliveryPath,
} from './partner-webhooks.js';
export {
  EVENT_FEED_LIMITS, WebhookEventId, EventCursor, WebhookEventsQuery, RecordedWebhookEvent, WebhookEventsAnswer,
} from './partner-events.js';
export { LINKED_APP_PROOF_PATH, MAX_LINKED_APP_PROOF_BYTES, LINKED_APP_TOKEN_PREFIX, LinkedAppProof } from './linked-app.js';
export { API_BASE, MAX_BODY_BYTES, routePath, filledRoutePath, type Audience, type ApiRoute, type RouteAnswer, type RouteBody } from './route.js';
export { accountRoutes } from './account-routes.js';
export { walletRoutes } from './wallet-routes.js';
export { consentRoutes } from './consent-routes.js';
export { abuseReportRoutes } from './abuse-report-routes.js';
export { ABUSE_REPORT_LIMITS, AbuseKind, AbuseReportBody } from './abuse-reports.js';
export { notificationRoutes } from './notification-routes.js';
export { alertRoutes, MAX_ALERT_BODY_BYTES } from './alert-routes.js';
export { liveRoutes } from './live-routes.js';
export { partnerRoutes } from './partner-routes.js';
export {
  PasskeyTransport, CeremonyOptions, RegistrationCredential, AssertionCredential, Passkey, PasskeysAnswer, AddPasskeyBody, PasskeyAnswer,
  PasskeyPath, CeremonyAnswer, PasskeySignInBody, PaymentPasskeyBody, PasskeyStepUp,
} from './passkeys.js';
export { passkeyRoutes } from './passkey-routes.js';
export {
  OrgId, OrgRole, CreateOrgBody, Org, OrgAnswer, OrgsAnswer, OrgPath, Member, MembersAnswer, InviteBody, AppKind, CreateAppBody, VersionState,
  ReleaseState, Suspension, DeveloperApp, DeveloperAppAnswer, DeveloperAppsAnswer, DeveloperAppPath, CheckFinding, Version, VersionAnswer, VersionsAnswer,
  VersionPath, ReleaseBody, PauseBody, RollbackBody, ReleaseAnswer, ReviewItem, ReviewQueueAnswer, DecisionBody, LinkedProofAnswer, LinkedVersionBody,
} from './publishing.js';
export { developerRoutes, MAX_BUNDLE_BYTES } from './developer-routes.js';
export { MAX_SUSPENSION_REASON, SuspendBody, OperatorApp, OperatorAppsAnswer, OperatorAppAnswer } from './kill-switch.js';
export { killSwitchRoutes } from './kill-switch-routes.js';
export { PAYMENTS_PAGE_SIZE, PaymentCursorQuery, PaymentRefundView, PaymentView, PaymentsPageAnswer } from './developer-payments.js';
export { developerPaymentRoutes } from './developer-payments-routes.js';
export { BundleErrorCode, UnreadableBundle, LinkedOriginRefusal, OriginNotVerified } from './publishing-refusals.js';
export {
  CREDENTIAL_LIMITS, ClientId, CredentialState, Credential, CredentialsAnswer, CreateCredentialBody, NewCredentialAnswer, CredentialAnswer, CredentialPath,
} from './developer-credentials.js';
export {
  WEBHOOK_LIMITS, WebhookEndpoint, WebhookEndpointAnswer, SetWebhookEndpointBody, SetWebhookEndpointAnswer, RotatedWebhookSecretAnswer,
  DeliveryAttempt, LoggedDelivery, DeliveryLogAnswer, LoggedDeliveryAnswer, AppDeliveryPath,
} from './developer-webhooks.js';
export { WebhookEventName, WEBHOOK_TEST_EVENT, subscribableEventTypes, SubscribableEventType } from './webhook-event-types.js';
export { developerAnalyticsRoutes } from './developer-analytics-routes.js';
export {
  ANALYTICS_REPORT_LIMITS, BridgeErrorCode, ReportedLaunch, ReportedErrors, AnalyticsReportBody, AnalyticsReportAnswer,
} from './analytics-report.js';
export { analyticsReportRoutes } from './analytics-report-routes.js';
export { ANALYTICS_RETENTION_DAYS, AnalyticsQuery, AnalyticsDay, AppAnalyticsAnswer } from './app-analytics.js';
export { apiRoutes, type ApiRouteName } from './routes.js';
export { openApiDocument, OPENAPI_DOCUMENTS, type OpenApiDocumentName } from './openapi.js';
