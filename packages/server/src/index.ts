export { createPlatformServer, type PlatformServerOptions, type ListeningServer } from './create-platform-server.js';
export { createMemoryRegistry, rewriteManifest, validateManifests, type AppRegistry, type HostedApp } from './app-registry.js';
export { routeFor, type Route } from './host-routing.js';
export { hostHeaders, appHeaders } from './security-headers.js';
export { createOrigins, type Origins } from './origins.js';
export { discoverApps } from './discover.js';
