import { categories, type Category, type Manifest } from '@citadel/protocol';
import { accountRoutes } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/** Loads the catalogue from the platform's registry (`GET /api/apps`); rejects with an `ApiError`. */
export async function loadCatalogue(fetchFn?: typeof fetch): Promise<Manifest[]> {
  return (await createPlatformClient(fetchFn)(accountRoutes.apps)).apps;
}

/** Groups apps by category in the catalogue's fixed order, leaving out empty categories. */
export function byCategory(apps: readonly Manifest[]): Array<[Category, Manifest[]]> {
  return categories
    .map((category) => [category, apps.filter((a) => a.category === category)] as [Category, Manifest[]])
    .filter(([, list]) => list.length > 0);
}

/** Parses `/app/<id>/<deep path>` into the app id and its deep-link path. */
export function parseAppPath(pathname: string): { id: string; path: string } | undefined {
  const match = /^\/app\/([a-z][a-z0-9-]{1,30}[a-z0-9])(\/.*)?$/.exec(pathname);
  return match ? { id: match[1]!, path: match[2] ?? '' } : undefined;
}
