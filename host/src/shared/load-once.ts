/**
 * `load`, run at most once: every call answers the same promise, so what `load` imports is fetched once, when first
 * needed. A failed load (a network error on a chunk) is forgotten, and the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));
}
