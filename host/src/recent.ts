const KEY = 'citadel.recent';
const MAX = 8;

/** The ids of recently opened apps, newest first, each once (a list an older host wrote may repeat one). */
export function readRecent(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))].slice(0, MAX) : [];
  } catch {
    return [];
  }
}

/** Records that `id` was opened; returns the new list. */
export function pushRecent(id: string): string[] {
  const next = [id, ...readRecent().filter((r) => r !== id)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Private mode or a full quota: recents are a convenience, not data worth failing for.
  }
  return next;
}
