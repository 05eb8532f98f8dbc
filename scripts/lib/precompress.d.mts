// Types of precompress.mjs, for the tests that serve precompressed files.

/** The text files a page build holds, by extension (with its dot): the ones written compressed beside them. */
export const TEXT_EXTENSIONS: ReadonlySet<string>;

/** What `precompress` wrote: the text files, their bytes, and the bytes of their Brotli and gzip forms. */
export interface PrecompressTotals {
  readonly files: number;
  readonly bytes: number;
  readonly br: number;
  readonly gzip: number;
}

export function precompress(dir: string): Promise<PrecompressTotals>;
