import { loadOnce } from '../shared/load-once.js';

/**
 * Loads and registers the app view (with the kit's strings it draws in): a separate chunk, fetched when the citizen
 * first opens an app, so the home's initial JS stays within its budget (tests/unit/page-budgets.test.ts). A failed
 * load is forgotten: the next launch tries again.
 */
export const loadAppView: () => Promise<void> = loadOnce(() => import('./app-view.js').then((m) => m.defineAppView()));
