import type { Migration } from './migration.js';

/**
 * Apps that exist to show developers the platform (the kitchen sink), not to serve citizens: flagged in the registry,
 * left out of the citizen catalogue unless the server shows demo apps (development; issue 16, "Shell and home").
 */
export const demoAppFlag: Migration = {
  version: 20,
  name: 'demo apps',
  statements: ['ALTER TABLE apps ADD COLUMN demo boolean NOT NULL DEFAULT false'],
};
