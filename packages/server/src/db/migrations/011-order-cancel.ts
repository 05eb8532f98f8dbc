import type { Migration } from './migration.js';

/** A partner may cancel an unpaid order: it can no longer be paid (`POST /api/partner/v1/orders/:id/cancel`). */
export const orderCancel: Migration = {
  version: 11,
  name: 'order cancel',
  statements: [
    'ALTER TABLE orders DROP CONSTRAINT orders_status_check',
    "ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('open', 'paid', 'cancelled'))",
    'ALTER TABLE orders ADD COLUMN cancelled_at timestamptz',
  ],
};
