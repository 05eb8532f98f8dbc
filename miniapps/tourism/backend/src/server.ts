import { startBackend, type BackendOptions, type ListeningBackend } from '@citadel-miniapp/backend-kit';
import { openTourismDatabase } from './db/open.js';
import { tourismRoutes } from './http/routes.js';
import { createReviews } from './reviews/reviews.js';
import type { GateKeys } from './tickets/gates.js';
import { createTicketSigner, loadTicketSecret } from './tickets/ticket-code.js';
import { createTickets } from './tickets/tickets.js';

export type { ListeningBackend };

/** Options of `startTourismBackend`: the kit's (app id `tourism`), and the gates. */
export interface TourismBackendOptions extends BackendOptions {
  /** The gates that may admit tickets (`GATE_KEYS`); default none, and `/gate/admit` answers 503. */
  readonly gateKeys?: GateKeys;
}

/** The tourism mini-app's backend: the kit's Hono app over its own database. */
export function startTourismBackend(options: TourismBackendOptions): Promise<ListeningBackend> {
  return startBackend({
    name: 'tourism-backend', appId: 'tourism', open: openTourismDatabase, routes: tourismRoutes,
    context: async (parts) => {
      const signer = createTicketSigner(await loadTicketSecret(parts.db));
      return {
        ...parts, signer, gates: options.gateKeys ?? new Map(),
        tickets: createTickets(parts.db, signer, parts.now), reviews: createReviews(parts.db, parts.now),
      };
    },
  }, options);
}
