import type { Migration } from './migration.js';

/**
 * The developer console signs people in on its own origin (docs/security-model.md, "The platform server"): each
 * session belongs to the site that started it, and a token is accepted only there, so a host session copied to the
 * console (or the other way round) signs no one in. Sessions from before are the host's.
 */
export const consoleSessions: Migration = {
  version: 15,
  name: 'sessions bound to the host or the developer console',
  statements: [
    "ALTER TABLE sessions ADD COLUMN surface text NOT NULL DEFAULT 'host' CHECK (surface IN ('host', 'console'))",
  ],
};
