import { loadAccountScreens } from '../account/load.js';

/** Loads and registers the consent center (and the account screens it signs in with): a separate chunk. */
export const loadConsentScreens = (): Promise<void> =>
  Promise.all([import('./define.js'), loadAccountScreens()]).then(([m]) => m.defineConsentElements());
