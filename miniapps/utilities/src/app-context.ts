import type { Client } from '@citadel/sdk';
import type { Api } from './api.js';
import type { Lang, Strings } from './i18n.js';

/** Where the app can be. */
export type Route =
  | { readonly view: 'accounts' | 'outages' }
  | { readonly view: 'account'; readonly code: string }
  | { readonly view: 'receipt'; readonly billId: string };

/** What every view needs. */
export interface AppContext {
  readonly client: Client;
  readonly api: Api;
  readonly t: Strings;
  readonly lang: Lang;
  /** The wards of the accounts the citizen saved, once the list was loaded. */
  readonly savedWards: Set<string>;
  go(route: Route): void;
}

export { describeError } from '@citadel-miniapp/web-kit';
