import { accountsAndRegistry } from './001-accounts-registry-identity.js';
import { payments } from './002-payments.js';
import { notificationsAndAlerts } from './003-notifications-alerts.js';
import { notificationQuotas } from './004-notification-quotas.js';
import { notificationEnglish } from './005-notification-english.js';
import { phoneOtp } from './006-phone-otp.js';
import { passkeys } from './007-passkeys.js';
import { alertReach } from './008-alert-reach.js';
import { securityEvents } from './010-security-events.js';
import { orderCancel } from './011-order-cancel.js';
import { protectedWords } from './012-protected-words.js';
import { notificationPacing } from './013-notification-pacing.js';
import { publishing } from './014-publishing.js';
import { consoleSessions } from './015-console-sessions.js';
import { killSwitch } from './016-kill-switch.js';
import { credentialsWebhooksSelfService } from './017-credentials-webhooks-self-service.js';
import { appAnalytics } from './018-app-analytics.js';
import { webhookEventFeed } from './019-webhook-event-feed.js';
import { demoAppFlag } from './020-demo-apps.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. Never edit a released one: add the next. */
export const migrations: readonly Migration[] = [
  accountsAndRegistry,
  payments,
  notificationsAndAlerts,
  notificationQuotas,
  notificationEnglish,
  phoneOtp,
  passkeys,
  alertReach,
  securityEvents,
  orderCancel,
  protectedWords,
  notificationPacing,
  publishing,
  consoleSessions,
  killSwitch,
  credentialsWebhooksSelfService,
  appAnalytics,
  webhookEventFeed,
  demoAppFlag,
];
