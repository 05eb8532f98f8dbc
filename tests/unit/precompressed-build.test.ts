import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEXT_EXTENSIONS } from '../../scripts/lib/precompress.mjs';

const repo = resolve(import.meta.dirname, '../..');

/** Every file under `dir`, by path relative to it. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

describe.each(['host/dist', 'console/dist'])('the build of %s, precompressed', (folder) => {
  const dir = join(repo, folder);

  it('holds each text file\'s Brotli and gzip forms, which decode to its bytes', () => {
    const files = filesUnder(dir);
    const text = files.filter((file) => TEXT_EXTENSIONS.has(extname(file)));
    expect(text.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
    for (const file of text) {
      const bytes = readFileSync(join(dir, file));
      for (const [suffix, decode, encode] of [
        ['.br', brotliDecompressSync, (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })],
        ['.gz', gunzipSync, (b: Buffer) => gzipSync(b, { level: 9 })],
      ] as const) {
        const form = join(dir, `${file}${suffix}`);
        // A form is left out only where it would not be smaller (a few dozen bytes of text).
        if (!existsSync(form)) {
          expect(encode(bytes).length, `${folder}/${file}${suffix} missing`).toBeGreaterThanOrEqual(bytes.length);
          continue;
        }
        const compressed = readFileSync(form);
        expect(compressed.length, `${file}${suffix}`).toBeLessThan(bytes.length);
        expect(decode(compressed).equals(bytes), `${file}${suffix} decodes to the file`).toBe(true);
      }
    }
  });

  it('holds no compressed form without its file, and compresses no image', () => {
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.br') || f.endsWith('.gz'))) {
      const original = file.slice(0, -3);
      expect(existsSync(join(dir, original)), `${file} without ${original}`).toBe(true);
      expect(TEXT_EXTENSIONS.has(extname(original)), file).toBe(true);
    }
  });
});
