import type { Migration } from './migration.js';

/**
 * A notification's English title and body, when the partner sent them (`{ vi, en }`): the host
 * shows them to a citizen who reads the app in English. Null keeps the Vietnamese for everyone.
 */
export const notificationEnglish: Migration = {
  version: 5,
  name: 'notification english text',
  statements: [
    'ALTER TABLE notifications ADD COLUMN title_en text',
    'ALTER TABLE notifications ADD COLUMN body_en text',
  ],
};
