import { startBackend, type BackendOptions, type ListeningBackend } from '@citadel-miniapp/backend-kit';
import { createProofs } from './accounts/proofs.js';
import { createSavedAccounts } from './accounts/saved.js';
import { createBills } from './bills/bills.js';
import { openUtilitiesDatabase } from './db/open.js';
import { utilitiesRoutes } from './http/routes.js';

export type { ListeningBackend };
export type UtilitiesBackendOptions = BackendOptions;

/** The utilities mini-app's backend (app id `utilities`): the kit's Hono app over its own database. */
export function startUtilitiesBackend(options: UtilitiesBackendOptions): Promise<ListeningBackend> {
  return startBackend({
    name: 'utilities-backend', appId: 'utilities', open: openUtilitiesDatabase, routes: utilitiesRoutes,
    context: async (parts) => {
      const bills = createBills(parts.db, parts.now);
      // This month's bills appear on the first start after they are issued; paid ones stay paid.
      await bills.issue();
      return { ...parts, bills, saved: createSavedAccounts(parts.db, parts.now), proofs: createProofs(parts.db, bills, parts.now) };
    },
    // A second payment whose refund could not be made yet (the platform unreachable) is tried again each minute.
    background: ({ bills }) => [{ label: 'refunds', seconds: 60, run: async (citadel) => citadel && bills.refundExtras(citadel) }],
  }, options);
}
