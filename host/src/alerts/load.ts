import { loadAccountScreens } from '../account/load.js';

/**
 * Loads and registers the alert screens (history, detail, "alerts for where I am", the
 * authority console) and the account screens they sign in with: a separate chunk.
 */
export const loadAlertScreens = (): Promise<void> =>
  Promise.all([import('./define.js'), loadAccountScreens()]).then(([m]) => m.defineAlertElements());

/** Loads and registers the interrupting alert dialog: a separate chunk, fetched when an extreme alert arrives. */
export const loadAlertDialog = (): Promise<void> => import('./alert-dialog.js').then((m) => m.defineAlertDialog());
