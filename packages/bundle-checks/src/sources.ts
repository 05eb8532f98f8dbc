import type { BundleFile } from './bundle-file.js';
import { kindOf } from './file-kinds.js';
import { readMarkup, type MarkupReference } from './markup.js';
import { textOf } from './text.js';

/** Script text of the bundle: a whole script file, or a page's inline script. */
export interface ScriptSource {
  readonly file: string;
  readonly text: string;
  /** The line of `file` that `text` starts on, from 1. */
  readonly line: number;
}

/** The code and references the checks read, each file parsed once. */
export interface BundleSources {
  /** Script files and the inline scripts of HTML pages. */
  readonly scripts: readonly ScriptSource[];
  /** What HTML pages and SVG images load, by file. */
  readonly references: ReadonlyArray<MarkupReference & { readonly file: string }>;
  /** Style sheets. */
  readonly styles: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

/** Reads the bundle's scripts, style sheets and markup references. */
export function readSources(files: readonly BundleFile[]): BundleSources {
  const scripts: ScriptSource[] = [];
  const references: Array<MarkupReference & { file: string }> = [];
  const styles: Array<{ file: string; text: string }> = [];
  for (const file of files) {
    const kind = kindOf(file.path);
    if (kind === 'script') scripts.push({ file: file.path, text: textOf(file), line: 1 });
    if (kind === 'style') styles.push({ file: file.path, text: textOf(file) });
    if (kind === 'html' || kind === 'svg') {
      const markup = readMarkup(textOf(file));
      // An SVG image's scripts run only when it is opened as a page; its references are checked, its scripts are not the app's.
      if (kind === 'html') scripts.push(...markup.scripts.map((script) => ({ file: file.path, ...script })));
      references.push(...markup.references.map((reference) => ({ file: file.path, ...reference })));
    }
  }
  return { scripts, references, styles };
}
