import type { GrantStore, Provider } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { createNotificationsApi, type NotificationsApi } from './api.js';
import { createNotificationsProvider } from './provider.js';

/**
 * The citizen host's `notifications` provider: sign-in drawn by the host in `root` (default
 * `document.body`) in the language `lang()` answers; the prompt is the runtime's.
 */
export function createHostNotifications(
  account: AccountStore, lang: () => Lang, grants: GrantStore, root: HTMLElement = document.body, api: NotificationsApi = createNotificationsApi(),
): Provider<'notifications'> {
  return createNotificationsProvider({ account, api, grants, signIn: createSignInFn(root, lang, account) });
}
