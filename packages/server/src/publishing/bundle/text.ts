import type { BundleFile } from './bundle-file.js';

// Not fatal: a stray byte must not hide the rest of a file from the checks that read it.
const decoder = new TextDecoder('utf-8');

/** A file's bytes read as UTF-8, a bad byte read as U+FFFD. */
export const textOf = (file: BundleFile): string => decoder.decode(file.bytes);

/** The line, from 1, of the character at `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
