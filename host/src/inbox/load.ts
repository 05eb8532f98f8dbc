import { loadAccountScreens } from '../account/load.js';

/** Loads and registers the inbox and push switch (and the account screens they sign in with): a separate chunk. */
export const loadInboxScreens = (): Promise<void> =>
  Promise.all([import('./define.js'), loadAccountScreens()]).then(([m]) => m.defineInboxElements());
