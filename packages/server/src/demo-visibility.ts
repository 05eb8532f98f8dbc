/**
 * Whether the citizen catalogue lists the apps flagged `demo` (`createPlatformServer`'s `showDemoApps`), from the
 * environment: `CITADEL_DEMO_APPS=show` or `hide`; unset, they are hidden when `NODE_ENV=production` and shown
 * otherwise (development). Throws on any other value, naming the variable and the values it takes.
 */
export function showDemoAppsFromEnv(env: NodeJS.ProcessEnv): boolean {
  const value = env.CITADEL_DEMO_APPS;
  if (value === undefined || value === '') return env.NODE_ENV !== 'production';
  if (value === 'show' || value === 'hide') return value === 'show';
  throw new Error(`CITADEL_DEMO_APPS must be "show" or "hide", not "${value}"`);
}
