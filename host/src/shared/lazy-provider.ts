import { methodNames, type Namespace } from '@citadel/protocol';
import type { CallContext, Provider } from '@citadel/runtime';
import { loadOnce } from './load-once.js';

type AnyHandler = (params: unknown, context: CallContext) => Promise<unknown>;

/**
 * A provider of `namespace` whose code is loaded on the first call an app makes to it: a handler for every method the
 * registry declares in the namespace (so `supports()` answers as for the provider itself), each loading the provider
 * once with `load` and passing the call on. What `load` imports stays out of the host's initial JS (its budget,
 * tests/unit/page-budgets.test.ts): a citizen who opens no app that pays never downloads the payments code.
 */
export function lazyProvider<N extends Namespace>(namespace: N, load: () => Promise<Provider<N>>): Provider<N> {
  const provider = loadOnce(load);
  const handlers: Record<string, AnyHandler> = {};
  for (const name of methodNames.filter((method) => method.startsWith(`${namespace}.`))) {
    const method = name.slice(namespace.length + 1);
    handlers[method] = async (params, context) => ((await provider()) as unknown as Record<string, AnyHandler>)[method]!(params, context);
  }
  return handlers as unknown as Provider<N>;
}
