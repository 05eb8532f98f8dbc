import type { LaunchContext } from '@citadel/protocol';
import { memoryStorage } from './memory-storage.js';
import type { PermissionGate } from './permission-gate.js';
import type { MockHandlers } from './types.js';

/**
 * What the mock host answers without being told, as a host with no providers plugged in would plus storage: the app
 * and ui methods, storage in memory, and the notification grant from the scripted permission. Identity, payments and
 * location have no default: they answer `UNSUPPORTED` until a handler is given, so a test says what they return.
 */
export function defaultHandlers(context: () => LaunchContext, gate: PermissionGate): MockHandlers {
  return {
    'app.ready': () => null,
    'app.close': () => null,
    'ui.setTitle': () => null,
    'ui.setBackButton': () => null,
    'ui.getTheme': () => context().theme,
    'ui.getSafeAreaInsets': () => context().insets,
    ...memoryStorage(),
    'notifications.getPermission': () => ({ granted: gate.state('notifications') === 'granted' }),
    'notifications.requestPermission': () => ({ granted: true }),
  };
}
