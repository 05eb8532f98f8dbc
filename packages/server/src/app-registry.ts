import { Manifest } from '@citadel/protocol';
import type { Origins } from './origins.js';

/** A hosted mini-app: its manifest and the folder of its built static files. */
export interface HostedApp {
  readonly manifest: Manifest;
  readonly dir: string;
}

/**
 * The app registry the catalogue and the router read. In memory for now; the database-backed
 * registry (status, partner credentials) implements the same interface.
 */
export interface AppRegistry {
  /** Every active app, with `entry` and icons on the app's real origin. */
  list(): Promise<Manifest[]>;
  /** One app by id, or undefined. */
  get(id: string): Promise<(HostedApp & { readonly origin: string }) | undefined>;
}

/** Validates every manifest up front; a bad one stops the server with the app and the issue named. */
export function validateManifests(apps: readonly { manifest: unknown; dir: string }[]): HostedApp[] {
  const seen = new Set<string>();
  return apps.map(({ manifest, dir }, index) => {
    const parsed = Manifest.safeParse(manifest);
    if (!parsed.success) {
      const id = (manifest as { id?: unknown } | null)?.id;
      const issue = parsed.error.issues[0];
      throw new Error(`Invalid manifest for app ${typeof id === 'string' ? `"${id}"` : `#${index}`}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`Two apps share the id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    return { manifest: parsed.data, dir };
  });
}

/** Rewrites a manifest onto the app's real origin, keeping the entry's path, and resolves icon URLs against it. */
export function rewriteManifest(manifest: Manifest, origin: string): Manifest {
  const original = new URL(manifest.entry);
  const entry = new URL(`${original.pathname}${original.search}`, origin).href;
  return { ...manifest, entry, icons: manifest.icons.map((icon) => ({ ...icon, src: new URL(icon.src, entry).href })) };
}

/** The in-memory registry of the apps this server hosts. */
export function createMemoryRegistry(apps: readonly HostedApp[], origins: Origins): AppRegistry {
  const byId = new Map(apps.map((app) => [app.manifest.id, app]));
  return {
    list: async () => apps.map((app) => rewriteManifest(app.manifest, origins.app(app.manifest.id))),
    get: async (id) => {
      const app = byId.get(id);
      if (!app) return undefined;
      const origin = origins.app(id);
      return { manifest: rewriteManifest(app.manifest, origin), dir: app.dir, origin };
    },
  };
}
