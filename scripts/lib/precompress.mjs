import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The text files a page build holds, by extension: the ones the platform sends compressed. */
export const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map', '.webmanifest', '.txt', '.xml']);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file under `dir`, which
 * the platform server sends to a browser that accepts them (`packages/server/src/static-files.ts`). A form that
 * would not be smaller than the file is not written (and an older one is removed). Resolves with the totals.
 */
export async function precompress(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name))).map((entry) => join(entry.parentPath, entry.name));
  const totals = { files: files.length, bytes: 0, br: 0, gzip: 0 };
  await Promise.all(files.map(async (file) => {
    const bytes = await readFile(file);
    const forms = {
      '.br': await brotli(bytes, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      '.gz': await gzipped(bytes, { level: 9 }),
    };
    totals.bytes += bytes.length;
    for (const [suffix, form] of Object.entries(forms)) {
      const smaller = form.length < bytes.length;
      if (smaller) await writeFile(`${file}${suffix}`, form);
      else await rm(`${file}${suffix}`, { force: true });
      totals[suffix === '.br' ? 'br' : 'gzip'] += smaller ? form.length : bytes.length;
    }
  }));
  return totals;
}
