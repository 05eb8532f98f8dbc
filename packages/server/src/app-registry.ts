import { Manifest } from '@citadel/protocol';
import type { Database, Queryable } from './db/database.js';
import type { Origins } from './origins.js';
import { createKillSwitch, DEFAULT_SUSPENSION_REASON } from './publishing/kill-switch.js';
import { foldedNames } from './publishing/name-clash.js';
import { createReleases } from './publishing/releases.js';
import { refuseReservedAppId } from './publishing/reserved-ids.js';

/** An app's registry status: `suspended` is the operator's kill switch, checked at every launch. */
export type AppStatus = 'active' | 'suspended';

/** A registered app as the router and the catalogue see it. */
export interface RegisteredApp {
  readonly manifest: Manifest;
  readonly status: AppStatus;
  /** The app's exact origin. */
  readonly origin: string;
  /** `hosted`: the platform serves its released bundles; `linked`: it lives on the partner's origin. */
  readonly kind: 'hosted' | 'linked';
  /** The served version's number, for an app released through publishing. */
  readonly version?: number | undefined;
  /** A demo for developers (the registry's `demo` flag), not a citizen's service: left out of the catalogue unless shown. */
  readonly demo: boolean;
}

/** Options of `AppRegistry.list`. */
export interface ListOptions {
  /** List the apps flagged `demo` too. Default false. */
  readonly demo?: boolean;
}

/** The app registry the catalogue, the router and the partner API read. */
export interface AppRegistry {
  /**
   * Every active, released app (its stable version), with `entry` and icons on the app's real origin; the apps flagged
   * `demo` only with `{ demo: true }`.
   */
  list(options?: ListOptions): Promise<Manifest[]>;
  /** One app by id (its stable version), whatever its status, or undefined (also before its first release). */
  get(id: string): Promise<RegisteredApp | undefined>;
  /**
   * The version of app `id` a citizen gets: the rollout version when their pairwise `subject` falls in its share,
   * else the stable one (signed out: the stable one).
   */
  forCitizen(id: string, subject: string | undefined): Promise<RegisteredApp | undefined>;
  /** The origins of active apps, for the host's `frame-src`. */
  activeOrigins(): Promise<string[]>;
}

/** The query parameter of a hosted app's entry that names the version the frame loads (docs/publish-your-app.md). */
export const VERSION_PARAM = 'citadel_version';
/** How much of a bundle hash names its version in URLs. */
export const VERSION_KEY_LENGTH = 16;

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

type RegistryRow = { id: string; manifest: Manifest; status: AppStatus; kind: 'hosted' | 'linked'; demo: boolean; number: number | null; bundle_hash: string | null };

/**
 * The registry in the database. Hosted apps live on their platform origin, their entry naming the version served
 * (`citadel_version`); linked apps keep the origin of their manifest's entry.
 */
export function createDatabaseRegistry(db: Queryable, origins: Origins): AppRegistry {
  const releases = createReleases(db as Database);
  const place = (row: RegistryRow): RegisteredApp => {
    if (row.kind === 'linked') {
      const origin = new URL(row.manifest.entry).origin;
      return { manifest: rewriteManifest(row.manifest, origin), status: row.status, origin, kind: row.kind, version: row.number ?? undefined, demo: row.demo };
    }
    const origin = origins.app(row.id);
    const manifest = rewriteManifest(row.manifest, origin);
    if (row.bundle_hash) {
      const entry = new URL(manifest.entry);
      entry.searchParams.set(VERSION_PARAM, row.bundle_hash.slice(0, VERSION_KEY_LENGTH));
      return { manifest: { ...manifest, entry: entry.href }, status: row.status, origin, kind: row.kind, version: row.number ?? undefined, demo: row.demo };
    }
    return { manifest, status: row.status, origin, kind: row.kind, demo: row.demo };
  };
  const select = (where: string, params: unknown[], version = 'r.stable_version') => db.query<RegistryRow>(
    `SELECT a.id, coalesce(v.manifest, a.manifest) AS manifest, a.status, a.kind, a.demo, v.number, v.bundle_hash
     FROM apps a LEFT JOIN app_releases r ON r.app_id = a.id LEFT JOIN app_versions v ON v.app_id = a.id AND v.number = ${version}
     WHERE a.manifest IS NOT NULL AND ${where} ORDER BY a.id`, params);
  const active = async () => (await select("a.status = 'active'", [])).map(place);
  const get = async (id: string) => {
    const [row] = await select('a.id = $1', [id]);
    return row && place(row);
  };
  return {
    list: async (options = {}) => (await active()).filter((a) => options.demo === true || !a.demo).map((a) => a.manifest),
    activeOrigins: async () => [...new Set((await active()).map((a) => a.origin))],
    get,
    async forCitizen(id, subject) {
      const release = await releases.get(id);
      if (!release) return get(id);
      const number = releases.versionFor(release, id, subject);
      if (number === release.stable) return get(id);
      const [row] = await select('a.id = $1', [id, number], '$2');
      return row && place(row);
    },
  };
}

/** Operator actions on the registry. */
export function createRegistryAdmin(db: Database) {
  return {
    /**
     * Registers a linked app from its manifest (validated by the protocol schema), on its entry's origin, or updates
     * the manifest of a registered one, keeping its status. Resolves true when the app is new.
     */
    async register(input: unknown): Promise<{ id: string; created: boolean }> {
      const [{ manifest }] = validateManifests([{ manifest: input }]) as [{ manifest: Manifest }];
      refuseReservedAppId(manifest.id);
      const rows = await db.query<{ created: boolean }>(
        `INSERT INTO apps (id, manifest, kind, folded_names) VALUES ($1, $2, 'linked', $3)
         ON CONFLICT (id) DO UPDATE SET manifest = EXCLUDED.manifest, updated_at = now()
         RETURNING (xmax = 0) AS created`,
        [manifest.id, JSON.stringify(manifest), foldedNames(manifest.id, manifest.name)]);
      return { id: manifest.id, created: rows[0]?.created ?? false };
    },
    /** Flags app `id` as a demo for developers (`true`) or a citizen's service (`false`); false when there is no such app. */
    async setDemo(id: string, demo: boolean): Promise<boolean> {
      return (await db.query('UPDATE apps SET demo = $2 WHERE id = $1 RETURNING id', [id, demo])).length > 0;
    },
    /**
     * Sets an app's status through the kill switch (`suspended` with the reason its partner is told); false when there
     * is no such app.
     */
    async setStatus(id: string, status: AppStatus, reason = DEFAULT_SUSPENSION_REASON): Promise<boolean> {
      const killSwitch = createKillSwitch(db);
      return (await (status === 'suspended' ? killSwitch.suspend(id, reason) : killSwitch.reinstate(id))) !== 'missing';
    },
  };
}
