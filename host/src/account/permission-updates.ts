import type { Manifest, Permission } from '@citadel/protocol';

const KEY = 'citadel.permissions';

/** The permissions each app declared when the citizen last opened it, by app id. */
function readAccepted(): Record<string, string[]> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/**
 * The permissions `manifest` declares that the version the citizen last opened did not (docs/publish-your-app.md:
 * a version that adds a permission makes the host ask again). Empty at an app's first opening: its prompts ask at
 * first use anyway.
 */
export function addedPermissions(manifest: Manifest): Permission[] {
  const accepted = readAccepted()[manifest.id];
  if (!Array.isArray(accepted)) return [];
  return manifest.permissions.map((p) => p.name).filter((name) => !accepted.includes(name));
}

/** Records the permissions of the version the citizen opened. */
export function acceptPermissions(manifest: Manifest): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAccepted(), [manifest.id]: manifest.permissions.map((p) => p.name) }));
  } catch {
    // Private mode or a full quota: the citizen is asked again next time, which is the safe side.
  }
}
