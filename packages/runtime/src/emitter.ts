/** A typed listener set; `on` returns its unsubscribe function. */
export interface Emitter<T> {
  on<K extends keyof T>(name: K, listener: (data: T[K]) => void): () => void;
  emit<K extends keyof T>(name: K, data: T[K]): void;
  clear(): void;
}

/** Creates an emitter whose listeners cannot break the emitter or each other. */
export function createEmitter<T>(): Emitter<T> {
  const listeners = new Map<keyof T, Set<(data: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as (data: never) => void);
      return () => void set.delete(listener as (data: never) => void);
    },
    emit(name, data) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          (listener as (data: unknown) => void)(data);
        } catch (error) {
          // A host app's listener bug must not stop the bridge; surface it asynchronously.
          queueMicrotask(() => { throw error; });
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
