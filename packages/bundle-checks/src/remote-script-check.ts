import type { Finding } from './finding.js';
import { isOtherOrigin } from './other-origin.js';
import { scriptLoadsOf, styleImportsOf } from './remote-loads.js';
import type { BundleSources } from './sources.js';
import { lineFinder } from './text.js';

const remote = (file: string, line: number, what: string, url: string): Finding => ({
  check: 'remote-script', severity: 'error', file, line, rule: what,
  message: what === '<base href>'
    ? `${file} sets <base href> to ${url}: every relative URL of the page would load from another origin`
    : `${file} loads ${url} (${what}) from another origin: a bundle's code, styles and frames come from the bundle`,
});

/**
 * An error for each script, style sheet or frame the bundle loads from another origin, by
 * literal URL: `<script src>`, `<link rel=stylesheet|modulepreload>`, `<iframe src>`,
 * `<base href>` and the like in pages and SVG images, `import`, `importScripts` and `new Worker`
 * in scripts, `@import` in style sheets. What a reviewer approved must be what runs: code
 * fetched from elsewhere can change after review. Relative URLs are the bundle's own.
 */
export function checkRemoteScripts(sources: BundleSources): Finding[] {
  const findings: Finding[] = [];
  for (const reference of sources.references) {
    if (isOtherOrigin(reference.url)) findings.push(remote(reference.file, reference.line, reference.what, reference.url));
  }
  for (const script of sources.scripts) {
    const lineAt = lineFinder(script.text);
    for (const load of scriptLoadsOf(script.text)) {
      if (isOtherOrigin(load.url)) findings.push(remote(script.file, script.line + lineAt(load.index) - 1, load.what, load.url));
    }
  }
  for (const style of sources.styles) {
    const lineAt = lineFinder(style.text);
    for (const load of styleImportsOf(style.text)) {
      if (isOtherOrigin(load.url)) findings.push(remote(style.file, lineAt(load.index), load.what, load.url));
    }
  }
  return findings;
}
