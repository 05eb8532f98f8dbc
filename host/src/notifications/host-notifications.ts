import type { GrantStore, Provider } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { lazyProvider } from '../shared/lazy-provider.js';
import { createNotificationsApi, type NotificationsApi } from './api.js';

/**
 * The citizen host's `notifications` provider: sign-in drawn by the host in `root` (default
 * `document.body`) in the language `lang()` answers; the prompt is the runtime's. The provider is its own chunk,
 * loaded when an app first calls `notifications`.
 */
export function createHostNotifications(
  account: AccountStore, lang: () => Lang, grants: GrantStore, root: HTMLElement = document.body, api: NotificationsApi = createNotificationsApi(),
): Provider<'notifications'> {
  return lazyProvider('notifications', async () =>
    (await import('./provider.js')).createNotificationsProvider({ account, api, grants, signIn: createSignInFn(root, lang, account) }));
}
