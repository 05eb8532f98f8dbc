import { loadAccountScreens } from '../account/load.js';

/**
 * Loads and registers the wallet screens (and the account screens they use to sign in). They
 * are a separate chunk: a citizen who never opens the wallet or pays never downloads them.
 */
export const loadWalletScreens = (): Promise<void> =>
  Promise.all([import('./define.js'), loadAccountScreens()]).then(([m]) => m.defineWalletElements());
