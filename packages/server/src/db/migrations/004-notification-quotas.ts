import type { Migration } from './migration.js';

/**
 * A per-app daily notification quota the operator may set (a city service whose every report
 * moves through four statuses in a day needs more than the default); null keeps the server's.
 */
export const notificationQuotas: Migration = {
  version: 4,
  name: 'per-app notification quotas',
  statements: [
    'ALTER TABLE apps ADD COLUMN notification_quota integer CHECK (notification_quota BETWEEN 1 AND 50)',
  ],
};
