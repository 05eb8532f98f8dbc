/** Where the demo can be: one tab per group of SDK namespaces. */
export type Route = { readonly view: 'device' | 'ui' | 'citizen' | 'more' };

/**
 * The route of a deep link (`client.context.path`, untrusted input): `/notified`, where the demo's
 * own notification opens it, shows the notifications tab; any other path the first tab.
 */
export function routeFromPath(path: string): Route {
  return path === '/notified' ? { view: 'more' } : { view: 'device' };
}
