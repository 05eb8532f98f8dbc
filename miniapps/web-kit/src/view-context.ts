import type { Client } from '@citadel/sdk';
import type { Lang } from './format.js';
import type { Screen } from './screens.js';

/**
 * What every view of an app is handed: the SDK client, the app's calls to its own backend (`api`),
 * its words in the citizen's language (`t`, `lang`), and `go`, the `createScreens` move to another
 * screen. An app extends it with what it loads once at start.
 */
export interface ViewContext<Api, Strings, S extends Screen> {
  readonly client: Client;
  readonly api: Api;
  readonly t: Strings;
  readonly lang: Lang;
  go(screen: S): void;
}
