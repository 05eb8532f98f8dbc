import type { BundleFile } from '@citadel/bundle-checks';

/**
 * The `id` the bundle's `manifest.json` names, or `undefined` when there is none to read. Read leniently: the checks
 * parse the manifest strictly and report what is wrong with it; a manifest they accept has this same `id`.
 */
export function manifestIdOf(files: readonly BundleFile[]): string | undefined {
  const file = files.find((f) => f.path === 'manifest.json');
  if (!file) return undefined;
  try {
    const manifest: unknown = JSON.parse(new TextDecoder().decode(file.bytes));
    const id = (manifest as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
