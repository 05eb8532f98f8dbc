import { extname } from 'node:path';
import type { Manifest } from '@citadel/protocol';
import type { Queryable } from '../db/database.js';
import { VERSION_KEY_LENGTH, type AppStatus } from '../app-registry.js';
import { bundlePath } from '@citadel/bundle-checks';
import { isCompressible } from '../compression/compressible.js';
import type { ContentEncoding } from '../compression/encode.js';
import { createBlobCache } from './blob-cache.js';
import { createEncodedCache } from './encoded-cache.js';
import { defaultHostedCacheLimits, type HostedCacheLimits } from './hosted-cache-limits.js';
import { findVersionHolding, readServedState } from './served-state.js';
import { createVersionCache, type ServedContent } from './version-cache.js';
import type { VersionFile } from './version-types.js';

/** A hosted file ready to send, with the manifest of the version it came from (for its CSP). */
export interface HostedFile {
  /** The bytes to send: compressed with `encoding` when it is set. */
  readonly body: Uint8Array;
  /** The content coding of `body` (`Content-Encoding`); undefined for the file's own bytes. */
  readonly encoding?: ContentEncoding;
  /** Whether the file is text that is sent compressed to a client that accepts it (so the answer varies by `Accept-Encoding`). */
  readonly compressible: boolean;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly manifest: Manifest;
}

/** Options of `HostedSite.file`. */
export interface HostedFileOptions {
  /** A browser's navigation (`Sec-Fetch-Mode: navigate`): a path that matches no file answers the root `index.html`. */
  readonly navigation: boolean;
  /** The content coding the client prefers, of those it accepts; a text file comes compressed with it. Default: none. */
  readonly encoding?: ContentEncoding | undefined;
}

/** A hosted app's origin as one request finds it: its status, and its files. */
export interface HostedSite {
  readonly status: AppStatus;
  /** The file for `urlPath`, or undefined. */
  file(urlPath: string, options: HostedFileOptions): Promise<HostedFile | undefined>;
}

/** A version key as the registry writes it: the first hex digits of a bundle hash. */
const VERSION_KEY = new RegExp(`^[0-9a-f]{${VERSION_KEY_LENGTH}}$`);

const cacheControlOf = (path: string) => {
  if (path.startsWith('assets/')) return 'public, max-age=31536000, immutable'; // content-hashed names (vite)
  if (path.endsWith('.html') || path === 'manifest.json' || path.endsWith('.webmanifest') || path === 'sw.js') return 'no-cache';
  return 'public, max-age=3600';
};

const lookIn = (content: ServedContent, candidates: readonly string[]): VersionFile | undefined =>
  candidates.map((name) => content.files.get(name)).find((file) => file !== undefined);

/**
 * Serves hosted apps' approved versions from the stored bundles (docs/publish-your-app.md). A page names its
 * version with `citadel_version` (the start of its bundle hash; the host puts it in the entry it frames); without
 * it, or for a version that is not approved, the stable version answers. A file a page's version lacks is looked
 * for in the app's other approved versions, newest first, so a page that was open across a release still loads
 * its own content-hashed assets. A folder answers its `index.html`; a navigation, or a path without an extension,
 * that matches no file answers the root `index.html` (client-side routes).
 *
 * Each request reads what can change in one small statement (`readServedState`); versions' file lists and files'
 * bytes, which never change, come from bounded in-memory caches (`limits`, docs/architecture.md), and so do text
 * files' Brotli and gzip forms, compressed once on first request (`encoded-cache.ts`).
 */
export function createHostedFiles(db: Queryable, limits: Partial<HostedCacheLimits> = {}) {
  const bounds = { ...defaultHostedCacheLimits, ...limits };
  const versions = createVersionCache(db, bounds);
  const blobs = createBlobCache(db, bounds);
  const encoded = createEncodedCache(blobs.get, bounds);
  return {
    /** The app's origin as it is now, or undefined when no released hosted app has that id. */
    async site(appId: string, versionKey: string | undefined): Promise<HostedSite | undefined> {
      const key = versionKey !== undefined && VERSION_KEY.test(versionKey) ? versionKey : undefined;
      const state = await readServedState(db, appId, key);
      if (!state) return undefined;
      const chosen = state.named ?? state.stable;
      return {
        status: state.status,
        async file(urlPath, options) {
          const path = bundlePath(urlPath);
          if (path === undefined || !chosen) return undefined;
          const names = [path, path === '' ? 'index.html' : `${path.replace(/\/$/, '')}/index.html`];
          const route = options.navigation || extname(path) === '';
          let content = await versions.get(appId, chosen.bundleHash);
          let file = content && lookIn(content, route ? [...names, 'index.html'] : names);
          if (!file && !route) {
            const other = await findVersionHolding(db, appId, chosen.number, names);
            content = other && (await versions.get(appId, other.bundleHash));
            file = content && lookIn(content, names);
          }
          if (!file || !content) return undefined;
          const body = await blobs.get(file.sha256);
          if (!body) return undefined;
          const served = { body, compressible: isCompressible(file.contentType), contentType: file.contentType, cacheControl: cacheControlOf(file.path), manifest: content.manifest };
          if (!served.compressible || options.encoding === undefined) return served;
          const smaller = await encoded.get(file.sha256, options.encoding);
          // A few bytes of text can come out longer: those go as they are.
          return smaller && smaller.byteLength < body.byteLength ? { ...served, body: smaller, encoding: options.encoding } : served;
        },
      };
    },
    /** What the caches hold now: entries and bytes of each, never over their limits. */
    stats: () => ({ versions: versions.stats(), blobs: blobs.stats(), encoded: encoded.stats() }),
  };
}
