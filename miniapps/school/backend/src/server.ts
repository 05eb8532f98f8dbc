import { startBackend, type BackendOptions, type ListeningBackend } from '@citadel-miniapp/backend-kit';
import { createLinks } from './accounts/links.js';
import { createAnnouncements } from './announcements/announcements.js';
import { openSchoolDatabase } from './db/open.js';
import { schoolRoutes } from './http/routes.js';
import { createLeaveRequests } from './leave/leave-requests.js';
import { LIMITS } from './limits.js';
import { createOutbox } from './notify/outbox.js';
import { demoRoster, type Roster } from './roster/roster.js';
import { createTuition } from './tuition/tuition.js';

export type { ListeningBackend };

/** Options of `startSchoolBackend`: the kit's (app id `school`), and the school's roster. */
export interface SchoolBackendOptions extends BackendOptions {
  /** Default: the demo roster of two Huế schools (`roster/roster-data.ts`). */
  readonly roster?: Roster;
}

/** The school mini-app's backend: the kit's Hono app over its own database. */
export function startSchoolBackend(options: SchoolBackendOptions): Promise<ListeningBackend> {
  const roster = options.roster ?? demoRoster();
  return startBackend({
    name: 'school-backend', appId: 'school', open: openSchoolDatabase, routes: schoolRoutes,
    context: (parts) => {
      const { db, now } = parts;
      const links = createLinks(db, roster, now);
      const outbox = createOutbox(db, now);
      return {
        ...parts, roster, links, outbox,
        leave: createLeaveRequests(db, roster, links, outbox, now),
        tuition: createTuition(db, roster, outbox, now),
        announcements: createAnnouncements(db, roster, links, outbox, now),
      };
    },
    // Notifications that failed, waited for credentials or hit a guardian's quota are tried again in the background.
    background: ({ outbox }) => [{ label: 'notification retry', seconds: LIMITS.notifyRetrySeconds, run: (citadel) => outbox.retryDue(citadel) }],
  }, options);
}
