import { extname } from 'node:path';
import type { Manifest } from '@citadel/protocol';
import type { Queryable } from '../db/database.js';
import { VERSION_KEY_LENGTH } from '../app-registry.js';
import { bundlePath } from './bundle/bundle-path.js';
import { createBlobs } from './blobs.js';
import type { VersionFile } from './version-types.js';

/** A hosted file ready to send, with the manifest of the version it came from (for its CSP). */
export interface HostedFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly manifest: Manifest;
}

/** A version key as the registry writes it: the first hex digits of a bundle hash. */
const VERSION_KEY = new RegExp(`^[0-9a-f]{${VERSION_KEY_LENGTH}}$`);

const cacheControlOf = (path: string) => {
  if (path.startsWith('assets/')) return 'public, max-age=31536000, immutable'; // content-hashed names (vite)
  if (path.endsWith('.html') || path === 'manifest.json' || path.endsWith('.webmanifest') || path === 'sw.js') return 'no-cache';
  return 'public, max-age=3600';
};

type ServedVersion = { number: number; bundle_hash: string; manifest: Manifest; files: VersionFile[] };

/**
 * Serves hosted apps' approved versions from the stored bundles (docs/publish-your-app.md). A page names its
 * version with `citadel_version` (the start of its bundle hash; the host puts it in the entry it frames); without
 * it, or for a version that is not approved, the stable version answers. A file a page's version lacks is looked
 * for in the app's other approved versions, newest first, so a page that was open across a release still loads
 * its own content-hashed assets. A folder answers its `index.html`; a navigation, or a path without an extension,
 * that matches no file answers the root `index.html` (client-side routes).
 */
export function createHostedFiles(db: Queryable) {
  const blobs = createBlobs(db);
  /** The app's approved versions matching `where` (on `v`, the version, and `r`, the release), newest first unless `order` says. */
  const served = (appId: string, query: { where: string; params: unknown[]; order?: string }) => db.query<ServedVersion>(
    `SELECT v.number, v.bundle_hash, v.manifest, v.files
     FROM app_versions v JOIN app_releases r ON r.app_id = v.app_id
     WHERE v.app_id = $1 AND v.state = 'approved' AND ${query.where}
     ORDER BY ${query.order ? `${query.order}, ` : ''}v.number DESC`, [appId, ...query.params]);
  return {
    async find(appId: string, urlPath: string, options: { versionKey?: string | undefined; navigation: boolean }): Promise<HostedFile | undefined> {
      const path = bundlePath(urlPath);
      if (path === undefined) return undefined;
      // One row on the way of most requests: the page's version (or the stable one); the others only for a file it lacks.
      const key = options.versionKey !== undefined && VERSION_KEY.test(options.versionKey) ? options.versionKey : undefined;
      const [chosen] = await served(appId, key
        ? { where: "(v.bundle_hash LIKE $2 || '%' OR v.number = r.stable_version)", params: [key], order: "(v.bundle_hash LIKE $2 || '%') DESC" }
        : { where: 'v.number = r.stable_version', params: [] });
      if (!chosen) return undefined;
      const names = [path, path === '' ? 'index.html' : `${path.replace(/\/$/, '')}/index.html`];
      const route = options.navigation || extname(path) === '';
      const lookIn = (version: ServedVersion, candidates: readonly string[]) =>
        candidates.map((name) => version.files.find((f) => f.path === name)).find((f) => f !== undefined);
      let version = chosen;
      let file = lookIn(chosen, route ? [...names, 'index.html'] : names);
      if (!file && !route) {
        for (const other of await served(appId, { where: 'v.number <> $2', params: [chosen.number] })) {
          file = lookIn(other, names);
          if (file) {
            version = other;
            break;
          }
        }
      }
      if (!file) return undefined;
      const body = await blobs.get(file.sha256);
      return body && { body, contentType: file.contentType, cacheControl: cacheControlOf(file.path), manifest: version.manifest };
    },
  };
}
