import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** One entry of a test archive, written as given: fflate checks no name, so hostile archives can be made. */
export interface ZipEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** Stored instead of deflated. */
  readonly stored?: boolean;
  /** The Unix mode (`0o120777` for a symbolic link), written as a Unix-made entry. */
  readonly mode?: number;
}

/** A zip archive of `entries`, in order, in memory. */
export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file = entry.stored ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 9 });
    if (entry.mode !== undefined) {
      file.os = 3;
      file.attrs = (entry.mode << 16) >>> 0;
    }
    zip.add(file);
    const data = entry.data ?? '';
    file.push(typeof data === 'string' ? strToU8(data) : data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A zip of `files` (path → text or bytes), deflated. */
export const zipFiles = (files: Readonly<Record<string, Uint8Array | string>>): Uint8Array =>
  zipOf(Object.entries(files).map(([name, data]) => ({ name, data })));

/**
 * Rewrites the central directory record of entry `index` (0-based) in a copy of `archive`:
 * `edit` gets a view and the record's offset (flags at +8, method at +10, sizes at +20 and +24).
 */
export function patchCentralRecord(archive: Uint8Array, index: number, edit: (view: DataView, at: number) => void): Uint8Array {
  const copy = archive.slice();
  const view = new DataView(copy.buffer);
  const end = copy.length - 22; // no archive comment
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record');
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < index; i++) at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  if (view.getUint32(at, true) !== 0x02014b50) throw new Error('no central directory record there');
  edit(view, at);
  return copy;
}

/** The smallest files a bundle needs, for tests that change one thing. */
export const minimalManifest = (id = 'parking', permissions: string[] = []) => ({
  id,
  version: '1.0.0',
  name: { vi: 'Gửi xe', en: 'Parking' },
  description: { vi: 'Tìm chỗ gửi xe', en: 'Find parking' },
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  entry: `https://${id}.apps.example.vn/`,
  category: 'public-services',
  permissions: permissions.map((name) => ({ name, reason: { vi: 'Cần thiết', en: 'Needed' } })),
  minProtocol: '1.0',
});

/** A bundle that passes every check: a page, a script, a style sheet, an icon and the manifest. */
export const minimalBundle = (overrides: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> => ({
  'index.html': '<!doctype html><title>Parking</title><script type="module" src="/assets/index.js"></script><link rel="stylesheet" href="assets/index.css">',
  'assets/index.js': 'import{connect as c}from"./sdk.js";c().then(e=>e.ready());',
  'assets/sdk.js': 'export const connect=async()=>({ready:async()=>{}});',
  'assets/index.css': 'body{margin:0}',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
  'manifest.json': JSON.stringify(minimalManifest()),
  ...overrides,
});

/** `files` (path → text or bytes) as `BundleFile`s. */
export const bundleFiles = (files: Readonly<Record<string, string | Uint8Array>>) =>
  Object.entries(files).map(([path, data]) => ({ path, bytes: typeof data === 'string' ? strToU8(data) : data }));
