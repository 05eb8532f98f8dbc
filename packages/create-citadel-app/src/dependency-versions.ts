/**
 * The third-party packages a new project depends on, at the ranges the Citadel repository itself builds and tests
 * with (a unit test keeps them equal), so a new project gets the versions the kit is known to work with.
 */
export const DEPENDENCY_VERSIONS = {
  lit: '^3.3.3',
  vite: '^8.3.8',
  vitest: '^4.1.12',
  typescript: '5.9.3',
  'happy-dom': '^21.0.4',
  '@types/node': '^22.19.0',
  hono: '^4.13.19',
  '@hono/node-server': '^2.1.8',
  tsx: '^4.23.15',
} as const;

/** A third-party package a new project may depend on. */
export type ThirdPartyPackage = keyof typeof DEPENDENCY_VERSIONS;
