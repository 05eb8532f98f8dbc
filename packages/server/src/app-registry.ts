import { Manifest } from '@citadel/protocol';
import type { Queryable } from './db/database.js';
import type { Origins } from './origins.js';

/** An app's registry status: `suspended` is the operator's kill switch, checked at every launch. */
export type AppStatus = 'active' | 'suspended';

/** A registered app as the router and the catalogue see it. */
export interface RegisteredApp {
  readonly manifest: Manifest;
  readonly status: AppStatus;
  /** The app's exact origin. */
  readonly origin: string;
}

/** The app registry the catalogue, the router and the partner API read. */
export interface AppRegistry {
  /** Every active app, with `entry` and icons on the app's real origin. */
  list(): Promise<Manifest[]>;
  /** One app by id, whatever its status, or undefined. */
  get(id: string): Promise<RegisteredApp | undefined>;
  /** The origins of active apps, for the host's `frame-src`. */
  activeOrigins(): Promise<string[]>;
}

/** Validates every manifest up front; a bad one stops the server with the app and the issue named. */
export function validateManifests<T extends { manifest: unknown }>(apps: readonly T[]): Array<T & { manifest: Manifest }> {
  const seen = new Set<string>();
  return apps.map((app, index) => {
    const parsed = Manifest.safeParse(app.manifest);
    if (!parsed.success) {
      const id = (app.manifest as { id?: unknown } | null)?.id;
      const issue = parsed.error.issues[0];
      throw new Error(`Invalid manifest for app ${typeof id === 'string' ? `"${id}"` : `#${index}`}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`Two apps share the id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    return { ...app, manifest: parsed.data };
  });
}

/** Rewrites a manifest onto the app's real origin, keeping the entry's path, and resolves icon URLs against it. */
export function rewriteManifest(manifest: Manifest, origin: string): Manifest {
  const original = new URL(manifest.entry);
  const entry = new URL(`${original.pathname}${original.search}`, origin).href;
  return { ...manifest, entry, icons: manifest.icons.map((icon) => ({ ...icon, src: new URL(icon.src, entry).href })) };
}

/**
 * The registry in the database. Apps this server hosts (`hosted`) live on their platform origin;
 * others keep the origin of their manifest's entry.
 */
export function createDatabaseRegistry(db: Queryable, origins: Origins, hosted: ReadonlySet<string>): AppRegistry {
  const place = (manifest: Manifest) => {
    const origin = hosted.has(manifest.id) ? origins.app(manifest.id) : new URL(manifest.entry).origin;
    return { manifest: hosted.has(manifest.id) ? rewriteManifest(manifest, origin) : manifest, origin };
  };
  const active = async () =>
    (await db.query<{ manifest: Manifest }>("SELECT manifest FROM apps WHERE status = 'active' ORDER BY id")).map((r) => place(r.manifest));
  return {
    list: async () => (await active()).map((a) => a.manifest),
    activeOrigins: async () => (await active()).map((a) => a.origin),
    async get(id) {
      const [row] = await db.query<{ manifest: Manifest; status: AppStatus }>('SELECT manifest, status FROM apps WHERE id = $1', [id]);
      return row && { ...place(row.manifest), status: row.status };
    },
  };
}

/** Operator actions on the registry. */
export function createRegistryAdmin(db: Queryable) {
  return {
    /**
     * Registers an app from its manifest (validated by the protocol schema), or updates the
     * manifest of a registered one, keeping its status. Resolves true when the app is new.
     */
    async register(input: unknown): Promise<{ id: string; created: boolean }> {
      const [{ manifest }] = validateManifests([{ manifest: input }]) as [{ manifest: Manifest }];
      const rows = await db.query<{ created: boolean }>(
        `INSERT INTO apps (id, manifest) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET manifest = EXCLUDED.manifest, updated_at = now()
         RETURNING (xmax = 0) AS created`,
        [manifest.id, JSON.stringify(manifest)]);
      return { id: manifest.id, created: rows[0]?.created ?? false };
    },
    /** Sets an app's status; false when there is no such app. */
    async setStatus(id: string, status: AppStatus): Promise<boolean> {
      const rows = await db.query("UPDATE apps SET status = $2, updated_at = now() WHERE id = $1 RETURNING id", [id, status]);
      return rows.length > 0;
    },
  };
}
