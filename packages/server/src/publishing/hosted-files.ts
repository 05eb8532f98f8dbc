import { extname } from 'node:path';
import type { Manifest } from '@citadel/protocol';
import type { Queryable } from '../db/database.js';
import { VERSION_KEY_LENGTH } from '../app-registry.js';
import { createBlobs } from './blobs.js';
import type { VersionFile } from './version-types.js';

/** A hosted file ready to send, with the manifest of the version it came from (for its CSP). */
export interface HostedFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly manifest: Manifest;
}

/**
 * A URL path as a bundle path (`/a/b.js` → `a/b.js`), decoded once; undefined for anything that could leave the
 * bundle or read as another path (`..`, backslashes, NUL, bad percent-encoding).
 */
export function bundlePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return undefined;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  return segments.join('/');
}

const cacheControlOf = (path: string) => {
  if (path.startsWith('assets/')) return 'public, max-age=31536000, immutable'; // content-hashed names (vite)
  if (path.endsWith('.html') || path === 'manifest.json' || path.endsWith('.webmanifest') || path === 'sw.js') return 'no-cache';
  return 'public, max-age=3600';
};

type ServedVersion = { number: number; bundle_hash: string; manifest: Manifest; files: VersionFile[]; stable: boolean };

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
  return {
    async find(appId: string, urlPath: string, options: { versionKey?: string | undefined; navigation: boolean }): Promise<HostedFile | undefined> {
      const path = bundlePath(urlPath);
      if (path === undefined) return undefined;
      const versions = await db.query<ServedVersion>(
        `SELECT v.number, v.bundle_hash, v.manifest, v.files, (v.number = r.stable_version) AS stable
         FROM app_versions v JOIN app_releases r ON r.app_id = v.app_id
         WHERE v.app_id = $1 AND v.state = 'approved' ORDER BY v.number DESC`, [appId]);
      const key = options.versionKey?.length === VERSION_KEY_LENGTH ? options.versionKey : undefined;
      const chosen = (key && versions.find((v) => v.bundle_hash.startsWith(key))) || versions.find((v) => v.stable);
      if (!chosen) return undefined;
      const names = [path, path === '' ? 'index.html' : `${path.replace(/\/$/, '')}/index.html`];
      const route = options.navigation || extname(path) === '';
      const lookIn = (version: ServedVersion, candidates: readonly string[]) =>
        candidates.map((name) => version.files.find((f) => f.path === name)).find((f) => f !== undefined);
      let version = chosen;
      let file = lookIn(chosen, route ? [...names, 'index.html'] : names);
      if (!file && !route) {
        for (const other of versions) {
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
