import type { BundleFile } from './bundle-file.js';

// Not fatal: a stray byte must not hide the rest of a file from the checks that read it.
const decoder = new TextDecoder('utf-8');

/** A file's bytes read as UTF-8, a bad byte read as U+FFFD. */
export const textOf = (file: BundleFile): string => decoder.decode(file.bytes);

/**
 * A function giving the line, from 1, of the character at an index of `text`. The newlines are
 * found once, on the first call, so a file with thousands of findings is not read thousands of times.
 */
export function lineFinder(text: string): (index: number) => number {
  let newlines: number[] | undefined;
  return (index) => {
    if (!newlines) {
      newlines = [];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
    }
    let low = 0;
    let high = newlines.length;
    while (low < high) { // how many newlines come before `index`
      const middle = (low + high) >>> 1;
      if (newlines[middle]! < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
