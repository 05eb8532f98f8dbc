import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A built app's files by path: an entry page, a content-hashed script and an icon, each naming `label`, and any `extra` files. */
export function builtFiles(label: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'index.html': `<!doctype html><title>${label}</title><script type="module" src="./assets/main-${label}.js"></script>`,
    [`assets/main-${label}.js`]: `document.title = ${JSON.stringify(label)};\n`,
    'icon.svg': `<svg xmlns="http://www.w3.org/2000/svg"><title>${label}</title></svg>`,
    ...extra,
  };
}

/** `builtFiles` written to a new folder; resolves to its path. */
export function builtApp(label: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'citadel-bundle-'));
  for (const [path, text] of Object.entries(builtFiles(label, extra))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
