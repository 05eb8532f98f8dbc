import type { Queryable } from '../db/database.js';

/**
 * The bytes of hosted bundles, stored once by their SHA-256 and never changed: a released version's files are
 * these rows, so its bytes cannot change after release (docs/publish-your-app.md).
 */
export function createBlobs(db: Queryable) {
  return {
    /** Stores each blob not stored yet. */
    async put(blobs: ReadonlyArray<{ sha256: string; bytes: Uint8Array }>): Promise<void> {
      for (const blob of blobs) {
        await db.query('INSERT INTO bundle_blobs (sha256, bytes, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [
          blob.sha256, Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength), blob.bytes.byteLength,
        ]);
      }
    },
    /** One blob's bytes, or undefined. */
    async get(sha256: string): Promise<Buffer | undefined> {
      const [row] = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM bundle_blobs WHERE sha256 = $1', [sha256]);
      return row && Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
    },
  };
}
