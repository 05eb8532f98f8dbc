import type { Migration } from './migration.js';

/**
 * The kill switch tells the partner why (docs/publish-your-app.md, "Suspension"): the operator's reason and when the
 * app was suspended, shown in the developer console. An app keeps the name it was created with, for the console to
 * show before its first release (afterwards the released manifest's name is shown).
 */
export const killSwitch: Migration = {
  version: 16,
  name: 'suspension reasons and names before a first release',
  statements: [
    'ALTER TABLE apps ADD COLUMN suspended_reason text',
    'ALTER TABLE apps ADD COLUMN suspended_at timestamptz',
    'ALTER TABLE apps ADD COLUMN declared_name jsonb',
  ],
};
