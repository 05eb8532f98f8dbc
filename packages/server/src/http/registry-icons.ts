import type { AppRegistry } from '../app-registry.js';

type WithIcon = { readonly appId: string; readonly appIcon: string | null };
const hasIcon = (item: object): item is WithIcon => 'appIcon' in item && 'appId' in item && typeof item.appId === 'string';

/**
 * Replaces the `appIcon` of each item that has one (the manifest's own, possibly relative, path)
 * with the icon URL the registry serves for the app on its real origin, as `GET /api/apps` does.
 * One registry read per distinct app; items without an app icon pass unchanged.
 */
export async function withRegistryIcons<T extends object>(registry: AppRegistry, items: readonly T[]): Promise<T[]> {
  const ids = [...new Set(items.flatMap((item) => (hasIcon(item) ? [item.appId] : [])))];
  const icons = new Map(await Promise.all(ids.map(async (id) => [id, (await registry.get(id))?.manifest.icons[0]?.src ?? null] as const)));
  return items.map((item) => (hasIcon(item) && icons.has(item.appId) ? { ...item, appIcon: icons.get(item.appId)! } : item));
}
